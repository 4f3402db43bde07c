// A live session with 1,000 participants (socket.io-client in another process) while the moderator
// changes the speakers list ten times a second: delivery p50/p99 of the session's events (from the
// moderator's command to each participant), events delivered per second, losses, and the same
// figures for a bare Socket.IO broadcast of the same payloads to the same sockets in the same run.
// The server runs in this process on a fresh embedded database. Nothing here asserts a time.
import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SessionEvent } from "../common/sessions.js";
import { createApp } from "../server/app.js";
import { loadConfig } from "../server/config.js";
import { createPrisma, openDatabase } from "../server/db/client.js";
import { applyMigrations } from "../server/db/migrate.js";
import { createLogger } from "../server/logger.js";
import { actOnSession, createSession } from "../server/modules/sessions/index.js";
import { roomOfLiveSession } from "../server/modules/sessions/service.js";
import { registerUser } from "../server/modules/users/index.js";
import { report } from "./lib.js";

const PARTICIPANTS = Number(process.env.LIVE_PARTICIPANTS ?? 1_000);
const ACCOUNTS = Math.ceil(PARTICIPANTS / 20);
const RATE = 10; // changes a second
const SECONDS = Number(process.env.LIVE_SECONDS ?? 10);
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchLive() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-live-"));
  const config = loadConfig({
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    DEMO: "0",
  });
  const log = createLogger(config);
  const database = await openDatabase(config);
  await applyMigrations(database, config);
  const db = createPrisma(database);
  const app = createApp({ config, database, db, log, sessionSecret: "bench-secret-bench-secret-bench-secret" });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const child = fork(path.join(import.meta.dirname, "live-clients.ts"), [], { execArgv: ["--import", "tsx"] });
  try {
    const password = "q7#Vm!2pXz-bench-live";
    const moderator = await registerUser(
      db,
      { email: "moderator@bench.example", name: "المسيّر", password },
      "moderator",
    );
    const cookies: string[] = [];
    for (let i = 0; i < ACCOUNTS; i++) {
      const email = `p${i}@bench.example`;
      await registerUser(db, { email, name: `مشارك ${i}`, password });
      const csrf = await fetch(`${url}/api/auth/csrf`);
      const anonymous = csrf.headers
        .getSetCookie()
        .map((line) => line.split(";")[0])
        .join("; ");
      const token = ((await csrf.json()) as { data: { csrfToken: string } }).data.csrfToken;
      const login = await fetch(`${url}/api/auth/login`, {
        method: "POST",
        headers: { cookie: anonymous, "content-type": "application/json", "x-csrf-token": token },
        body: JSON.stringify({ email, password }),
      });
      if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
      cookies.push(
        login.headers
          .getSetCookie()
          .map((line) => line.split(";")[0])
          .join("; "),
      );
    }
    const reader = { id: moderator.id, name: moderator.name, role: moderator.role };
    const session = await createSession(db, reader, {
      title: "جلسة قياس",
      scheduledAt: new Date().toISOString(),
      visibility: "public",
      agenda: [{ title: "نقطة", budgetMinutes: 60 }],
    });
    await actOnSession(db, reader, session.id, { action: "start" });
    // Ten people in the list (the moderator's own requests would be refused as duplicates: other accounts).
    const speakers = [];
    for (let i = 0; i < 10; i++) {
      const user = await registerUser(db, { email: `s${i}@bench.example`, name: `متدخل ${i}`, password }, "moderator");
      speakers.push(user);
      await actOnSession(db, { id: user.id, name: user.name, role: user.role }, session.id, {
        action: "request",
        type: "contribution",
      });
    }

    const ready = new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`the participants' process stopped (${code})`)));
    });
    child.send({ url, cookies, sessionId: session.id, count: PARTICIPANTS });
    await ready;
    await sleep(1_000);

    // The session: every 100 ms the moderator moves the last request to the head of the list.
    const sent = new Map<string, number>();
    const published = new Map<string, number>();
    const payloads: SessionEvent[] = [];
    const captured = (events: readonly { broadcast?: { event: string; payload: unknown } }[]) => {
      for (const event of events) {
        if (event.broadcast?.event !== "session:event") continue;
        const payload = event.broadcast.payload as SessionEvent;
        payloads.push(payload);
        published.set(`s${payload.seq}`, now());
      }
    };
    const unsubscribe = app.events.subscribe(captured);
    const total = RATE * SECONDS;
    const sessionStart = now();
    for (let i = 0; i < total; i++) {
      const due = sessionStart + (i * 1000) / RATE;
      await sleep(Math.max(0, due - now()));
      const state = (await db.liveSession.findUniqueOrThrow({ where: { id: session.id }, select: { state: true } }))
        .state as {
        queue: { id: string }[];
      };
      const started = now();
      const { seq } = await actOnSession(db, reader, session.id, {
        action: "move",
        requestId: state.queue.at(-1)!.id,
        toIndex: 0,
      });
      sent.set(`s${seq}`, started);
    }
    const sessionSeconds = (now() - sessionStart) / 1000;
    unsubscribe();
    await sleep(1_000);

    // The bare broadcast: the same payloads, the same room, the same rate.
    const room = roomOfLiveSession(session.id);
    const bareStart = now();
    for (let i = 0; i < payloads.length; i++) {
      const due = bareStart + (i * 1000) / RATE;
      await sleep(Math.max(0, due - now()));
      sent.set(`b${i}`, now());
      (app.io.to(room) as unknown as { emit(event: string, payload: unknown): void }).emit("bench:bare", {
        n: i,
        event: payloads[i],
      });
    }
    const bareSeconds = (now() - bareStart) / 1000;
    await sleep(1_500);

    const arrivals = await new Promise<Record<string, number[]>>((resolve) => {
      child.once("message", (message: { arrivals: Record<string, number[]> }) => resolve(message.arrivals));
      child.send({ report: true });
    });
    const figures = (prefix: "s" | "b", seconds: number, from = sent) => {
      const latencies: number[] = [];
      let expected = 0;
      let delivered = 0;
      for (const [key, start] of from) {
        if (!key.startsWith(prefix)) continue;
        expected += PARTICIPANTS;
        const times = arrivals[key] ?? [];
        delivered += times.length;
        for (const at of times) latencies.push(at - start);
      }
      return {
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        delivered,
        lost: expected - delivered,
        perSecond: delivered / seconds,
      };
    };
    const live = figures("s", sessionSeconds);
    const afterCommit = figures("s", sessionSeconds, published);
    const bare = figures("b", bareSeconds);
    report(
      `live session: ${PARTICIPANTS} participants, ${RATE} list changes a second for ${SECONDS} s (embedded database)`,
      [
        ["session events, from the command: p50 / p99", `${live.p50.toFixed(1)} ms / ${live.p99.toFixed(1)} ms`],
        [
          "session events, from the commit: p50 / p99",
          `${afterCommit.p50.toFixed(1)} ms / ${afterCommit.p99.toFixed(1)} ms`,
        ],
        ["session events: delivered per second", live.perSecond.toFixed(0)],
        ["session events: delivered / lost", `${live.delivered} / ${live.lost}`],
        ["bare Socket.IO broadcast: p50 / p99", `${bare.p50.toFixed(1)} ms / ${bare.p99.toFixed(1)} ms`],
        ["bare broadcast: delivered per second", bare.perSecond.toFixed(0)],
        ["bare broadcast: delivered / lost", `${bare.delivered} / ${bare.lost}`],
        ["p99 ratio from the commit (session / bare)", (afterCommit.p99 / bare.p99).toFixed(2)],
        ["p99 ratio from the command (session / bare)", (live.p99 / bare.p99).toFixed(2)],
      ],
    );
  } finally {
    child.kill();
    await app.io.close();
    await app.dispose();
    await db.$disconnect();
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLive();
