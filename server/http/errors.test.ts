import { describe, expect, it } from "vitest";
import { errorMessages } from "../../common/error-messages.js";
import { errorCodes, errorStatus } from "../../common/errors.js";
import { AppError, fieldError, fromDatabaseError, isUniqueViolation } from "./errors.js";

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
