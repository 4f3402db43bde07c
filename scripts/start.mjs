// `npm start`: builds the client and the server only when a build input changed since the last build
// (scripts/build-stamp.mjs), then runs the built server in this very process, so that signals reach
// it directly. `--build-only` stops after the build (used by `npm run bench`).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildIsCurrent, fingerprint, writeStamp } from "./build-stamp.mjs";

const root = path.resolve(import.meta.dirname, "..");
const print = fingerprint(root);
if (!buildIsCurrent(root, print)) {
  console.log("Building the client and the server (sources changed since the last build)...");
  const npm = process.env.npm_execpath;
  const build = npm
    ? spawnSync(process.execPath, [npm, "run", "build"], { cwd: root, stdio: "inherit" })
    : spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (build.status !== 0) {
    console.error("The build failed: nothing was started.");
    process.exit(build.status ?? 1);
  }
  writeStamp(root, print);
}
if (!process.argv.includes("--build-only")) {
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(path.join(root, "dist", "server", "main.js")).href);
}
