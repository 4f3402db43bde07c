import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openEmbedded, openPostgres } from "../server/db/adapters.js";
import { applyMigrations } from "../server/db/migrate.js";
import { migrationPaths } from "./helpers/paths.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A gzipped PGlite data directory with every migration applied. */
    embeddedTemplate: string;
    /** This run's own PostgreSQL database, or empty when no server was reachable. */
    postgresUrl: string;
    postgresSkipReason: string;
  }
}

const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function makeEmbeddedTemplate(dir: string): Promise<string> {
  const db = await openEmbedded("memory://");
  await applyMigrations(db, migrationPaths);
  if (db.kind !== "embedded") throw new Error("unreachable");
  const dump = await db.pglite.dumpDataDir("gzip");
  await db.close();
  const file = path.join(dir, "template.tar.gz");
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

/** Creates `tashawur_test_<unique>` on the PostgreSQL server and migrates it; undefined when unreachable. */
async function makePostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    const reason = `PostgreSQL unreachable at ${ADMIN_URL}: ${(error as Error).message}`;
    if (process.env.CI === "true") throw new Error(`${reason} (CI=true: the production path must be tested)`);
    return reason;
  }
  const name = `tashawur_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), { max: 2 });
  try {
    await applyMigrations(db, migrationPaths);
  } finally {
    await db.close();
  }
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), "tashawur-tests-"));
  project.provide("embeddedTemplate", await makeEmbeddedTemplate(dir));
  const postgres = await makePostgresDatabase();
  if (typeof postgres === "string") {
    console.warn(`\n[tests] Skipping PostgreSQL tests: ${postgres}\n`);
    project.provide("postgresUrl", "");
    project.provide("postgresSkipReason", postgres);
  } else {
    project.provide("postgresUrl", postgres.url);
    project.provide("postgresSkipReason", "");
  }
  return async () => {
    if (typeof postgres !== "string") await postgres.drop();
    await rm(dir, { recursive: true, force: true });
  };
}
