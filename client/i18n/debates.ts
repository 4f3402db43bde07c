import { debatesAr } from "./debates.ar.js";
import { debatesFr } from "./debates.fr.js";
import { addMessages } from "./index.js";

// Imported by the debates' screens (a lazily loaded chunk) and the admin console: their messages come with them.
addMessages({ ar: debatesAr, fr: debatesFr });
