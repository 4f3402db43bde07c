import { describe } from "vitest";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";
import { searchSuite } from "../helpers/search-suite.js";

describe.skipIf(!postgresAvailable())("PostgreSQL", () => {
  searchSuite("PostgreSQL", openTestPostgres);
});
