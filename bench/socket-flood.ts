// `/api/health` latency while one signed-in socket floods `presence:list` (3,000 events at once, then
// 500 every 50 ms for 2 s), against the same latency at rest, in the same run. The server runs in its
// own process (from the sources, through tsx) on a fresh embedded database. Nothing here asserts a time.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { io } from "socket.io-client";
import { freePort, median, report, stop, timeUntilHealthy } from "./lib.js";

const root = path.resolve(import.meta.dirname, "..");

/** Latencies of `count` sequential health checks; a failed or timed-out one counts as NaN. */
async function healthLatencies(base: string, count: number, gapMs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(30_000) }).then(
      (response) => response.arrayBuffer().then(() => response.status === 200),
      () => false,
    );
    times.push(ok ? performance.now() - started : Number.NaN);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  return times;
}

async function signedInCookie(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const { data } = (await csrf.json()) as { data: { csrfToken: string } };
  const registered = await fetch(`${base}/api/auth/register`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", "x-csrf-token": data.csrfToken },
    body: JSON.stringify({ email: `flood-${Date.now()}@bench.example`, name: "Flood", password: "q7#Vm!2pXz-bench" }),
  });
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${await registered.text()}`);
  return registered.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

export async function benchSocketFlood() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-flood-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    DEMO: "0",
  };
  const { child } = await timeUntilHealthy(
    process.execPath,
    ["--import", "tsx", path.join(root, "server", "main.ts")],
    { ...env, DATABASE_URL: "" },
    `${base}/api/health`,
    { timeoutMs: 120_000 },
  );
  try {
    const rest = await healthLatencies(base, 20, 20);
    const socket = io(base, {
      transports: ["websocket"],
      reconnection: false,
      extraHeaders: { cookie: await signedInCookie(base) },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    let refused = 0;
    let handled = 0;
    const ack = (answer: { ok: boolean }) => (answer.ok ? handled++ : refused++);
    for (let i = 0; i < 3000; i++) socket.emit("presence:list", {}, ack);
    const burst = setInterval(() => {
      for (let i = 0; i < 500; i++) socket.emit("presence:list", {}, ack);
    }, 50);
    const flooded = await healthLatencies(base, 20, 100);
    clearInterval(burst);
    const disconnected = !socket.connected;
    socket.close();
    const summary = (times: number[]) => {
      const answered = times.filter((time) => !Number.isNaN(time));
      const failed = times.length - answered.length;
      if (answered.length === 0) return `no answer (${failed} failed)`;
      const figures = `${median(answered).toFixed(1)} / ${Math.max(...answered).toFixed(1)} ms`;
      return failed ? `${figures}, ${failed} failed` : figures;
    };
    report("Socket flood: /api/health while one socket floods presence:list", [
      ["at rest, median / max", summary(rest)],
      ["under the flood, median / max", summary(flooded)],
      ["events handled / refused", `${handled} / ${refused}`],
      ["flooding socket disconnected", disconnected ? "yes" : "no"],
    ]);
  } finally {
    await stop(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSocketFlood();
