import type { z } from "zod";
import type { Ack } from "../../common/realtime.js";
import type { PrismaSessionStore } from "../auth/session-store.js";
import { AppError, fromDatabaseError } from "../http/errors.js";
import { parseInput } from "../http/validate.js";
import type { Logger } from "../logger.js";
import { admit, socketLimitsOf } from "./rate.js";
import type { SocketData } from "./server.js";

type AnySocket = { data: SocketData; disconnect(close?: boolean): unknown };

/**
 * The one wrapper every client -> server event goes through: take a token from the socket's and the
 * account's buckets (RATE_LIMITED otherwise, and a socket that keeps flooding is disconnected), re-check
 * that the session is still live, parse the payload with Zod, run the handler, answer `{ ok, data }` or
 * `{ ok: false, error }`.
 */
export function handler<S extends z.ZodType, T>(
  deps: { store: PrismaSessionStore; log: Logger },
  socket: AnySocket,
  schema: S,
  run: (input: z.infer<S>, data: SocketData) => Promise<T>,
) {
  return async (payload: unknown, ack?: (answer: Ack<T>) => void) => {
    const reply = typeof ack === "function" ? ack : () => {};
    const verdict = admit(socketLimitsOf(socket));
    if (verdict !== "ok") {
      reply({ ok: false, error: new AppError("RATE_LIMITED", { retryAfterSeconds: 1 }).toJSON() });
      if (verdict === "disconnect") socket.disconnect(true);
      return;
    }
    try {
      if (!(await deps.store.isLive(socket.data.sessionId))) {
        reply({ ok: false, error: new AppError("UNAUTHENTICATED").toJSON() });
        socket.disconnect(true);
        return;
      }
      const input = parseInput(schema, payload ?? {});
      reply({ ok: true, data: await run(input, socket.data) });
    } catch (error) {
      const known = error instanceof AppError ? error : fromDatabaseError(error);
      if (!known) deps.log.error({ err: error }, "socket handler failed");
      reply({ ok: false, error: (known ?? new AppError("INTERNAL")).toJSON() });
    }
  };
}
