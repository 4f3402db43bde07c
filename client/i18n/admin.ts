import { adminAr } from "./admin.ar.js";
import { adminFr } from "./admin.fr.js";
import { addMessages } from "./index.js";
import "./membership.js";

// Imported by the admin console (a lazily loaded chunk); it shows applications as applicants do.
addMessages({ ar: adminAr, fr: adminFr });
