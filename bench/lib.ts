import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import autocannon from "autocannon";
import pg from "pg";

/**
 * The Node.js flags `npm start` runs the server with (package.json's start script): the benchmarks
 * measure the server as it runs in production.
 */
export function serverNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    scripts: { start: string };
  };
  return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith("--"));
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Starts a process and measures the time until `url` answers 200; the process is left running. */
export async function timeUntilHealthy(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  url: string,
  options: { timeoutMs?: number; cwd?: string; group?: boolean } = {},
): Promise<{ ms: number; child: ChildProcess }> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const started = performance.now();
  // `group`: the process leads its own group, so that stop() reaches what it starts (npm → node).
  const child = spawn(command, args, {
    env,
    cwd: options.cwd,
    detached: options.group === true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`process exited early (${child.exitCode}): ${stderr}`);
    const ok = await fetch(url).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) return { ms: performance.now() - started, child };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  kill(child, "SIGKILL", options.group === true);
  throw new Error(`not healthy within ${timeoutMs} ms: ${stderr}`);
}

function kill(child: ChildProcess, signal: NodeJS.Signals, group: boolean) {
  if (group && child.pid) process.kill(-child.pid, signal);
  else child.kill(signal);
}

/** Stops a process started by timeUntilHealthy (its whole group when it was started as one). */
export async function stop(child: ChildProcess, options: { group?: boolean } = {}): Promise<void> {
  await new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    kill(child, "SIGTERM", options.group === true);
  });
  // npm may exit before the server it started has closed its database: wait for the whole group.
  while (options.group && child.pid && groupAlive(child.pid)) await new Promise((resolve) => setTimeout(resolve, 20));
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function report(name: string, rows: [string, string][]) {
  console.log(`\n${name}`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

/** What a load run measured: requests per second, latency percentiles (ms), failures, requests in all. */
export type LoadFigures = { rps: number; p50: number; p99: number; errors: number; requests: number };

/** `connections` clients (autocannon, in this process) reading `url` for `seconds`. */
export async function loadRun(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: options.connections, duration: options.seconds, headers: options.headers ?? {} },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts + result.non2xx,
          requests: result.requests.total,
        });
      },
    );
  });
}

/**
 * The CPU time a process has used so far, in milliseconds (user + system, from /proc/<pid>/stat;
 * Linux, clock ticks of 10 ms). On a shared machine, CPU per request is steadier than requests/s.
 */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The fields after the command's name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Runs `run` and gives, with its result, the CPU time `pid` used meanwhile (ms). */
export async function withCpu<T>(pid: number, run: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const before = cpuMs(pid);
  const result = await run();
  return { result, cpuMs: cpuMs(pid) - before };
}

/** A throw-away PostgreSQL database beside `adminUrl`'s, or undefined when no server answers there. */
export async function throwAwayPostgres(
  adminUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
