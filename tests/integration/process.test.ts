import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../bench/lib.js";
import { demoUsers } from "../../server/demo/users.js";
import { ApiClient } from "../helpers/api-client.js";
import { repoRoot } from "../helpers/paths.js";

type Running = { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

/** Starts the server as `npm start` would (from TypeScript here), on an embedded database in `dataDir`. */
async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1500; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url, output: () => output, exited };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`server not healthy: ${output}`);
}

describe("the server process on the embedded database", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-process-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("makes the demo once, keeps data across a restart, and shuts down gracefully on SIGTERM", async () => {
    const first = await startServer(dataDir);
    expect(first.output()).toContain("demo data created");
    const admin = demoUsers.find((user) => user.role === "admin")!;
    const client = new ApiClient(first.url);
    expect((await client.post("/api/auth/login", { email: admin.email, password: admin.password })).status).toBe(200);
    const keptEmail = `kept-${Date.now()}@test.example`;
    const extra = await client.post("/api/auth/register", {
      email: keptEmail,
      name: "حساب باق",
      password: "kept-across-restarts-1",
    });
    expect(extra.status).toBe(201);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');

    const second = await startServer(dataDir);
    try {
      expect(second.output()).not.toContain("demo data created");
      const again = new ApiClient(second.url);
      again.cookies = new Map(client.cookies);
      const me = await again.get<{ user: { email: string } | null }>("/api/auth/me");
      expect(me.body.data!.user?.email).toBe(keptEmail);
    } finally {
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
    }
  }, 120_000);

  it("starts the demo again from an empty database when a first start stopped while writing it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "tashawur-unfinished-"));
    try {
      const first = await startServer(dir);
      const client = new ApiClient(first.url);
      const email = `written-after-${Date.now()}@test.example`;
      expect(
        (await client.post("/api/auth/register", { email, name: "حساب", password: "kept-across-restarts-1" })).status,
      ).toBe(201);
      first.child.kill("SIGTERM");
      await first.exited;
      // As if that first start had been stopped before finishing the demo.
      await writeFile(path.join(dir, "demo-in-progress"), "");
      const again = await startServer(dir);
      try {
        expect(again.output()).toContain("starting again from an empty database");
        expect(again.output()).toContain("demo data created");
        expect(existsSync(path.join(dir, "demo-in-progress"))).toBe(false);
        const login = await new ApiClient(again.url).post("/api/auth/login", {
          email,
          password: "kept-across-restarts-1",
        });
        expect(login.status).toBe(401);
      } finally {
        again.child.kill("SIGTERM");
        await again.exited;
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 360_000);

  it("refuses to start on invalid configuration, naming the variable", async () => {
    await expect(startServer(dataDir, { PORT: "not-a-port" })).rejects.toThrow(/PORT/);
  });
});
