import { authSuite } from "../helpers/auth-suite.js";
import { openTestEmbedded } from "../helpers/db.js";

authSuite("embedded PGlite", openTestEmbedded);
