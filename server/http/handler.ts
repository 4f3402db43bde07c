import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from "express";
import { isReadModelValue } from "../read-models/cache.js";
import { AppError, fromDatabaseError } from "./errors.js";

/** The JSON answer of each read-model value, written and encoded once: many readers, the same bytes. */
const answers = new WeakMap<object, Buffer>();

function answerOf(data: object): Buffer {
  let body = answers.get(data);
  if (body === undefined) {
    body = Buffer.from(JSON.stringify({ data }));
    answers.set(data, body);
  }
  return body;
}

/** An answer whose whole JSON text (`{"data":...}`) is already written: sent as it is. */
export class JsonAnswer {
  constructor(readonly text: string) {}
}

/** Wraps a route so that its answer is `{ data }` and a thrown error reaches the error handler. */
export function route<T>(fn: (req: Request, res: Response) => Promise<T> | T, status = 200): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const data = await fn(req, res);
      if (res.headersSent) return;
      if (data instanceof JsonAnswer) res.status(status).type("application/json").send(data.text);
      else if (isReadModelValue(data)) res.status(status).type("application/json").send(answerOf(data));
      else res.status(status).json({ data });
    } catch (error) {
      next(error);
    }
  };
}

/** Body-parser failures carry a `type`; they are the client's fault, never a 5xx. */
function fromParserError(error: { type?: string; status?: number }): AppError | undefined {
  if (error.type === "entity.parse.failed") return new AppError("MALFORMED_JSON");
  if (error.type === "entity.too.large") return new AppError("PAYLOAD_TOO_LARGE");
  if (error.type === "encoding.unsupported" || error.type === "charset.unsupported") {
    return new AppError("UNSUPPORTED_MEDIA_TYPE");
  }
  if (typeof error.status === "number" && error.status >= 400 && error.status < 500) {
    return new AppError("VALIDATION_FAILED");
  }
  return undefined;
}

/** The last middleware: every error becomes `{ error: { code, message, details } }`. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const known =
    error instanceof AppError ? error : (fromDatabaseError(error) ?? fromParserError(error as { type?: string }));
  const appError = known ?? new AppError("INTERNAL", { requestId: String(req.id) });
  if (!known) req.log.error({ err: error, requestId: req.id }, "unexpected error");
  else if (appError.status >= 500) req.log.warn({ err: error, code: appError.code }, "request failed");
  if (res.headersSent) return;
  if (appError.code === "RATE_LIMITED" && appError.details?.retryAfterSeconds) {
    res.setHeader("Retry-After", String(appError.details.retryAfterSeconds));
  }
  res.status(appError.status).json({ error: appError.toJSON() });
};

/** Unknown `/api` paths answer NOT_FOUND in the API's shape. */
export const apiNotFound: RequestHandler = (_req, _res, next) => next(new AppError("NOT_FOUND"));
