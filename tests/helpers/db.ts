import { readFile } from "node:fs/promises";
import { inject } from "vitest";
import type { Database } from "../../server/db/adapters.js";
import { openEmbedded, openPostgres } from "../../server/db/adapters.js";

/** A fresh embedded database for one test file, loaded from the run's migrated template. */
export async function openTestEmbedded(): Promise<Database> {
  const bytes = await readFile(inject("embeddedTemplate"));
  return openEmbedded("memory://", { loadDataDir: new Blob([bytes]) });
}

/** This run's PostgreSQL test database; refuses any database not named as a test database. */
export function openTestPostgres(): Database {
  const url = inject("postgresUrl");
  if (!url) throw new Error(inject("postgresSkipReason") || "no PostgreSQL test database");
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith("tashawur_test_")) throw new Error(`Refusing to test against ${name}: not a test database`);
  return openPostgres(url, { max: 5 });
}

export const postgresAvailable = () => inject("postgresUrl") !== "";
