// Time from `npm start` to a healthy /api/health, on an unchanged checkout and an existing embedded
// database (median of several starts), beside the server process alone (`node dist/server/main.js`)
// and a baseline measured in the same run: a bare Node HTTP server answering the same path. Target:
// `npm start` within 3 s.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, median, report, serverNodeFlags, stop, timeUntilHealthy } from "./lib.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 3000;
const root = path.resolve(import.meta.dirname, "..");
// npm as it was invoked (`npm run bench` names its own script), else the one on the PATH.
const npm = process.env.npm_execpath
  ? { command: process.execPath, args: [process.env.npm_execpath] }
  : { command: "npm", args: [] as string[] };

const baselineServer = `
  require("node:http").createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"data":{"status":"ok"}}');
  }).listen(Number(process.env.PORT), "127.0.0.1");
`;

export async function benchStartup() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-bench-"));
  const main = path.join(root, "dist", "server", "main.js");
  const envFor = (port: number) => ({
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    DATABASE_URL: "",
  });
  try {
    // The first start creates the database, migrates it and writes the demo; it is not counted.
    const firstPort = await freePort();
    const first = await timeUntilHealthy(
      process.execPath,
      [...serverNodeFlags(), main],
      envFor(firstPort),
      `http://127.0.0.1:${firstPort}/api/health`,
    );
    await stop(first.child);

    const npmStart: number[] = [];
    const app: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const startPort = await freePort();
      const started = await timeUntilHealthy(
        npm.command,
        [...npm.args, "start"],
        envFor(startPort),
        `http://127.0.0.1:${startPort}/api/health`,
        { cwd: root, group: true },
      );
      npmStart.push(started.ms);
      await stop(started.child, { group: true });
      const port = await freePort();
      const run = await timeUntilHealthy(
        process.execPath,
        [...serverNodeFlags(), main],
        envFor(port),
        `http://127.0.0.1:${port}/api/health`,
      );
      app.push(run.ms);
      await stop(run.child);
      const basePort = await freePort();
      const base = await timeUntilHealthy(
        process.execPath,
        ["-e", baselineServer],
        { ...process.env, PORT: String(basePort) },
        `http://127.0.0.1:${basePort}/api/health`,
      );
      baseline.push(base.ms);
      await stop(base.child);
    }
    const startMs = median(npmStart);
    const appMs = median(app);
    const baseMs = median(baseline);
    report("startup (unchanged checkout, existing embedded database → healthy /api/health)", [
      ["first start (initdb, migrations, demo)", `${first.ms.toFixed(0)} ms (not counted)`],
      ["npm start, runs", `${RUNS}: ${npmStart.map((ms) => ms.toFixed(0)).join(", ")} ms`],
      ["npm start, median", `${startMs.toFixed(0)} ms`],
      ["node dist/server/main.js, median", `${appMs.toFixed(0)} ms`],
      ["baseline (bare node http server), median", `${baseMs.toFixed(0)} ms`],
      ["npm start, ratio to baseline", `${(startMs / baseMs).toFixed(1)}x`],
      ["target (npm start)", `${TARGET_MS} ms: ${startMs <= TARGET_MS ? "met" : "NOT met"}`],
    ]);
    return { startMs, appMs, baseMs };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
