// The public read path under load: each endpoint of a first visit and of the directory, 50 connections
// (autocannon, in this process) against the app (another process), beside a bare Express app serving
// the same bytes from memory in the same run. On the embedded database, and on PostgreSQL when one
// answers (a throw-away database, dropped at the end). Targets: each endpoint at least 0.5x the bare
// route, p99 under 50 ms, the app's RSS on the embedded database under 300 MB after the run.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { freePort, report, serverNodeFlags, stop, timeUntilHealthy } from "./lib.js";

const root = path.resolve(import.meta.dirname, "..");
// Another checkout's build may be measured with this same bench (before/after figures).
const appRoot = path.resolve(process.env.BENCH_APP_ROOT ?? root);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const CONNECTIONS = 50;
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 50;
const TARGET_RSS_MB = 300;
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

type Load = { rps: number; p50: number; p99: number; errors: number; requests: number };

function load(url: string, seconds = SECONDS): Promise<Load> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds }, (error, result) => {
      if (error) return reject(error);
      resolve({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
        requests: result.requests.total,
      });
    });
  });
}

/** The CPU time a process has used so far (user and system), in milliseconds (Linux). */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
}

/** The resident memory of a process, in megabytes (Linux). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function runAgainst(label: string, env: NodeJS.ProcessEnv) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const main = path.join(appRoot, "dist", "server", "main.js");
  const appEnv = {
    ...process.env,
    NODE_ENV: "production",
    PUBLIC_URL: base,
    PORT: String(port),
    HOST: "127.0.0.1",
    ...env,
  };
  const { child } = await timeUntilHealthy(
    process.execPath,
    [...serverNodeFlags(), main],
    appEnv,
    `${base}/api/health`,
    {
      timeoutMs: 180_000,
    },
  );
  const work = await mkdtemp(path.join(tmpdir(), "tashawur-bench-http-"));
  let bare: Awaited<ReturnType<typeof timeUntilHealthy>>["child"] | undefined;
  try {
    const directory = (await (await fetch(`${base}/api/associations`)).json()) as {
      data: { items: { slug: string }[] };
    };
    const slug = directory.data.items[0]?.slug;
    const html = await (await fetch(`${base}/`)).text();
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const paths = ["/api/associations", slug && `/api/associations/${slug}`, "/api/health", "/", script].filter(
      (p): p is string => !!p,
    );
    // The same bytes the app sends (uncompressed: autocannon asks for no encoding), for the bare route.
    const routes = await Promise.all(
      paths.map(async (p) => {
        const response = await fetch(base + p, { headers: { "accept-encoding": "identity" } });
        const body = Buffer.from(await response.arrayBuffer());
        return { path: p, type: response.headers.get("content-type") ?? "text/plain", body: body.toString("base64") };
      }),
    );
    const routesFile = path.join(work, "routes.json");
    await writeFile(routesFile, JSON.stringify(routes));
    const barePort = await freePort();
    const bareBase = `http://127.0.0.1:${barePort}`;
    bare = (
      await timeUntilHealthy(
        process.execPath,
        ["--import", "tsx", path.join(root, "bench", "bare-server.ts")],
        { ...process.env, PORT: String(barePort), BENCH_ROUTES: routesFile },
        `${bareBase}/api/health-of-baseline`,
      )
    ).child;

    const rssBefore = await rssMb(child.pid!);
    const rows: [string, string][] = [];
    let met = true;
    for (const route of routes) {
      await load(base + route.path, 1); // warm up (JIT, read models)
      const cpuBefore = await cpuMs(child.pid!);
      const app = await load(base + route.path);
      // The server's own CPU per answer: steadier than requests/s on a machine shared with others.
      const cpuPerRequest = ((await cpuMs(child.pid!)) - cpuBefore) / Math.max(1, app.requests);
      const baseline = await load(bareBase + route.path);
      const ratio = app.rps / baseline.rps;
      const ok = ratio >= TARGET_RATIO && app.p99 < TARGET_P99_MS && app.errors === 0;
      met &&= ok;
      rows.push([
        `GET ${route.path.length > 40 ? `${route.path.slice(0, 37)}...` : route.path} (${(Buffer.from(route.body, "base64").length / 1024).toFixed(1)} KB)`,
        `${app.rps.toFixed(0).padStart(6)} req/s  p50 ${String(app.p50).padStart(3)} ms  p99 ${String(app.p99).padStart(3)} ms` +
          `  | bare ${baseline.rps.toFixed(0).padStart(6)} req/s  p99 ${String(baseline.p99).padStart(3)} ms` +
          `  | ratio ${ratio.toFixed(2)}x  cpu ${cpuPerRequest.toFixed(2)} ms/req${app.errors ? `  errors ${app.errors}` : ""}  ${ok ? "met" : "NOT met"}`,
      ]);
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rssAfter = await rssMb(child.pid!);
    rows.push(["server RSS", `${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after`]);
    const rssOk = label !== "embedded" || rssAfter < TARGET_RSS_MB;
    rows.push([
      "targets",
      `each >= ${TARGET_RATIO}x bare, p99 < ${TARGET_P99_MS} ms${label === "embedded" ? `, RSS < ${TARGET_RSS_MB} MB` : ""}: ${met && rssOk ? "met" : "NOT met"}`,
    ]);
    report(`http (${label} database, ${CONNECTIONS} connections, ${SECONDS} s per endpoint)`, rows);
  } finally {
    if (bare) await stop(bare);
    await stop(child);
    await rm(work, { recursive: true, force: true });
  }
}

/** A throw-away PostgreSQL database, or undefined when no server answers. */
async function throwAwayDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  const name = `tashawur_bench_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * The first start of an embedded database (initdb, migrations, the demo) happens once in its life and
 * leaves its memory in the WebAssembly heap: it is made here, then the measured server starts on the
 * existing data, as a server runs every day after.
 */
async function firstStart(env: NodeJS.ProcessEnv): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const main = path.join(appRoot, "dist", "server", "main.js");
  const { child } = await timeUntilHealthy(
    process.execPath,
    [...serverNodeFlags(), main],
    { ...process.env, NODE_ENV: "production", PUBLIC_URL: base, PORT: String(port), HOST: "127.0.0.1", ...env },
    `${base}/api/health`,
    { timeoutMs: 180_000 },
  );
  await stop(child);
}

export async function benchHttp() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-bench-data-"));
  try {
    await firstStart({ DATA_DIR: dataDir, DATABASE_URL: "" });
    await runAgainst("embedded", { DATA_DIR: dataDir, DATABASE_URL: "" });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const postgres = await throwAwayDatabase();
  if (!postgres) {
    console.log("\nhttp (PostgreSQL): skipped, no server answers at", POSTGRES_URL);
    return;
  }
  const pgDataDir = await mkdtemp(path.join(tmpdir(), "tashawur-bench-data-"));
  try {
    // The demo is written on PostgreSQL too, so that both runs read the same pages.
    await runAgainst("PostgreSQL", {
      DATA_DIR: pgDataDir,
      DATABASE_URL: postgres.url,
      DEMO: "true",
      SESSION_SECRET: "bench-secret-bench-secret-bench-secret",
    });
  } finally {
    await postgres.drop();
    await rm(pgDataDir, { recursive: true, force: true });
  }
}
