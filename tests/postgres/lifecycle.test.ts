import { randomBytes } from "node:crypto";
import pg from "pg";
import { Server } from "socket.io";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "../../bench/lib.js";
import { loadConfig } from "../../server/config.js";
import { openPostgres } from "../../server/db/adapters.js";
import { createPrisma } from "../../server/db/client.js";
import { applyMigrations } from "../../server/db/migrate.js";
import { seedDemoOnce } from "../../server/demo/first-start.js";
import { demoUsers } from "../../server/demo/users.js";
import { createLogger } from "../../server/logger.js";
import { registerUser } from "../../server/modules/users/service.js";
import { joinCluster, RedisConnectError } from "../../server/realtime/cluster.js";
import type { RealtimeServer } from "../../server/realtime/server.js";
import { ApiClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { postgresAvailable } from "../helpers/db.js";
import { blackHole, pausableProxy } from "../helpers/net.js";
import { migrationPaths } from "../helpers/paths.js";
import { spawnTs } from "../helpers/process.js";

const silent = createLogger({ logLevel: "silent" });

/** An empty database of its own beside the run's, dropped afterwards. */
async function scratchDatabase() {
  const runUrl = new URL(inject("postgresUrl"));
  const name = `${runUrl.pathname.slice(1)}_l${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: runUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(runUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

describe.skipIf(!postgresAvailable())("PostgreSQL that stops answering", () => {
  let proxy: Awaited<ReturnType<typeof pausableProxy>>;
  let app: TestApp;
  beforeAll(async () => {
    const runUrl = new URL(inject("postgresUrl"));
    proxy = await pausableProxy(runUrl.hostname, Number(runUrl.port || 5432));
    const url = new URL(runUrl);
    url.hostname = "127.0.0.1";
    url.port = String(proxy.port);
    app = await startTestApp(openPostgres(url.toString(), { max: 4, connectTimeoutMs: 1000, queryTimeoutMs: 1000 }));
  });
  afterAll(async () => {
    proxy?.resume();
    await app?.close();
    await proxy?.close();
  });

  it("answers 503 DATABASE_UNAVAILABLE from health and other routes within the timeouts, and recovers without a restart", async () => {
    const client = new ApiClient(app.url);
    expect((await client.get("/api/health")).status).toBe(200);
    expect((await client.get("/api/associations")).status).toBe(200);

    proxy.stop();
    // Health takes a database that just answered as up for a quarter of a second: let that pass.
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A hanging answer fails the test through the fetch's own limit.
    const health = await fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(10_000) });
    expect(health.status).toBe(503);
    expect(((await health.json()) as { error: { code: string } }).error.code).toBe("DATABASE_UNAVAILABLE");
    // A page not read before needs the database; one already in memory is still served (nothing can
    // have changed it meanwhile: no commit reaches a database that does not answer).
    const list = await fetch(`${app.url}/api/associations?region=MA-01`, { signal: AbortSignal.timeout(10_000) });
    expect(list.status).toBe(503);
    expect(((await list.json()) as { error: { code: string } }).error.code).toBe("DATABASE_UNAVAILABLE");
    expect((await fetch(`${app.url}/api/associations`, { signal: AbortSignal.timeout(10_000) })).status).toBe(200);

    proxy.resume();
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(10_000) })).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    expect((await client.get("/api/associations")).status).toBe(200);
  }, 60_000);
});

describe.skipIf(!postgresAvailable())("starting against a PostgreSQL that cannot be used", () => {
  const start = (databaseUrl: string) =>
    spawnTs("server/main.ts", [], { DATABASE_URL: databaseUrl, PORT: "0", HOST: "127.0.0.1", DEMO: "0" });
  const expectOneSentence = async (server: ReturnType<typeof start>, pattern: RegExp) => {
    expect(await server.exited).toBe(1);
    const out = server.output().trim();
    expect(out).toMatch(pattern);
    expect(out).toContain("DATABASE_URL");
    expect(out.split("\n")).toHaveLength(1);
    expect(out).not.toContain("database opened");
  };

  it("names a missing database in one sentence", async () => {
    const url = new URL(inject("postgresUrl"));
    url.pathname = "/tashawur_test_missing_database";
    await expectOneSentence(start(url.toString()), /database "tashawur_test_missing_database" does not exist/);
  }, 60_000);

  it("names a refused connection in one sentence", async () => {
    const port = await freePort();
    await expectOneSentence(start(`postgresql://postgres@127.0.0.1:${port}/x`), /refused the connection/);
  }, 60_000);

  it("names an unknown role in one sentence", async () => {
    const url = new URL(inject("postgresUrl"));
    url.username = "tashawur_no_such_role";
    await expectOneSentence(start(url.toString()), /refused the role "tashawur_no_such_role"/);
  }, 60_000);
});

describe("an unreachable Redis", () => {
  it("stops the start with a clear message after the timeout", async () => {
    const hole = await blackHole();
    const io = new Server() as RealtimeServer;
    try {
      const failure = await joinCluster(io, `redis://127.0.0.1:${hole.port}`, { connectTimeoutMs: 1000 }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(RedisConnectError);
      expect((failure as Error).message).toMatch(/did not answer within 1 s.*REDIS_URL/);
    } finally {
      await hole.close();
    }
  }, 20_000);
});

describe.skipIf(!postgresAvailable())("the demo on PostgreSQL", () => {
  it("begins again from an empty database when a first start stopped halfway through it", async () => {
    const scratch = await scratchDatabase();
    const database = openPostgres(scratch.url, { max: 3 });
    const db = createPrisma(database);
    try {
      await applyMigrations(database, migrationPaths);
      const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: scratch.url, DEMO: "1" });
      // The first start writes one account of its demo, then stops.
      const stopped = seedDemoOnce(config, database, db, silent, async (tx) => {
        await registerUser(tx, {
          email: "half@demo.example",
          name: "نصف",
          password: "unrelated-long-passphrase-7",
          locale: "ar",
        });
        throw new Error("stopped");
      });
      await expect(stopped).rejects.toThrow("stopped");
      expect(await seedDemoOnce(config, database, db, silent)).toBe(true);
      expect(await db.user.count({ where: { email: "half@demo.example" } })).toBe(0);
      expect(await db.user.count({ where: { email: demoUsers[0]!.email } })).toBe(1);
      // A third start finds the demo whole and writes nothing.
      expect(await seedDemoOnce(config, database, db, silent)).toBe(false);
    } finally {
      await db.$disconnect();
      await database.close();
      await scratch.drop();
    }
  }, 120_000);
});
