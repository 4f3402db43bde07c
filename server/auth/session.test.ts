import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Config, loadConfig } from "../config.js";
import { resolveSessionSecret } from "./session.js";

describe("resolveSessionSecret", () => {
  let dataDir: string;
  const config = (env: Record<string, string> = {}): Config => ({
    ...loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, ...env }),
    dataDir,
  });

  beforeEach(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), "tashawur-secret-")), "data");
  });
  afterEach(async () => {
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  it("takes SESSION_SECRET when it is set, and writes nothing", async () => {
    const secret = "s".repeat(40);
    expect(await resolveSessionSecret(config({ SESSION_SECRET: secret }))).toBe(secret);
    await expect(stat(path.join(dataDir, "session-secret"))).rejects.toThrow();
  });

  it("makes a random secret once, keeps it in the data directory readable by its owner only, and reuses it", async () => {
    const first = await resolveSessionSecret(config());
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = path.join(dataDir, "session-secret");
    expect(await readFile(file, "utf8")).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await resolveSessionSecret(config())).toBe(first);
  });

  it("reads a kept secret without its surrounding whitespace", async () => {
    await resolveSessionSecret(config());
    const kept = "k".repeat(32);
    await writeFile(path.join(dataDir, "session-secret"), `  ${kept}\n`);
    expect(await resolveSessionSecret(config())).toBe(kept);
  });

  it("replaces a kept secret shorter than 32 characters once its whitespace is removed", async () => {
    await resolveSessionSecret(config());
    await writeFile(path.join(dataDir, "session-secret"), `  ${"k".repeat(31)}\n`);
    expect(await resolveSessionSecret(config())).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("replaces a kept secret shorter than 32 characters", async () => {
    await resolveSessionSecret(config());
    await writeFile(path.join(dataDir, "session-secret"), "k".repeat(31));
    const replaced = await resolveSessionSecret(config());
    expect(replaced).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
