import { decisionsAr } from "./decisions.ar.js";
import { decisionsFr } from "./decisions.fr.js";
import { addMessages } from "./index.js";

// Imported by the register's screens (a lazily loaded chunk): their messages come with them.
addMessages({ ar: decisionsAr, fr: decisionsFr });
