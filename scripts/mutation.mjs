// `npm run test:mutation [-- --mutate <file or glob>]`: mutation testing of the deciding modules.
// Runs Stryker on the pure modules (stryker.config.mjs, unit tests), then on the database-backed ones
// (stryker.database.config.mjs, integration files on the embedded database). With --mutate, only the
// run whose modules it names: the database run for its own files, the pure run for anything else.
import { spawnSync } from "node:child_process";
import database from "../stryker.database.config.mjs";

const args = process.argv.slice(2);
const index = args.findIndex((arg) => arg === "--mutate" || arg === "-m");
const asked = index >= 0 ? (args[index + 1] ?? "").split(",").map((file) => file.replace(/:[\d:-]+$/, "")) : [];
const databaseFiles = new Set(database.mutate ?? []);

const runs = [];
if (asked.length === 0 || asked.some((file) => !databaseFiles.has(file))) {
  runs.push({ config: "stryker.config.mjs", project: "unit" });
}
if (asked.length === 0 || asked.some((file) => databaseFiles.has(file))) {
  runs.push({ config: "stryker.database.config.mjs", project: "database" });
}

let failed = false;
for (const { config, project } of runs) {
  const only = asked.length === 0 ? [] : asked.filter((file) => databaseFiles.has(file) === (project === "database"));
  const rest = index >= 0 ? [...args.slice(0, index), ...args.slice(index + 2)] : args;
  const mutate = only.length > 0 ? ["--mutate", only.join(",")] : [];
  console.log(
    `\n=== Mutation testing: ${project === "unit" ? "pure modules" : "database-backed modules"} (${config})\n`,
  );
  const result = spawnSync("npx", ["stryker", "run", config, ...mutate, ...rest], {
    stdio: "inherit",
    env: { ...process.env, TZ: "Africa/Casablanca", VITEST_MUTATION: project },
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
