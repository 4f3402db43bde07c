import { describe, expect, it } from "vitest";
import { errorMessages } from "../../common/error-messages.js";
import { errorCodes, errorStatus } from "../../common/errors.js";
import { AppError, fieldError, fromDatabaseError, isDatabaseUnreachable, isUniqueViolation } from "./errors.js";

// The shape Prisma gives its known request errors (a code, and meta naming the constraint); the
// integration and PostgreSQL suites feed the same functions the errors a real database raises.
const uniqueViolation = { code: "P2002", meta: { target: ["slug"] }, message: "Unique constraint failed" };

describe("fromDatabaseError", () => {
  it("translates an unexpected unique violation to CONFLICT (409), never to a 500", () => {
    const error = fromDatabaseError(uniqueViolation);
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe("CONFLICT");
    expect(error?.status).toBe(409);
  });

  it.each([
    ["a missing row", "P2025", "NOT_FOUND", 404],
    ["an unreachable database", "P1001", "DATABASE_UNAVAILABLE", 503],
    ["a closed connection", "P1017", "DATABASE_UNAVAILABLE", 503],
  ])("translates %s (%s) to %s", (_label, code, expected, status) => {
    const error = fromDatabaseError({ code });
    expect(error?.code).toBe(expected);
    expect(error?.status).toBe(status);
  });

  it.each([
    ["another Prisma error", { code: "P2003" }],
    ["an error without a code", new Error("boom")],
    ["nothing at all", undefined],
    ["null", null],
  ])("leaves %s untranslated (it becomes INTERNAL with a request id)", (_label, error) => {
    expect(fromDatabaseError(error)).toBeUndefined();
  });
});

describe("isUniqueViolation", () => {
  it("names a unique violation on a constraint that involves the field", () => {
    expect(isUniqueViolation(uniqueViolation, "slug")).toBe(true);
    expect(isUniqueViolation({ code: "P2002", meta: { driverAdapterError: { fields: ["email"] } } }, "email")).toBe(
      true,
    );
  });

  it("is false for another field, another error, or an error without meta", () => {
    expect(isUniqueViolation(uniqueViolation, "email")).toBe(false);
    expect(isUniqueViolation({ code: "P2025", meta: { target: ["slug"] } }, "slug")).toBe(false);
    expect(isUniqueViolation({ code: "P2002" }, "slug")).toBe(false);
    expect(isUniqueViolation(undefined, "slug")).toBe(false);
  });
});

describe("AppError", () => {
  it.each(errorCodes)("%s carries the status of the one table and the Arabic message", (code) => {
    const error = new AppError(code);
    expect(error.status).toBe(errorStatus[code]);
    expect(error.message).toBe(errorMessages.ar[code]);
    expect(error.name).toBe("AppError");
    expect(error.toJSON()).toEqual({ code, message: errorMessages.ar[code] });
  });

  it("answers with its details and a message of its own when given", () => {
    const error = new AppError("RATE_LIMITED", { retryAfterSeconds: 3 }, "slow down");
    expect(error.toJSON()).toEqual({ code: "RATE_LIMITED", message: "slow down", details: { retryAfterSeconds: 3 } });
  });

  it("puts field issues in details.fields", () => {
    const error = fieldError("VALIDATION_FAILED", [{ path: "email", reason: "invalid" }]);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual({ fields: [{ path: "email", reason: "invalid" }] });
  });
});

// PostgreSQL's SQLSTATE as Prisma's driver adapter passes it on: under meta.driverAdapterError, or on the
// cause of the error it rethrows.
const adapterState = (originalCode: unknown) => ({
  code: "P2010",
  meta: { driverAdapterError: { cause: { originalCode } } },
});
const causeState = (originalCode: unknown) => ({ code: "P2010", cause: { originalCode } });

describe("fromDatabaseError: text the database refuses is the client's VALIDATION_FAILED", () => {
  const invalidText = { fields: [{ path: "(text)", reason: "invalid_text" }] };

  it.each([
    ["a byte sequence it cannot store (U+0000)", "22021"],
    ["a character with no equivalent in the encoding", "22P05"],
    ["a text that is not a value of the type", "22P02"],
  ])("%s (%s), wherever the adapter put the SQLSTATE", (_label, state) => {
    for (const error of [adapterState(state), causeState(state)]) {
      const translated = fromDatabaseError(error);
      expect(translated?.code).toBe("VALIDATION_FAILED");
      expect(translated?.status).toBe(400);
      expect(translated?.details).toEqual(invalidText);
    }
  });

  it("reads the cause's SQLSTATE when the adapter's error is there without one", () => {
    expect(fromDatabaseError({ meta: { driverAdapterError: {} }, cause: { originalCode: "22021" } })?.code).toBe(
      "VALIDATION_FAILED",
    );
    expect(fromDatabaseError({ meta: { target: ["slug"] }, cause: { originalCode: "22P02" } })?.code).toBe(
      "VALIDATION_FAILED",
    );
  });

  it.each([
    ["another SQLSTATE (a foreign key violation)", adapterState("23503")],
    ["another SQLSTATE on the cause", causeState("23503")],
    ["a SQLSTATE that is not a string", adapterState(22021)],
  ])("leaves %s untranslated", (_label, error) => {
    expect(fromDatabaseError(error)).toBeUndefined();
  });

  it("answers DATABASE_UNAVAILABLE (503) for a database that cannot be reached, however Prisma wraps it", () => {
    for (const error of [
      { code: "ECONNREFUSED" },
      adapterState("57P01"),
      { cause: new Error("Connection terminated") },
    ]) {
      const translated = fromDatabaseError(error);
      expect(translated?.code).toBe("DATABASE_UNAVAILABLE");
      expect(translated?.status).toBe(503);
    }
  });
});

