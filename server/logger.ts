import pino from "pino";
import type { Config } from "./config.js";

export type Logger = pino.Logger;

/** Structured JSON logs; secrets never reach them (cookies and CSRF headers are redacted). */
export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino({
    level: config.logLevel,
    redact: ["req.headers.cookie", "req.headers['x-csrf-token']", 'res.headers["set-cookie"]', "password"],
  });
}
