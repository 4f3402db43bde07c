import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegisterExport, RegisterPublicKey } from "../../common/decisions.js";
import { inTransaction } from "../../server/db/transaction.js";
import { recordDecision } from "../../server/modules/decisions/index.js";
import { KEY_FILE } from "../../server/modules/decisions/signing.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { spawnTs } from "../helpers/process.js";

const record = (title: string) => ({
  kind: "manual" as const,
  title,
  textMd: "نص",
  decidedAt: new Date("2025-03-15T10:00:00Z"),
  outcome: "adopted",
  links: [],
});

describe("the register's signing key", () => {
  it("is generated into the data directory on first use, readable by its owner only, and kept", async () => {
    const app = await startAssociationsApp(openTestEmbedded);
    try {
      const client = new ApiClient(app.url);
      const first = (await client.get<RegisterPublicKey>("/api/decisions/public-key")).body.data!;
      const file = path.join(app.config.dataDir, KEY_FILE);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await readFile(file, "utf8")).toContain("BEGIN PRIVATE KEY");
      expect((await client.get<RegisterPublicKey>("/api/decisions/public-key")).body.data).toEqual(first);
    } finally {
      await app.close();
    }
  });

  it("is the configured one when REGISTER_SIGNING_KEY is set", async () => {
    const pair = generateKeyPairSync("ed25519");
    const pem = pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const app = await startAssociationsApp(openTestEmbedded, { REGISTER_SIGNING_KEY: pem });
    try {
      const key = (await new ApiClient(app.url).get<RegisterPublicKey>("/api/decisions/public-key")).body.data!;
      expect(key.pem).toBe(pair.publicKey.export({ type: "spki", format: "pem" }).toString());
      expect(key.hex).toBe(
        Buffer.from(pair.publicKey.export({ format: "jwk" }).x as string, "base64url").toString("hex"),
      );
    } finally {
      await app.close();
    }
  });
});

describe("npm run register:verify on an export, offline", () => {
  let app: TestApp;
  let dir: string;
  let data: RegisterExport;
  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    for (const title of ["القرار الأول", "القرار الثاني", "القرار الثالث"]) {
      await inTransaction(app.db, (tx) => recordDecision(tx, record(title)));
    }
    data = (await (await new ApiClient(app.url).raw("GET", "/api/decisions/export.json")).json()) as RegisterExport;
    dir = await mkdtemp(path.join(tmpdir(), "tashawur-export-"));
  });
  afterAll(async () => {
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function verify(exported: RegisterExport, ...args: string[]) {
    const file = path.join(dir, `export-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, JSON.stringify(exported));
    // No database at all: DATABASE_URL points nowhere and DATA_DIR does not exist.
    const run = spawnTs("scripts/register-verify.ts", [file, ...args], {
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
      DATA_DIR: path.join(dir, "absent"),
    });
    return { code: await run.exited, output: run.output() };
  }

  it("says an intact export is intact, against the key given", async () => {
    const key = path.join(dir, "key.pem");
    await writeFile(key, data.publicKey.pem);
    const { code, output } = await verify(data, "--key", key);
    expect(output).toContain("intact. 3 record(s)");
    expect(code).toBe(0);
  });

  it("names the first record that does not match in an altered copy", async () => {
    const altered = structuredClone(data);
    altered.records[1]!.canonical = altered.records[1]!.canonical.replace("القرار الثاني", "قرار آخر");
    const { code, output } = await verify(altered);
    expect(output).toContain(`#2 ${data.records[1]!.number} (hash)`);
    expect(code).toBe(1);
  });
});