describe("isDatabaseUnreachable: away or gave up, not a wrong request", () => {
  it.each(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"])(
    "the socket error %s",
    (code) => {
      expect(isDatabaseUnreachable(Object.assign(new Error("connect failed"), { code }))).toBe(true);
    },
  );

  it.each([
    ["08006", "a connection failure (class 08)"],
    ["08001", "a connection that could not be established (class 08)"],
    ["53300", "too many connections (class 53)"],
    ["53100", "a full disk (class 53)"],
    ["57P01", "an administrator's shutdown"],
    ["57P02", "a crash shutdown"],
    ["57P03", "a server that cannot connect now"],
    ["57014", "a statement cancelled by statement_timeout"],
  ])("the SQLSTATE %s: %s", (state) => {
    expect(isDatabaseUnreachable({ code: state })).toBe(true);
    expect(isDatabaseUnreachable({ originalCode: state })).toBe(true);
  });

  it.each([
    ["23505", "a unique violation"],
    ["22008", "a datetime overflow (08 inside the code, not its class)"],
    ["57P04", "a database dropped (57P0 beyond the shutdowns)"],
    ["57P00", "57P0 below the shutdowns"],
    ["570140", "a longer code that starts with 57014"],
    ["P57014", "a longer code that ends with 57014"],
    ["P2002", "a Prisma code"],
  ])("not the SQLSTATE %s: %s", (state) => {
    expect(isDatabaseUnreachable({ code: state })).toBe(false);
    expect(isDatabaseUnreachable({ originalCode: state })).toBe(false);
  });

  it("reads the code before originalCode, and only codes that are strings", () => {
    expect(isDatabaseUnreachable({ code: "P2010", originalCode: "08006" })).toBe(false);
    expect(isDatabaseUnreachable({ code: 53300 })).toBe(false);
    expect(isDatabaseUnreachable({ originalCode: 57014 })).toBe(false);
    expect(isDatabaseUnreachable({ code: 53300, originalCode: "53300" })).toBe(true);
  });

  it.each(["Query read timeout", "timeout exceeded when trying to connect", "Connection terminated unexpectedly"])(
    "the driver's own timeout, which has only a message: %s",
    (message) => {
      expect(isDatabaseUnreachable(new Error(message))).toBe(true);
    },
  );

  it("reads only a message that is a string, and no other message", () => {
    expect(isDatabaseUnreachable(new Error("syntax error at or near"))).toBe(false);
    expect(isDatabaseUnreachable({ message: { toString: () => "Connection terminated" } })).toBe(false);
    expect(isDatabaseUnreachable({ message: ["Query read timeout"] })).toBe(false);
  });

  it("follows the causes and the driver adapter's error Prisma wraps it in", () => {
    expect(isDatabaseUnreachable(new Error("wrapped", { cause: { code: "ECONNRESET" } }))).toBe(true);
    expect(isDatabaseUnreachable({ code: "P2010", meta: { driverAdapterError: { originalCode: "57014" } } })).toBe(
      true,
    );
    expect(
      isDatabaseUnreachable({
        code: "P2010",
        cause: new Error("a wrong request"),
        meta: { driverAdapterError: { cause: { originalCode: "08006" } } },
      }),
    ).toBe(true);
    expect(isDatabaseUnreachable({ code: "P2010", cause: { code: "23505" }, meta: {} })).toBe(false);
  });

  it("follows a chain of causes five deep and no further, so a cycle ends", () => {
    const nested = (depth: number, via: (inner: object) => object) => {
      let error: object = { code: "ECONNREFUSED" };
      for (let i = 0; i < depth; i++) error = via(error);
      return error;
    };
    const viaCause = (cause: object) => ({ cause });
    const viaAdapter = (inner: object) => ({ meta: { driverAdapterError: inner } });
    expect(isDatabaseUnreachable(nested(5, viaCause))).toBe(true);
    expect(isDatabaseUnreachable(nested(6, viaCause))).toBe(false);
    expect(isDatabaseUnreachable(nested(5, viaAdapter))).toBe(true);
    expect(isDatabaseUnreachable(nested(6, viaAdapter))).toBe(false);

    const cycle: { message: string; cause?: unknown; meta?: { driverAdapterError?: unknown } } = { message: "loop" };
    cycle.cause = cycle;
    cycle.meta = { driverAdapterError: cycle };
    expect(isDatabaseUnreachable(cycle)).toBe(false);
  });

  it.each([
    ["nothing", undefined],
    ["null", null],
    ["a string", "ECONNREFUSED"],
    ["a function with a code", Object.assign(() => {}, { code: "ECONNREFUSED" })],
  ])("reads only an object as an error, not %s", (_label, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
