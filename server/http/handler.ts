import { brotliCompressSync, gzipSync, constants as zlibConstants } from "node:zlib";
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from "express";
import { isReadModelValue } from "../read-models/cache.js";
import { AppError, fromDatabaseError } from "./errors.js";

/**
 * The JSON answer of each read-model value, written and encoded once: many readers, the same bytes;
 * compressed too (once per value and encoding, when first asked for), as the client's assets are.
 */
type EncodedAnswer = { identity: Buffer; br?: Buffer; gzip?: Buffer };
const answers = new WeakMap<object, EncodedAnswer>();

/** Below this, an answer is sent as it is: compressing would save less than it costs. */
export const COMPRESS_FROM_BYTES = 1024;

function answerOf(data: object): EncodedAnswer {
  let answer = answers.get(data);
  if (answer === undefined) {
    answer = { identity: Buffer.from(JSON.stringify({ data })) };
    answers.set(data, answer);
  }
  return answer;
}

/** Sends a read model's answer in the best encoding the client accepts (`Vary: Accept-Encoding`). */
function sendAnswer(req: Request, res: Response, status: number, answer: EncodedAnswer): void {
  res.status(status).type("application/json");
  if (answer.identity.length < COMPRESS_FROM_BYTES) {
    res.send(answer.identity);
    return;
  }
  res.vary("Accept-Encoding");
  const accepts = req.headers["accept-encoding"];
  const encoding = accepts ? req.acceptsEncodings("br", "gzip") : false;
  if (encoding === "br") {
    answer.br ??= brotliCompressSync(answer.identity, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: answer.identity.length,
      },
    });
    res.setHeader("Content-Encoding", "br");
    res.send(answer.br);
  } else if (encoding === "gzip") {
    answer.gzip ??= gzipSync(answer.identity);
    res.setHeader("Content-Encoding", "gzip");
    res.send(answer.gzip);
  } else {
    res.send(answer.identity);
  }
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
      else if (isReadModelValue(data)) sendAnswer(req, res, status, answerOf(data));
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
