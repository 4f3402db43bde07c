import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";

/**
 * The demo is written in many transactions (it goes through the services, as a person would), so a
 * first start stopped halfway would leave half a demo that later starts, seeing users, never finish.
 * On the embedded database a marker file stands while the demo is being written, from an empty
 * database and before the server listens; a start that finds it knows the previous first start did
 * not finish, and begins again from an empty database. No one's data can be lost: while the marker
 * exists, no one has been able to connect.
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

/** Runs `write` with the marker standing, and removes it once the demo is whole. */
export async function whileWritingDemo<T>(config: Config, write: () => Promise<T>): Promise<T> {
  const marker = demoMarker(config);
  if (marker) await writeFile(marker, new Date().toISOString());
  const result = await write();
  if (marker) await rm(marker, { force: true });
  return result;
}
