import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import type { Database } from "./adapters.js";
import { inScriptTransaction, openEmbedded, rawQuery } from "./adapters.js";
import { noFilter, openSchemaEngine, readMigrationsList, readSchemaFiles } from "./schema-engine.js";

export type MigrationPaths = { migrationsDir: string; schemaPath: string };

/** Thrown when a migration cannot be applied; its message says what is left and what to do. */
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

/** The bookkeeping table `prisma migrate deploy` reads and writes, as Prisma creates it. */
const createBookkeeping = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Prisma's own advisory lock key for migrations, so that `prisma migrate deploy` waits for us too. */
const MIGRATION_LOCK = 72707369;

/** A database with tables but no record of migrations was not made by them, or lost its record. */
async function refuseUnrecordedSchema(db: Database): Promise<void> {
  if ((await appliedMigrations(db)) !== undefined) return;
  const found = await rawQuery<{ tablename: string }>(
    db,
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename LIMIT 5",
  );
  if (found.length === 0) return;
  const where = db.kind === "embedded" ? "DATA_DIR" : "DATABASE_URL";
  throw new MigrationError(
    `The database already has tables (${found.map((row) => row.tablename).join(", ")}) but no record of the migrations that made them (the table _prisma_migrations is missing), so nothing was changed: restore it from a backup, or set ${where} to an empty database.`,
    undefined,
  );
}

/**
 * Applies every pending migration, recording them in `_prisma_migrations` as `prisma migrate deploy`
 * does. Each migration's script and its row are written in one transaction: a migration is either
 * applied and recorded, or neither, whatever stops the process. When one fails, nothing of it stays
 * and a MigrationError says which and why; the migrations before it stay applied.
 */
export async function applyMigrations(db: Database, paths: MigrationPaths): Promise<string[]> {
  const pending = await pendingMigrations(db, paths);
  if (pending.length === 0) return [];
  await refuseUnrecordedSchema(db);
  const list = await readMigrationsList(paths.migrationsDir);
  const applied: string[] = [];
  for (const name of pending) {
    const dir = list.migrationDirectories.find((entry) => entry.path === name)!;
    const content = dir.migrationFile.content;
    if (content.tag !== "ok") throw new MigrationError(`Migration ${name} has no readable migration.sql.`, name);
    const script = content.value;
    const checksum = createHash("sha256").update(script).digest("hex");
    try {
      const done = await inScriptTransaction(db, async (run) => {
        await run.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
        await run.exec(createBookkeeping);
        // Another process may have applied it while this one waited for the lock.
        const [already] = await run.query(
          "SELECT 1 FROM _prisma_migrations WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL",
          [name],
        );
        if (already) return false;
        await run.exec(script);
        await run.query(
          `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, clock_timestamp(), clock_timestamp(), 1)`,
          [randomUUID(), checksum, name],
        );
        return true;
      });
      if (done) applied.push(name);
    } catch (error) {
      const lines = (error instanceof Error ? error.message : String(error)).split("\n");
      const reason = (lines.find((line) => line.includes("ERROR:")) ?? lines[0] ?? "").trim();
      const before = applied.length > 0 ? ` (the ${applied.length} migrations before it were applied)` : "";
      throw new MigrationError(
        `Migration ${name} failed: ${reason}. Nothing of it was applied or recorded${before}; fix it and start again.`,
        name,
      );
    }
  }
  return applied;
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
