import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUsers } from "../../server/demo/users.js";
import { ApiClient } from "../helpers/api-client.js";
import { type Spawned, spawnServer, spawnTs } from "../helpers/process.js";

const embedded = (dataDir: string, extra: Record<string, string> = {}) => ({
  DATA_DIR: dataDir,
  DATABASE_URL: "",
  ...extra,
});

async function stop(server: Spawned) {
  server.child.kill("SIGTERM");
  return server.exited;
}

describe("the embedded data directory and the server's lifecycle", () => {
  let dataDir: string;
  let server: Spawned & { url: string };
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-lifecycle-"));
    server = await spawnServer(embedded(dataDir, { DEMO: "0" }));
  }, 120_000);
  afterAll(async () => {
    if (server) await stop(server);
    await rm(dataDir, { recursive: true, force: true });
  });

  it("says at start how to create the first admin when there is none", () => {
    expect(server.output()).toContain("npm run admin:create");
  });

  it("refuses admin:create while the server holds the data directory, naming the holder and touching nothing", async () => {
    const email = `locked-${Date.now()}@test.example`;
    const script = spawnTs("scripts/admin-create.ts", ["--email", email, "--password", "a-long-admin-password-1"], {
      ...embedded(dataDir),
    });
    expect(await script.exited).toBe(1);
    const message = script.output().trim();
    expect(message).toContain(`process ${server.child.pid}`);
    expect(message).toContain("stop the server first");
    expect(message).not.toContain("Admin created");
    expect(message.split("\n")).toHaveLength(1);
    const login = await new ApiClient(server.url).post("/api/auth/login", {
      email,
      password: "a-long-admin-password-1",
    });
    expect(login.status).toBe(401);
  }, 60_000);

  it("refuses a second server on the same data directory before opening anything", async () => {
    const second = spawnTs("server/main.ts", [], { ...embedded(dataDir), PORT: "0", HOST: "127.0.0.1" });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/in use by a Tashawur server \(process \d+/);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 60_000);

  it("refuses db:reset without a yes, and keeps the data", async () => {
    const reset = spawnTs("scripts/db.ts", ["reset"], { ...embedded(dataDir) }, "no\n");
    expect(await reset.exited).toBe(1);
    expect(reset.output()).toContain("Nothing was deleted");
    expect(reset.output()).not.toContain("in use"); // asked before even opening the database
  }, 60_000);

  it("says in one sentence that the port is taken", async () => {
    const other = await mkdtemp(path.join(tmpdir(), "tashawur-port-"));
    try {
      const port = new URL(server.url).port;
      const second = spawnTs("server/main.ts", [], {
        ...embedded(other, { DEMO: "0" }),
        PORT: port,
        HOST: "127.0.0.1",
      });
      expect(await second.exited).toBe(1);
      const out = second.output();
      expect(out).toContain(`Port ${port} on 127.0.0.1 is already in use by another process`);
      expect(out).not.toMatch(/\n\s+at /);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  }, 120_000);

  it("drains on SIGTERM: requests arriving on open connections are all answered", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 32 });
    const { hostname, port } = new URL(server.url);
    const get = () =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: hostname, port, path: "/api/health", agent }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        });
        req.on("error", reject);
        req.end();
      });
    // Open connections, idle between two requests, as a load balancer keeps them.
    expect(await Promise.all(Array.from({ length: 32 }, get))).toEqual(Array(32).fill(200));
    // The load balancer has not yet heard of the stop: it sends one more request on each connection.
    server.child.kill("SIGTERM");
    await server.waitFor('"msg":"shutting down"');
    const answers = await Promise.all(Array.from({ length: 32 }, () => get().catch((error: Error) => error.message)));
    expect(answers.filter((answer) => answer !== 200)).toEqual([]);
    expect(await server.exited).toBe(0);
    agent.destroy();
  }, 60_000);
});

describe("stopping and crashing during a first start", () => {
  const dirs: string[] = [];
  const fresh = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "tashawur-first-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("survives a kill -9 while the new cluster is being written, and removes what was left", async () => {
    const dir = await fresh();
    const first = spawnTs("server/main.ts", [], { ...embedded(dir, { DEMO: "0" }), PORT: "0", HOST: "127.0.0.1" });
    // Kill as soon as the cluster's files start to appear.
    for (let i = 0; i < 3000; i++) {
      const entries = await readdir(dir).catch(() => [] as string[]);
      const cluster = entries.find((entry) => entry.startsWith("pglite"));
      if (cluster && (await readdir(path.join(dir, cluster)).catch(() => [])).length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    first.child.kill("SIGKILL");
    await first.exited;
    const again = await spawnServer(embedded(dir, { DEMO: "0" }));
    try {
      expect((await readdir(dir)).filter((entry) => entry.startsWith("pglite"))).toEqual(["pglite"]);
    } finally {
      expect(await stop(again)).toBe(0);
    }
  }, 180_000);

  it("removes a temporary cluster left by an interrupted first start", async () => {
    const dir = await fresh();
    await mkdir(path.join(dir, "pglite.creating", "base"), { recursive: true });
    await writeFile(path.join(dir, "pglite.creating", "PG_VERSION"), "17");
    const server = await spawnServer(embedded(dir, { DEMO: "0" }));
    try {
      expect(existsSync(path.join(dir, "pglite.creating"))).toBe(false);
    } finally {
      await stop(server);
    }
  }, 180_000);

  it("closes the database cleanly when stopped before listening, and starts normally afterwards", async () => {
    const dir = await fresh();
    const first = spawnTs("server/main.ts", [], { ...embedded(dir), PORT: "0", HOST: "127.0.0.1" });
    await first.waitFor('"msg":"database opened"', 120_000);
    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');
    expect(existsSync(path.join(dir, "lock"))).toBe(false);
    const again = await spawnServer(embedded(dir));
    try {
      const admin = demoUsers.find((user) => user.role === "admin")!;
      const login = await new ApiClient(again.url).post("/api/auth/login", {
        email: admin.email,
        password: admin.password,
      });
      expect(login.status).toBe(200);
    } finally {
      expect(await stop(again)).toBe(0);
    }
  }, 240_000);

  it("takes over the lock of a server that was killed", async () => {
    const dir = await fresh();
    const first = await spawnServer(embedded(dir, { DEMO: "0" }));
    first.child.kill("SIGKILL");
    await first.exited;
    const again = await spawnServer(embedded(dir, { DEMO: "0" }));
    expect(await stop(again)).toBe(0);
  }, 180_000);
});
