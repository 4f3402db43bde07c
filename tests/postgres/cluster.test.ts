import { randomUUID } from "node:crypto";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { createClient } from "redis";
import { Server } from "socket.io";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { joinCluster } from "../../server/realtime/cluster.js";
import { ApiClient, registeredClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";
import { spawnServer } from "../helpers/process.js";
import { connected, nextPresence, socketFor, type TestSocket } from "../helpers/sockets.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function redisAvailable(): Promise<boolean> {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.quit();
    return true;
  } catch {
    if (process.env.CI === "true") throw new Error(`Redis unreachable at ${REDIS_URL} (CI=true)`);
    console.warn(`[tests] Skipping the cluster test: Redis unreachable at ${REDIS_URL}`);
    return false;
  }
}

const ready = postgresAvailable() && (await redisAvailable());

describe.skipIf(!ready)("two server processes on one PostgreSQL and one Redis", () => {
  let first: TestApp;
  let second: TestApp;
  const clusters: { close(): Promise<void> }[] = [];
  const sockets: TestSocket[] = [];
  const prefix = `tashawur-test-${randomUUID()}`;

  beforeAll(async () => {
    first = await startTestApp(openTestPostgres());
    second = await startTestApp(openTestPostgres());
    clusters.push(await joinCluster(first.io, REDIS_URL, { prefix }));
    clusters.push(await joinCluster(second.io, REDIS_URL, { prefix }));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await first?.close();
    await second?.close();
    for (const cluster of clusters) await cluster.close();
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    await redis.del(`${prefix}:socket.io`);
    await redis.quit();
  });

  it("shares sessions, presence and logout across processes", async () => {
    const amina = await registeredClient(first.url, { name: "أمينة" });
    const karim = await registeredClient(first.url, { name: "كريم" });
    // Karim's session, made on the first process, is used on the second one.
    const karimOnSecond = new ApiClient(second.url);
    karimOnSecond.cookies = new Map(karim.client.cookies);
    karimOnSecond.csrfToken = karim.client.csrfToken;

    const socketA = socketFor(first.url, amina.client);
    sockets.push(socketA);
    await connected(socketA);
    const arrival = nextPresence(socketA, (snap) => snap.users.some((u) => u.id === karim.user.id));
    const socketK = socketFor(second.url, karimOnSecond);
    sockets.push(socketK);
    await connected(socketK);
    await arrival;

    const listed = await socketA.emitWithAck("presence:list", {});
    expect(listed.ok && listed.data.users.map((u) => u.id)).toEqual(
      expect.arrayContaining([amina.user.id, karim.user.id]),
    );

    // Logging out on the first process ends Karim's socket held by the second.
    const closed = new Promise<string>((resolve) => socketK.once("disconnect", resolve));
    await karim.client.post("/api/auth/logout");
    expect(await closed).toBe("io server disconnect");
  });

  it("drops the users of a process that died within 15 seconds, even in a quiet room", async () => {
    const amina = await registeredClient(first.url, { name: "أمينة" });
    const karim = await registeredClient(first.url, { name: "كريم" });
    const doomed = await spawnServer({
      DATABASE_URL: inject("postgresUrl"),
      REDIS_URL,
      REDIS_PREFIX: prefix,
      SESSION_SECRET: "test-secret-test-secret-test-secret!",
      NODE_ENV: "test",
      DEMO: "0",
      LOG_LEVEL: "warn",
    });
    try {
      const onDoomed = new ApiClient(doomed.url);
      onDoomed.cookies = new Map(karim.client.cookies);
      const socketA = socketFor(first.url, amina.client);
      sockets.push(socketA);
      await connected(socketA);
      const arrival = nextPresence(socketA, (snap) => snap.users.some((u) => u.id === karim.user.id));
      const socketK = socketFor(doomed.url, onDoomed);
      sockets.push(socketK);
      await connected(socketK);
      await arrival;

      const departure = nextPresence(socketA, (snap) => !snap.users.some((u) => u.id === karim.user.id), 15_000);
      doomed.child.kill("SIGKILL");
      await departure;
      const listed = await socketA.emitWithAck("presence:list", {});
      expect(listed.ok && listed.data.users.map((u) => u.id)).not.toContain(karim.user.id);
    } finally {
      doomed.child.kill("SIGKILL");
    }
  }, 120_000);

  it("keeps to itself on a Redis shared with another deployment and another Socket.IO application", async () => {
    // Another deployment of Tashawur (a staging copy, say) with its own prefix, and another
    // application with the adapter's defaults, on the same Redis.
    const staging = await startTestApp(openTestPostgres());
    clusters.push(await joinCluster(staging.io, REDIS_URL, { prefix: `${prefix}-staging` }));
    const redis = createClient({ url: REDIS_URL });
    redis.on("error", () => {});
    await redis.connect();
    const other = new Server();
    other.adapter(createAdapter(redis));
    const stranger = await registeredClient(staging.url, { name: "غريب" });
    const socketS = socketFor(staging.url, stranger.client);
    sockets.push(socketS);
    try {
      await connected(socketS);
      const amina = await registeredClient(first.url, { name: "أمينة" });
      const yasmine = await registeredClient(second.url, { name: "ياسمين" });
      const socketA = socketFor(first.url, amina.client);
      sockets.push(socketA);
      await connected(socketA);
      const arrival = nextPresence(socketA, (snap) => snap.users.some((u) => u.id === yasmine.user.id), 4_000);
      const socketY = socketFor(second.url, yasmine.client);
      sockets.push(socketY);
      await connected(socketY);
      const [snap] = await arrival;
      expect(snap.users.map((u) => u.id)).not.toContain(stranger.user.id);
      for (const socket of [socketA, socketY]) {
        const listed = await socket.emitWithAck("presence:list", {});
        expect(listed).toMatchObject({ ok: true });
        expect(listed.ok && listed.data.users.map((u) => u.id)).not.toContain(stranger.user.id);
      }
    } finally {
      socketS.disconnect();
      await staging.close();
      await redis.quit().catch(() => {});
      const cleanup = createClient({ url: REDIS_URL });
      await cleanup.connect();
      await cleanup.del(`${prefix}-staging:socket.io`);
      await cleanup.quit();
    }
  }, 60_000);
});
