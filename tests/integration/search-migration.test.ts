import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openEmbedded, rawQuery } from "../../server/db/adapters.js";
import { applyMigrations } from "../../server/db/migrate.js";
import { searchQuery } from "../../server/search/query.js";
import { migrationPaths } from "../helpers/paths.js";

describe("the search migration on a database that already has associations", () => {
  it("turns their folded names into search documents, odd characters included", async () => {
    // The migrations up to the one before the search column.
    const names = (await readdir(migrationPaths.migrationsDir)).filter((name) => /^\d{14}_/.test(name)).sort();
    const searchIndex = names.findIndex((name) => name.endsWith("_association_search"));
    expect(searchIndex).toBeGreaterThan(0);
    const before = await mkdtemp(path.join(tmpdir(), "tashawur-migrations-"));
    for (const name of names.slice(0, searchIndex)) {
      await cp(path.join(migrationPaths.migrationsDir, name), path.join(before, name), { recursive: true });
    }
    await cp(path.join(migrationPaths.migrationsDir, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
    const db = await openEmbedded("memory://");
    try {
      await applyMigrations(db, { ...migrationPaths, migrationsDir: before });
      // search_text as it was written before: the folded names, apostrophes, colons and backslashes kept.
      await rawQuery(
        db,
        `INSERT INTO associations (id, slug, name_ar, name_fr, city, region_code, national_scope, voluntary,
           non_profit, non_political, status, search_text, updated_at)
         VALUES ('6f1de0c3-50a4-4f7e-9a54-2b0c1d3e4f50', 'amal', 'جمعية الأمل', 'L''Espoir: a\\b', 'فاس', 'MA-03',
           false, true, true, true, 'active', 'جمعيه الامل l''espoir: a\\b', now())`,
      );
      await applyMigrations(db, migrationPaths);
      for (const typed of ["الأمل", "espoir", "جمعية", '"جمعية الأمل"']) {
        const query = searchQuery(typed)!.replace(/'/g, "''");
        const rows = await rawQuery<{ slug: string }>(
          db,
          `SELECT slug FROM associations WHERE search_vector @@ '${query}'::tsquery`,
        );
        expect(rows.map((row) => row.slug)).toEqual(["amal"]);
      }
    } finally {
      await db.close();
      await rm(before, { recursive: true, force: true });
    }
  });
});
