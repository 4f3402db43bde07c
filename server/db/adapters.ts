import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * The two ways Tashawur reaches PostgreSQL: PGlite in this process (embedded), or a server through
 * `pg`. Both give Prisma a driver adapter factory and run a migration script atomically.
 */
export type Database =
  | { kind: "embedded"; factory: SqlMigrationAwareDriverAdapterFactory; pglite: PGlite; close(): Promise<void> }
  | { kind: "postgres"; factory: SqlMigrationAwareDriverAdapterFactory; pool: pg.Pool; close(): Promise<void> };

type PgLikeError = {
  code?: string;
  severity?: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
};

function toAdapterError(error: unknown): DriverAdapterError {
  const e = error as PgLikeError;
  return new DriverAdapterError({
    kind: "postgres",
    code: e.code ?? "XX000",
    severity: e.severity ?? "ERROR",
    message: e.message,
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}

/**
 * Both published adapters run a script in pieces (one splits on `;`, the other does not await), so a
 * failing migration would leave half its statements applied or be recorded as a success. Every script
 * is run here as one transaction instead: it applies whole or not at all.
 */
function withAtomicScripts(
  factory: SqlMigrationAwareDriverAdapterFactory,
  runScript: (script: string) => Promise<void>,
): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    adapter.executeScript = async (script: string) => {
      try {
        await runScript(script);
      } catch (error) {
        throw toAdapterError(error);
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrap(await factory.connect()),
    connectToShadowDb: async () => wrap(await factory.connectToShadowDb()),
  };
}

/** Opens (creating if needed) the embedded database in `dataDir`, or in memory for `memory://`. */
export async function openEmbedded(dataDir: string, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    // PostgreSQL's default 128 MB of shared buffers costs ~120 MB of resident memory here; public pages
    // are read from memory (server/read-models), so the database's working set stays small.
    startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"],
  });
  const factory = withAtomicScripts(new PrismaPGlite(pglite) as SqlMigrationAwareDriverAdapterFactory, (script) =>
    inScriptTransaction({ kind: "embedded", pglite }, (run) => run.exec(script)),
  );
  return { kind: "embedded", factory, pglite, close: () => pglite.close() };
}

/** How long the server waits on PostgreSQL before calling it unavailable (0: no limit). */
export type PostgresTimeouts = { connectTimeoutMs?: number; queryTimeoutMs?: number };

/**
 * Connects to a PostgreSQL server. The pool is shared by Prisma, the health check and migrations.
 * A server that stops answering without refusing (a network black hole) must not hang requests:
 * connecting and each query are bounded, and the server cancels any statement that runs too long.
 */
export function openPostgres(connectionString: string, options: { max?: number } & PostgresTimeouts = {}): Database {
  const queryTimeout = options.queryTimeoutMs ?? 15_000;
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    keepAlive: true,
    ...(queryTimeout > 0
      ? {
          query_timeout: queryTimeout + 1_000,
          statement_timeout: queryTimeout,
          idle_in_transaction_session_timeout: 60_000,
        }
      : {}),
  });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const factory = withAtomicScripts(new PrismaPg(pool), async (script) => {
    await inScriptTransaction({ kind: "postgres", pool }, (run) => run.exec(script));
  });
  return { kind: "postgres", factory, pool, close: () => pool.end() };
}

/** A transaction of plain SQL: `exec` runs a whole script, `query` one statement with parameters. */
export type ScriptRunner = {
  exec(script: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
};

/**
 * Runs `fn` in one transaction outside Prisma (migrations). The statement timeout of ordinary
 * requests does not apply: a migration may take as long as it needs.
 */
export async function inScriptTransaction<T>(
  db: Pick<Database, "kind"> & ({ pglite: PGlite } | { pool: pg.Pool }),
  fn: (run: ScriptRunner) => Promise<T>,
): Promise<T> {
  if ("pglite" in db) {
    return db.pglite.transaction((tx) =>
      fn({
        exec: async (script) => {
          await tx.exec(script);
        },
        query: async <R extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
          (await tx.query<R>(sql, params)).rows,
      }),
    );
  }
  const client = await db.pool.connect();
  const noLimit = 24 * 3600 * 1000;
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL statement_timeout = 0");
    const result = await fn({
      exec: async (script) => {
        await client.query({ text: script, query_timeout: noLimit } as pg.QueryConfig);
      },
      query: async <R extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
        (await client.query<R>({ text: sql, values: params, query_timeout: noLimit } as pg.QueryConfig)).rows,
    });
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Runs a plain query outside Prisma (health checks, migration bookkeeping). */
export async function rawQuery<T extends Record<string, unknown>>(db: Database, sql: string): Promise<T[]> {
  if (db.kind === "embedded") return (await db.pglite.query<T>(sql)).rows;
  return (await db.pool.query<T>(sql)).rows;
}
