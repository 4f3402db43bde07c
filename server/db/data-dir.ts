import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import lockfile from "proper-lockfile";

/** Thrown when another process holds the data directory: its message is the one sentence to print. */
export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

type Holder = { pid: number; host: string; role: string; since: string };

const lockPath = (dataDir: string) => path.join(dataDir, "lock");
const holderPath = (dataDir: string) => path.join(dataDir, "lock-holder.json");

async function readHolder(dataDir: string): Promise<Holder | undefined> {
  try {
    return JSON.parse(await readFile(holderPath(dataDir), "utf8")) as Holder;
  } catch {
    return undefined;
  }
}

/** A process on this machine that no longer exists (killed, crashed) cannot hold the lock any more. */
function holderIsGone(holder: Holder | undefined): boolean {
  if (!holder || holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Takes the exclusive lock of the embedded database's data directory for this process, so that a
 * second server or a script never opens the same cluster (two PGlite instances on one folder diverge
 * and can leave it unopenable). The lock is a folder whose modification time is kept fresh: a lock
 * left by a process that died is taken over once stale, or at once when its holder's pid is gone.
 * `role` names this process in the message another opener sees; `advice` is what that opener should do.
 */
export async function lockDataDir(
  dataDir: string,
  role: string,
  options: { advice?: string; onCompromised?: (error: Error) => void } = {},
): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const take = () =>
    lockfile.lock(dataDir, {
      lockfilePath: lockPath(dataDir),
      realpath: false,
      stale: 10_000,
      update: 2_000,
      onCompromised:
        options.onCompromised ??
        ((error) => {
          console.error(`Tashawur stops: the lock of ${dataDir} was lost (${error.message}).`);
          process.exit(1);
        }),
    });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const holder = await readHolder(dataDir);
    if (!holderIsGone(holder)) {
      const who = holder ? `${holder.role} (process ${holder.pid}, since ${holder.since})` : "another process";
      const advice = options.advice ?? "stop it first, or give this process another DATA_DIR";
      throw new DataDirInUseError(`The data directory ${dataDir} is in use by ${who}: ${advice}.`);
    }
    await rm(lockPath(dataDir), { recursive: true, force: true });
    release = await take();
  }
  const holder: Holder = { pid: process.pid, host: hostname(), role, since: new Date().toISOString() };
  await writeFile(holderPath(dataDir), `${JSON.stringify(holder)}\n`);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await rm(holderPath(dataDir), { force: true });
    await release().catch(() => {});
  };
}

const CREATING = "pglite.creating";

/**
 * Makes sure `<dataDir>/pglite` is a whole cluster. A new cluster is written in a temporary folder and
 * renamed into place only once PGlite has closed it, so a first start stopped halfway (kill -9, Ctrl-C)
 * leaves only the temporary folder, removed here at the next start. Call it with the lock held.
 */
export async function prepareCluster(dataDir: string): Promise<string> {
  const target = path.join(dataDir, "pglite");
  for (const entry of await readdir(dataDir)) {
    if (entry.startsWith(CREATING)) await rm(path.join(dataDir, entry), { recursive: true, force: true });
  }
  // A folder left empty by an older version's interrupted first start holds nothing to keep.
  if (existsSync(target) && !existsSync(path.join(target, "PG_VERSION"))) {
    if ((await readdir(target)).length === 0) await rm(target, { recursive: true, force: true });
  }
  if (existsSync(target)) return target;
  const temporary = path.join(dataDir, CREATING);
  const pglite = await PGlite.create(temporary);
  await pglite.close();
  await rename(temporary, target);
  return target;
}
