import { errorMessages } from "../../common/error-messages.js";
import type { ApiError, ErrorCode, ErrorDetails, FieldIssue } from "../../common/errors.js";
import { errorStatus } from "../../common/errors.js";

/** The one error type of the server: a code from the closed set, and optional details. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details?: ErrorDetails,
    message?: string,
  ) {
    super(message ?? errorMessages.ar[code]);
    this.name = "AppError";
    this.status = errorStatus[code];
  }

  toJSON(): ApiError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** A validation failure on named fields. */
export function fieldError(code: ErrorCode, fields: FieldIssue[]): AppError {
  return new AppError(code, { fields });
}

type PrismaLikeError = {
  code?: string;
  meta?: { target?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } };
  cause?: { originalCode?: unknown };
};

/**
 * PostgreSQL's refusals of the text it was given (SQLSTATE): a byte sequence it cannot store (U+0000
 * above all), a character with no equivalent in the encoding, a text that is not a value of the type.
 */
const refusedText = new Set(["22021", "22P05", "22P02"]);

/** The SQLSTATE PostgreSQL answered, when Prisma's driver adapter passed it on. */
function sqlState(e: PrismaLikeError): unknown {
  return e?.meta?.driverAdapterError?.cause?.originalCode ?? e?.cause?.originalCode;
}

/**
 * Translates the database errors a service did not expect into AppErrors, in one place.
 * A unique violation the service did not anticipate is a CONFLICT; a missing row is NOT_FOUND; text
 * the database refuses (a NUL byte that got past validation) is the client's VALIDATION_FAILED.
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const e = error as PrismaLikeError;
  if (e?.code === "P2002") return new AppError("CONFLICT");
  if (e?.code === "P2025") return new AppError("NOT_FOUND");
  if (e?.code === "P1001" || e?.code === "P1017") return new AppError("DATABASE_UNAVAILABLE");
  if (isDatabaseUnreachable(error)) return new AppError("DATABASE_UNAVAILABLE");
  const state = sqlState(e);
  if (typeof state === "string" && refusedText.has(state)) {
    return new AppError("VALIDATION_FAILED", { fields: [{ path: "(text)", reason: "invalid_text" }] });
  }
  return undefined;
}

/** SQLSTATE classes and codes that mean the server is away or gave up, not that the request is wrong. */
const unavailableStates = /^(08|53|57P0[1-3])|^57014$/;
const unavailableErrnos = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * Whether an error (or one of its causes) says the database cannot be reached or did not answer in
 * time: a refused or reset connection, a connect or query timeout of the driver, a statement
 * cancelled by `statement_timeout`, a server shutting down. Prisma wraps these in several ways.
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
    originalCode?: unknown;
  };
  const code = typeof e.code === "string" ? e.code : typeof e.originalCode === "string" ? e.originalCode : "";
  if (unavailableErrnos.has(code) || unavailableStates.test(code)) return true;
  // The driver's own timeouts carry no code, only these messages (pg's query_timeout and connect timeout).
  const message = typeof e.message === "string" ? e.message : "";
  if (/Query read timeout|timeout exceeded when trying to connect|Connection terminated/.test(message)) return true;
  return isDatabaseUnreachable(e.cause, depth + 1) || isDatabaseUnreachable(e.meta?.driverAdapterError, depth + 1);
}

/** Whether a Prisma error is a unique violation on a constraint that involves `field`. */
export function isUniqueViolation(error: unknown, field: string): boolean {
  const e = error as PrismaLikeError;
  if (e?.code !== "P2002") return false;
  return JSON.stringify(e.meta ?? {}).includes(field);
}
