import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import type { Config } from "../config.js";
import type { Database, Db } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { noFilter, openSchemaEngine, readSchemaFiles } from "../db/schema-engine.js";
import type { Logger } from "../logger.js";
import { seedDemo } from "./seed.js";

/**
 * The demo is written in many transactions (it goes through the services, as a person would), so a
 * first start stopped halfway would leave half a demo that later starts, seeing users, never finish.
 * A marker stands while the demo is being written, from an empty database and before the server
 * listens; a start that finds it knows the previous first start did not finish, and begins again from
 * an empty database. On the embedded database the marker is a file beside the cluster; on PostgreSQL
 * it is a table, and the writer holds an advisory lock so that other processes starting meanwhile wait
 * for the demo instead of listening beside half of it.
 */
export function demoMarker(config: Config): string | undefined {
  return config.databaseUrl ? undefined : path.join(config.dataDir, "demo-in-progress");
}

/** Before the database opens: discards the embedded database of a first start that did not finish. */
export async function discardUnfinishedDemo(config: Config, log: Logger): Promise<void> {
  const marker = demoMarker(config);
  if (!marker || !existsSync(marker)) return;
  log.warn("the first start stopped while writing the demo: starting again from an empty database");
  await rm(path.join(config.dataDir, "pglite"), { recursive: true, force: true });
  await rm(marker, { force: true });
}

const DEMO_LOCK = 7_464_102; // any constant of this application's own
const MARKER_TABLE = "_tashawur_demo_in_progress";

/**
 * Writes the demo into an empty database, whole or not at all as far as later starts can tell: the
 * marker is removed only once the demo is complete. `seed` is the demo writer (replaceable in tests).
 */
export async function seedDemoOnce(
  config: Config,
  database: Database,
  db: Db,
  log: Logger,
  seed: (db: Db, log: Logger, proposalMinSponsors?: number) => Promise<boolean> = seedDemo,
): Promise<boolean> {
  if (database.kind === "embedded") {
    if ((await db.user.count()) > 0) return false;
    const marker = demoMarker(config)!;
    await writeFile(marker, new Date().toISOString());
    const written = await seed(db, log, config.proposalMinSponsors);
    await rm(marker, { force: true });
    return written;
  }
  const client = await database.pool.connect();
  // Waiting for another process's demo may take longer than an ordinary request may.
  const hour = 3_600_000;
  const q = <R extends Record<string, unknown>>(text: string, values?: unknown[]) =>
    client.query<R>({ text, values, query_timeout: hour } as pg.QueryConfig);
  try {
    await q("SET statement_timeout = 0");
    await q("SELECT pg_advisory_lock($1)", [DEMO_LOCK]);
    const [{ unfinished }] = (
      await q<{ unfinished: string | null }>(`SELECT to_regclass('${MARKER_TABLE}')::text AS unfinished`)
    ).rows as [{ unfinished: string | null }];
    if (unfinished) {
      log.warn("a first start stopped while writing the demo: starting again from an empty database");
      // Empty again as `db:reset` does (the migrations also write reference rows, which the
      // demo's writer expects), then marked again for the new attempt.
      const engine = await openSchemaEngine(database.factory, await readSchemaFiles(config.schemaPath));
      try {
        await engine.reset({ filter: noFilter });
      } finally {
        engine.free();
      }
      await applyMigrations(database, config);
      await q(`CREATE TABLE ${MARKER_TABLE} (started_at timestamptz NOT NULL DEFAULT now())`);
    } else if ((await db.user.count()) > 0) {
      return false;
    } else {
      await q(`CREATE TABLE ${MARKER_TABLE} (started_at timestamptz NOT NULL DEFAULT now())`);
    }
    const written = await seed(db, log, config.proposalMinSponsors);
    await q(`DROP TABLE ${MARKER_TABLE}`);
    return written;
  } finally {
    await q("SELECT pg_advisory_unlock_all()").catch(() => {});
    await q("RESET statement_timeout").catch(() => {});
    client.release();
  }
}
