import path from "node:path";
import type { Config } from "../config.js";
import { PrismaClient } from "../generated/prisma/client.js";
import type { Database } from "./adapters.js";
import { openEmbedded, openPostgres } from "./adapters.js";

export type { Database } from "./adapters.js";
export { PrismaClient };
export type Db = PrismaClient;
/** The client handed to code inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** Opens the database the configuration names: PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, { max: config.dbPoolSize });
  return openEmbedded(path.join(config.dataDir, "pglite"));
}

export function createPrisma(database: Database): PrismaClient {
  return new PrismaClient({ adapter: database.factory });
}
