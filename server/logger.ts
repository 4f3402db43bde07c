import pino from "pino";
import type { Config } from "./config.js";

export type Logger = pino.Logger;

/** Structured JSON logs; secrets never reach them (cookies and CSRF headers are redacted). */
export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: ["req.headers.cookie", "req.headers['x-csrf-token']", 'res.headers["set-cookie"]', "password"],
    },
    // Lines written while a write is in flight go out together, not one system call per request;
    // pino flushes what is left when the process exits.
    pino.destination({ sync: false }),
  );
}
