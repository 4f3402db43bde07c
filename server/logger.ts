import { createRequire } from "node:module";
import pino from "pino";
import type { Config } from "./config.js";

export type Logger = pino.Logger;

const require = createRequire(import.meta.url);

/**
 * The log: one line of JSON per entry, secrets never in it (cookies and CSRF headers are redacted).
 * On a terminal (`pretty`, by default when stdout is one) the same entries read as lines of text:
 * time, level, message and its details.
 */
export function createLogger(
  config: Pick<Config, "logLevel">,
  options: { pretty?: boolean; destination?: NodeJS.WritableStream } = {},
): Logger {
  const destination = options.destination ?? process.stdout;
  const isTerminal = (destination as { isTTY?: boolean }).isTTY === true;
  const settings: pino.LoggerOptions = {
    level: config.logLevel,
    redact: ["req.headers.cookie", "req.headers['x-csrf-token']", 'res.headers["set-cookie"]', "password"],
  };
  if (!(options.pretty ?? isTerminal)) {
    // Lines written while a write is in flight go out together, not one system call per request;
    // pino flushes what is left when the process exits.
    return pino(settings, options.destination ?? pino.destination({ sync: false }));
  }
  // Loaded only for a terminal; synchronous, so that nothing is lost when the process exits.
  const pretty = require("pino-pretty") as typeof import("pino-pretty");
  return pino(
    settings,
    pretty.build({
      destination,
      sync: true,
      colorize: isTerminal,
      translateTime: "SYS:HH:MM:ss",
      ignore: "pid,hostname",
      singleLine: true,
    }),
  );
}
