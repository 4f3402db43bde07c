import { addMessages } from "./index.js";
import { programmesAr } from "./programmes.ar.js";
import { programmesFr } from "./programmes.fr.js";

// Imported by the programmes' screens (a lazily loaded chunk): their messages come with them.
addMessages({ ar: programmesAr, fr: programmesFr });
