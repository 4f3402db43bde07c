import { createHash } from "node:crypto";
import path from "node:path";
import type { Database } from "./adapters.js";
import { openEmbedded, rawQuery } from "./adapters.js";
import { noFilter, openSchemaEngine, readMigrationsList, readSchemaFiles } from "./schema-engine.js";

export type MigrationPaths = { migrationsDir: string; schemaPath: string };

/** Thrown when a migration cannot be applied; the database is left as it was before it. */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName: string | undefined,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

type AppliedRow = { migration_name: string; checksum: string };

async function appliedMigrations(db: Database): Promise<AppliedRow[] | undefined> {
  const [table] = await rawQuery<{ exists: string | null }>(
    db,
    "SELECT to_regclass('_prisma_migrations')::text AS exists",
  );
  if (!table?.exists) return undefined;
  return rawQuery<AppliedRow>(
    db,
    "SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
}

/**
 * The migrations of the folder that the database has not recorded as applied. Reading
 * `_prisma_migrations` first lets an up-to-date database start without loading the schema engine.
 */
export async function pendingMigrations(db: Database, paths: MigrationPaths): Promise<string[]> {
  const list = await readMigrationsList(paths.migrationsDir);
  const applied = await appliedMigrations(db);
  const done = new Map((applied ?? []).map((row) => [row.migration_name, row.checksum]));
  return list.migrationDirectories
    .filter((dir) => {
      const checksum = done.get(dir.path);
      if (checksum === undefined) return true;
      const content = dir.migrationFile.content;
      const actual = content.tag === "ok" ? createHash("sha256").update(content.value).digest("hex") : "";
      if (actual !== checksum) {
        throw new MigrationError(
          `Migration ${dir.path} was changed after it was applied. Restore its original text and add a new migration instead.`,
          dir.path,
        );
      }
      return false;
    })
    .map((dir) => dir.path);
}

/**
 * Applies every pending migration with Prisma's schema engine, recording them in `_prisma_migrations`
 * as `prisma migrate deploy` does. Each migration runs in one transaction; when one fails it is marked
 * rolled back (so a fixed version can be applied later) and a MigrationError says which and why.
 */
export async function applyMigrations(db: Database, paths: MigrationPaths): Promise<string[]> {
  if ((await pendingMigrations(db, paths)).length === 0) return [];
  const engine = await openSchemaEngine(db.factory, await readSchemaFiles(paths.schemaPath));
  try {
    const migrationsList = await readMigrationsList(paths.migrationsDir);
    try {
      const output = await engine.applyMigrations({ migrationsList, filters: noFilter });
      return output.appliedMigrationNames;
    } catch (error) {
      const [failed] = await rawQuery<{ migration_name: string }>(
        db,
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at DESC LIMIT 1",
      ).catch(() => []);
      if (failed) await engine.markMigrationRolledBack({ migrationName: failed.migration_name });
      const lines = (error instanceof Error ? error.message : String(error)).split("\n");
      const reason = (lines.find((line) => line.includes("ERROR:")) ?? lines[0] ?? "").trim();
      throw new MigrationError(
        `Migration ${failed?.migration_name ?? "(unknown)"} failed and was rolled back; the database is as it was. ${reason}`,
        failed?.migration_name,
      );
    }
  } finally {
    engine.free();
  }
}

/**
 * The SQL of the next migration: the existing migrations are replayed on a scratch in-memory database
 * (the shadow database), then the engine diffs it against the schema. Undefined when they agree.
 */
export async function draftMigration(paths: MigrationPaths): Promise<string | undefined> {
  const shadow = await openEmbedded("memory://");
  try {
    await applyMigrations(shadow, paths);
    const schema = await readSchemaFiles(paths.schemaPath);
    const engine = await openSchemaEngine(shadow.factory, schema);
    try {
      const diff = await engine.diff({
        from: { tag: "schemaDatasource", files: schema, configDir: path.dirname(paths.schemaPath) },
        to: { tag: "schemaDatamodel", files: schema },
        script: true,
        exitCode: null,
        filters: noFilter,
      });
      const sql = (diff.stdout ?? "").trim();
      return !sql || sql === "-- This is an empty migration." ? undefined : `${sql}\n`;
    } finally {
      engine.free();
    }
  } finally {
    await shadow.close();
  }
}
