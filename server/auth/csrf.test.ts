import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { AppError } from "../http/errors.js";
import { csrfProtection, csrfToken } from "./csrf.js";

type FakeRequest = { method: string; session?: { csrfToken?: string }; headers: Record<string, string> };

const fakeRequest = (method: string, session: FakeRequest["session"], header?: string): Request => {
  const req: FakeRequest = { method, session, headers: header === undefined ? {} : { "x-csrf-token": header } };
  return Object.assign(req, { get: (name: string) => req.headers[name.toLowerCase()] }) as unknown as Request;
};

/** What the middleware passed on to `next`: undefined when it let the request through. */
function outcome(req: Request): unknown {
  let passed: unknown = "next not called";
  csrfProtection(req, {} as Response, (error?: unknown) => {
    passed = error;
  });
  return passed;
}

const TOKEN = "a".repeat(43);

describe("CSRF protection", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE"])("refuses %s without a token", (method) => {
    const error = outcome(fakeRequest(method, { csrfToken: TOKEN }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CSRF_INVALID");
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("refuses %s with another session's token", (method) => {
    expect((outcome(fakeRequest(method, { csrfToken: TOKEN }, "b".repeat(43))) as AppError).code).toBe("CSRF_INVALID");
  });

  it("refuses a token that is a prefix of the right one", () => {
    expect((outcome(fakeRequest("POST", { csrfToken: TOKEN }, TOKEN.slice(1))) as AppError).code).toBe("CSRF_INVALID");
  });

  it("refuses a token when the session has none (a session made elsewhere)", () => {
    expect((outcome(fakeRequest("POST", {}, TOKEN)) as AppError).code).toBe("CSRF_INVALID");
    expect((outcome(fakeRequest("POST", undefined, TOKEN)) as AppError).code).toBe("CSRF_INVALID");
  });

  it("refuses an empty token against an empty session token", () => {
    expect((outcome(fakeRequest("POST", { csrfToken: "" }, "")) as AppError).code).toBe("CSRF_INVALID");
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("lets %s through with the session's token", (method) => {
    expect(outcome(fakeRequest(method, { csrfToken: TOKEN }, TOKEN))).toBeUndefined();
  });

  it.each(["GET", "HEAD", "OPTIONS"])("lets the safe method %s through without a token", (method) => {
    expect(outcome(fakeRequest(method, {}))).toBeUndefined();
  });

  it("makes one random token per session and keeps it", () => {
    const session: { csrfToken?: string } = {};
    const req = { session } as unknown as Request;
    const first = csrfToken(req);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(csrfToken(req)).toBe(first);
    expect(session.csrfToken).toBe(first);
    expect(csrfToken({ session: {} } as unknown as Request)).not.toBe(first);
  });
});
