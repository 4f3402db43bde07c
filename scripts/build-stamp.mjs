// Whether the built files in dist/ are current: a fingerprint of every build input (sources of the
// client and the server, the generated Prisma client, the lock file and the build settings), written
// after a build and compared before the next start.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Folders whose files are built (tests excepted). */
export const INPUT_DIRS = ["client", "server", "common", "scripts"];
/** Single files that change what a build makes. */
export const INPUT_FILES = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "vite.config.ts",
];
/** What a build leaves in dist/: without them, the build is not current whatever the stamp says. */
export const OUTPUTS = ["dist/server/main.js", "dist/client/index.html"];
/** Where the fingerprint of the last build is kept. */
export const STAMP = "dist/.build-stamp";

const SKIPPED = new Set(["node_modules", "dist", ".git"]);
const isTest = (name) => /\.test\.[cm]?[jt]sx?$/.test(name);

function listFiles(root, dir, into) {
  let entries;
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) listFiles(root, relative, into);
    } else if (entry.isFile() && !isTest(entry.name)) {
      into.push(relative);
    }
  }
}

/** A hash of the paths and contents of every build input under `root`. */
export function fingerprint(root) {
  const files = [];
  for (const dir of INPUT_DIRS) listFiles(root, dir, files);
  for (const file of INPUT_FILES) if (existsSync(path.join(root, file))) files.push(file);
  files.sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** Whether dist/ under `root` holds a build of exactly these inputs. */
export function buildIsCurrent(root, print = fingerprint(root)) {
  if (!OUTPUTS.every((file) => existsSync(path.join(root, file)))) return false;
  try {
    return readFileSync(path.join(root, STAMP), "utf8").trim() === print;
  } catch {
    return false;
  }
}

/** Records that dist/ under `root` was built from the inputs whose fingerprint is `print`. */
export function writeStamp(root, print) {
  writeFileSync(path.join(root, STAMP), `${print}\n`);
}
