import { openTestEmbedded } from "../helpers/db.js";
import { searchSuite } from "../helpers/search-suite.js";

searchSuite("embedded PGlite", openTestEmbedded);
