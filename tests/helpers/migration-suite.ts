import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/adapters.js";
import { rawQuery } from "../../server/db/adapters.js";
import { applyMigrations, MigrationError, pendingMigrations } from "../../server/db/migrate.js";
import { migrationPaths } from "./paths.js";

/** A copy of the real migrations folder, with extra migrations appended. */
async function migrationsWith(extra: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "tashawur-migrations-"));
  await cp(migrationPaths.migrationsDir, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return { migrationsDir: dir, schemaPath: migrationPaths.schemaPath };
}

const tables = async (db: Database) =>
  (await rawQuery<{ tablename: string }>(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).map(
    (row) => row.tablename,
  );

/** How migrations behave on a database kind: applied once, atomic on failure, guarded against edits. */
export function migrationSuite(label: string, openEmpty: () => Promise<{ db: Database; drop(): Promise<void> }>) {
  describe(`migrations (${label})`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });
    const open = async () => {
      const handle = await openEmpty();
      cleanups.push(handle.drop);
      return handle.db;
    };

    it("applies every migration once, recording them as prisma migrate deploy does", async () => {
      const db = await open();
      const applied = await applyMigrations(db, migrationPaths);
      expect(applied.length).toBeGreaterThan(0);
      expect(await applyMigrations(db, migrationPaths)).toEqual([]);
      expect(await pendingMigrations(db, migrationPaths)).toEqual([]);
      const rows = await rawQuery<{ migration_name: string; checksum: string }>(
        db,
        "SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL",
      );
      expect(rows.map((row) => row.migration_name).sort()).toEqual(applied.sort());
      expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
      expect(await tables(db)).toContain("users");
    });

    it("leaves the database as it was when a migration fails, and applies its fixed version later", async () => {
      const db = await open();
      await applyMigrations(db, migrationPaths);
      const before = await tables(db);
      const broken = await migrationsWith({
        "29990101000000_broken":
          'CREATE TABLE "half_done" (id int PRIMARY KEY);\nINSERT INTO "half_done" VALUES (1);\nSELECT 1/0;\n',
      });
      cleanups.push(() => rm(broken.migrationsDir, { recursive: true, force: true }));
      const failure = await applyMigrations(db, broken).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MigrationError);
      expect((failure as MigrationError).migrationName).toBe("29990101000000_broken");
      expect((failure as MigrationError).message).toMatch(/division by zero/);
      expect(await tables(db)).toEqual(before);

      await writeFile(
        path.join(broken.migrationsDir, "29990101000000_broken", "migration.sql"),
        'CREATE TABLE "half_done" (id int PRIMARY KEY);\n',
      );
      expect(await applyMigrations(db, broken)).toEqual(["29990101000000_broken"]);
      expect(await tables(db)).toContain("half_done");
    });

    it("records a migration in the same transaction as its script: interrupted bookkeeping leaves neither", async () => {
      const db = await open();
      // As if the process stopped between the script's commit and the row saying it finished: the
      // bookkeeping table refuses to record any migration as finished.
      await rawQuery(
        db,
        `CREATE TABLE "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
          "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
          "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
      );
      await rawQuery(
        db,
        `CREATE FUNCTION refuse_finished() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN IF NEW.finished_at IS NOT NULL THEN RAISE EXCEPTION 'interrupted'; END IF; RETURN NEW; END $$`,
      );
      await rawQuery(
        db,
        `CREATE TRIGGER interrupt BEFORE INSERT OR UPDATE ON "_prisma_migrations" FOR EACH ROW EXECUTE FUNCTION refuse_finished()`,
      );
      const failure = await applyMigrations(db, migrationPaths).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MigrationError);
      expect(await tables(db)).toEqual(["_prisma_migrations"]);
      expect((failure as MigrationError).message).toMatch(/Nothing of it was applied or recorded/);

      await rawQuery(db, `DROP TRIGGER interrupt ON "_prisma_migrations"`);
      expect((await applyMigrations(db, migrationPaths)).length).toBeGreaterThan(0);
      expect(await pendingMigrations(db, migrationPaths)).toEqual([]);
    });

    it("refuses a schema whose record of migrations was dropped, saying what was found", async () => {
      const db = await open();
      await applyMigrations(db, migrationPaths);
      await rawQuery(db, `DROP TABLE "_prisma_migrations"`);
      const failure = await applyMigrations(db, migrationPaths).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MigrationError);
      expect((failure as MigrationError).message).toMatch(/already has tables \(.+\) but no record of the migrations/);
      expect((failure as MigrationError).message).not.toMatch(/unknown/);
    });

    it("refuses to start on a migration edited after it was applied", async () => {
      const db = await open();
      const edited = await migrationsWith({ "29990101000000_extra": 'CREATE TABLE "extra" (id int);\n' });
      cleanups.push(() => rm(edited.migrationsDir, { recursive: true, force: true }));
      await applyMigrations(db, edited);
      await writeFile(path.join(edited.migrationsDir, "29990101000000_extra", "migration.sql"), "SELECT 2;\n");
      await expect(pendingMigrations(db, edited)).rejects.toThrow(/changed after it was applied/);
    });
  });
}
