import { describe } from "vitest";
import { authSuite } from "../helpers/auth-suite.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";

describe.skipIf(!postgresAvailable())("on PostgreSQL", () => {
  authSuite("PostgreSQL", openTestPostgres);
});
