import { addMessages } from "./index.js";
import { votesAr } from "./votes.ar.js";
import { votesFr } from "./votes.fr.js";

// Imported by the votes screens (a lazily loaded chunk): their messages come with them.
addMessages({ ar: votesAr, fr: votesFr });
