import { assembliesAr } from "./assemblies.ar.js";
import { assembliesFr } from "./assemblies.fr.js";
import { addMessages } from "./index.js";

// Imported by the assemblies' screens (a lazily loaded chunk): their messages come with them.
addMessages({ ar: assembliesAr, fr: assembliesFr });
