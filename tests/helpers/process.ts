import { type ChildProcess, spawn } from "node:child_process";
import { freePort } from "../../bench/lib.js";
import { repoRoot } from "./paths.js";

/** A real process of this repository, with everything it printed. */
export type Spawned = {
  child: ChildProcess;
  output: () => string;
  /** The exit code, or the signal's name when a signal ended it. */
  exited: Promise<number | string | null>;
  /** Waits until `text` appears in the output (or the process ends first). */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
};

/** Runs a TypeScript entry point of the repository (`server/main.ts`, `scripts/db.ts` ...) as `npm` would. */
export function spawnTs(entry: string, args: string[], env: Record<string, string>, input?: string): Spawned {
  const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  if (input !== undefined) child.stdin?.end(input);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | string | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal)),
  );
  return {
    child,
    output: () => output,
    exited,
    async waitFor(text, timeoutMs = 60_000) {
      const found = () => (typeof text === "string" ? output.includes(text) : text.test(output));
      for (let waited = 0; waited < timeoutMs; waited += 20) {
        if (found()) return;
        if (child.exitCode !== null || child.signalCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (!found()) throw new Error(`no ${String(text)} in the output:\n${output}`);
    },
  };
}

/** Starts the server (from TypeScript) on a free port of 127.0.0.1 and waits until it is healthy. */
export async function spawnServer(env: Record<string, string>): Promise<Spawned & { url: string }> {
  const port = await freePort();
  const server = spawnTs("server/main.ts", [], { PORT: String(port), HOST: "127.0.0.1", ...env });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 900; i++) {
    if (server.child.exitCode !== null) throw new Error(`server exited: ${server.output()}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { ...server, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.child.kill("SIGKILL");
  throw new Error(`server not healthy: ${server.output()}`);
}
