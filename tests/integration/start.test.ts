import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIsCurrent, fingerprint, writeStamp } from "../../scripts/build-stamp.mjs";

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, "../..");

// A checkout in miniature: sources, a test file, and a "build" that counts its runs and writes dist/.
async function miniatureCheckout(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "tashawur-start-"));
  await mkdir(path.join(root, "scripts"));
  await cp(path.join(repo, "scripts/start.mjs"), path.join(root, "scripts/start.mjs"));
  await cp(path.join(repo, "scripts/build-stamp.mjs"), path.join(root, "scripts/build-stamp.mjs"));
  for (const dir of ["server", "client", "common"]) await mkdir(path.join(root, dir));
  await writeFile(path.join(root, "server/main.ts"), "export {};\n");
  await writeFile(path.join(root, "server/main.test.ts"), "// a test\n");
  await writeFile(path.join(root, "client/app.tsx"), "export {};\n");
  await writeFile(path.join(root, "common/arabic.ts"), "export {};\n");
  const build =
    "const fs = require('node:fs'); fs.mkdirSync('dist/server', { recursive: true }); fs.mkdirSync('dist/client', { recursive: true });" +
    " fs.writeFileSync('dist/server/main.js', ''); fs.writeFileSync('dist/client/index.html', ''); fs.appendFileSync('builds', 'x');";
  await writeFile(
    path.join(root, "package.json"),
    JSON.stringify({ name: "miniature", private: true, type: "module", scripts: { build: `node -e "${build}"` } }),
  );
  return root;
}

describe("npm start builds only when a build input changed", () => {
  let root: string;
  const builds = async () => (await readFile(path.join(root, "builds"), "utf8").catch(() => "")).length;
  const start = () => run(process.execPath, [path.join(root, "scripts/start.mjs"), "--build-only"], { cwd: root });

  beforeAll(async () => {
    root = await miniatureCheckout();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("builds the first time, then starts without building on an unchanged checkout", async () => {
    await start();
    expect(await builds()).toBe(1);
    expect(buildIsCurrent(root)).toBe(true);
    await start();
    await start();
    expect(await builds()).toBe(1);
  });

  it("builds again after a source changes, not after a test changes", async () => {
    await writeFile(path.join(root, "server/main.test.ts"), "// another test\n");
    await start();
    expect(await builds()).toBe(1);
    await writeFile(path.join(root, "common/arabic.ts"), "export const changed = 1;\n");
    expect(buildIsCurrent(root)).toBe(false);
    await start();
    expect(await builds()).toBe(2);
    await writeFile(path.join(root, "client/new.tsx"), "export {};\n");
    await start();
    expect(await builds()).toBe(3);
  });

  it("builds again when the built files are missing or the stamp is another build's", async () => {
    await rm(path.join(root, "dist/client/index.html"));
    await start();
    expect(await builds()).toBe(4);
    writeStamp(root, "0".repeat(64));
    await start();
    expect(await builds()).toBe(5);
    expect(fingerprint(root)).toMatch(/^[0-9a-f]{64}$/);
  });
});
