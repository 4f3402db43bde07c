import { describe, expect, it } from "vitest";
import { openEmbedded } from "../../server/db/adapters.js";
import { draftMigration } from "../../server/db/migrate.js";
import { migrationSuite } from "../helpers/migration-suite.js";
import { migrationPaths } from "../helpers/paths.js";

migrationSuite("embedded PGlite", async () => {
  const db = await openEmbedded("memory://");
  return { db, drop: () => db.close() };
});

describe("creating migrations", () => {
  it("finds nothing to write when the schema and the migrations agree", async () => {
    expect(await draftMigration(migrationPaths)).toBeUndefined();
  });
});
