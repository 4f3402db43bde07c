// The gzip size of the JavaScript and CSS a first visit downloads: the files index.html links, and the
// modules they import statically (lazy chunks are not counted). Baseline, measured in the same run:
// the gzip size of the two runtime libraries the client cannot do without (preact, socket.io-client).
// Target: first-visit JavaScript within 60 KB gzip.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { report } from "./lib.js";

const root = path.resolve(import.meta.dirname, "..");
const clientDir = path.join(root, "dist", "client");
const TARGET_JS = 60 * 1024;

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Files a first visit loads: index.html's scripts, stylesheets and preloads, then static imports. */
async function firstVisitFiles(): Promise<string[]> {
  const html = await readFile(path.join(clientDir, "index.html"), "utf8");
  const queue = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith(".js")) continue;
    const code = await readFile(path.join(clientDir, file), "utf8");
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/(?:^|[;}\s])import(?:[^"'()]*?from)?\s*["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), m[1]!));
    }
  }
  return [...seen];
}

export async function benchClient() {
  const files = await firstVisitFiles();
  let js = 0;
  let css = 0;
  for (const file of files) {
    const size = gz(await readFile(path.join(clientDir, file)));
    if (file.endsWith(".js")) js += size;
    else css += size;
  }
  const require = createRequire(import.meta.url);
  const packageDir = (name: string) => {
    const entry = require.resolve(name);
    const marker = `node_modules${path.sep}${name}`;
    return entry.slice(0, entry.lastIndexOf(marker) + marker.length);
  };
  const preact = gz(await readFile(path.join(packageDir("preact"), "dist", "preact.module.js")));
  const socket = gz(await readFile(path.join(packageDir("socket.io-client"), "dist", "socket.io.esm.min.js")));
  const baseline = preact + socket;
  report("client (first visit, gzip -9)", [
    ["files", files.join(", ")],
    ["JavaScript", kb(js)],
    ["CSS", kb(css)],
    ["baseline (preact + socket.io-client runtimes)", kb(baseline)],
    ["ratio of JavaScript to baseline", `${(js / baseline).toFixed(2)}x`],
    ["target", `JavaScript within ${kb(TARGET_JS)}: ${js <= TARGET_JS ? "met" : "NOT met"}`],
  ]);
  return { js, css, baseline };
}
