import { addMessages } from "./index.js";
import { proposalsAr } from "./proposals.ar.js";
import { proposalsFr } from "./proposals.fr.js";

// Imported by the proposals screens (a lazily loaded chunk): their messages come with them.
addMessages({ ar: proposalsAr, fr: proposalsFr });
