import type { Config } from "../config.js";
import { PrismaClient } from "../generated/prisma/client.js";
import type { Database } from "./adapters.js";
import { openEmbedded, openPostgres, rawQuery } from "./adapters.js";
import { lockDataDir, prepareCluster } from "./data-dir.js";

export type { Database } from "./adapters.js";
export { PrismaClient };
export type Db = PrismaClient;
/** The client handed to code inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** The database cannot be reached: the message is one sentence naming the problem and the variable. */
export class DatabaseConnectError extends Error {
  override name = "DatabaseConnectError";
}

/** One sentence for a failure to reach PostgreSQL, instead of the driver's stack and error object. */
export function describeConnectError(error: unknown, databaseUrl: string): string {
  const e = error as { code?: string; message?: string };
  let where = "the database server";
  let name = "the database";
  let user = "the role";
  try {
    const url = new URL(databaseUrl);
    where = `${url.hostname}:${url.port || 5432}`;
    name = `"${decodeURIComponent(url.pathname.slice(1))}"`;
    user = `"${decodeURIComponent(url.username)}"`;
  } catch {
    return "DATABASE_URL is not a valid postgresql:// address: check DATABASE_URL.";
  }
  switch (e?.code) {
    case "3D000":
      return `The database ${name} does not exist on ${where}: create it (createdb) or check DATABASE_URL.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the role ${user} or its password: check DATABASE_URL.`;
    case "ECONNREFUSED":
      return `PostgreSQL refused the connection at ${where}: start it, or check the host and port in DATABASE_URL.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `The host of DATABASE_URL (${where}) cannot be found: check DATABASE_URL.`;
    default:
      if (/timeout/i.test(e?.message ?? "")) {
        return `PostgreSQL at ${where} did not answer in time: check that it is reachable, or DATABASE_URL and DB_CONNECT_TIMEOUT_MS.`;
      }
      return `PostgreSQL at ${where} cannot be used (${e?.message ?? String(error)}): check DATABASE_URL.`;
  }
}

/**
 * Opens the database the configuration names: PostgreSQL with DATABASE_URL (answering once before it
 * is handed out), else PGlite in DATA_DIR, whose lock this process holds until the database is closed.
 * `role` names this process to a second opener of the same data directory; `advice` tells that
 * opener what to do; `whileLocked` runs with the lock held, before the cluster is opened.
 */
export async function openDatabase(
  config: Config,
  options: { role?: string; advice?: string; whileLocked?: () => Promise<void> } = {},
): Promise<Database> {
  if (config.databaseUrl) {
    const database = openPostgres(config.databaseUrl, {
      max: config.dbPoolSize,
      connectTimeoutMs: config.dbConnectTimeoutMs,
      queryTimeoutMs: config.dbQueryTimeoutMs,
    });
    try {
      await rawQuery(database, "SELECT 1");
    } catch (error) {
      await database.close().catch(() => {});
      throw new DatabaseConnectError(describeConnectError(error, config.databaseUrl));
    }
    return database;
  }
  const release = await lockDataDir(config.dataDir, options.role ?? "a Tashawur process", {
    ...(options.advice ? { advice: options.advice } : {}),
  });
  try {
    await options.whileLocked?.();
    const database = await openEmbedded(await prepareCluster(config.dataDir));
    return {
      ...database,
      close: async () => {
        await database.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

export function createPrisma(database: Database): PrismaClient {
  return new PrismaClient({ adapter: database.factory });
}
