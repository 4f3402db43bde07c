import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, inject } from "vitest";
import { openPostgres } from "../../server/db/adapters.js";
import { postgresAvailable } from "../helpers/db.js";
import { migrationSuite } from "../helpers/migration-suite.js";

/** Each case gets an empty database of its own beside the run's, dropped afterwards. */
async function scratchDatabase() {
  const runUrl = new URL(inject("postgresUrl"));
  const name = `${runUrl.pathname.slice(1)}_m${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: runUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(runUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), { max: 2 });
  return {
    db,
    drop: async () => {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

describe.skipIf(!postgresAvailable())("on PostgreSQL", () => {
  migrationSuite("PostgreSQL", scratchDatabase);
});
