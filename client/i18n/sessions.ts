import { addMessages } from "./index.js";
import { sessionsAr } from "./sessions.ar.js";
import { sessionsFr } from "./sessions.fr.js";

// Imported by the live sessions' screens (a lazily loaded chunk): their messages come with them.
addMessages({ ar: sessionsAr, fr: sessionsFr });
