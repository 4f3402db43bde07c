import { addMessages } from "./index.js";
import { membershipAr } from "./membership.ar.js";
import { membershipFr } from "./membership.fr.js";

// Imported by the membership screens (a lazily loaded chunk): their messages come with them.
addMessages({ ar: membershipAr, fr: membershipFr });
