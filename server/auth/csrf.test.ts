import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { AppError } from "../http/errors.js";
import { csrfProtection, csrfToken } from "./csrf.js";

type FakeRequest = { method: string; session?: { csrfToken?: string }; headers: Record<string, string> };

const fakeRequest = (method: string, session: FakeRequest["session"], header?: string, cookie?: string): Request => {
  const headers: Record<string, string> = {};
  if (header !== undefined) headers["x-csrf-token"] = header;
  if (cookie !== undefined) headers.cookie = cookie;
  const req: FakeRequest = { method, session, headers };
  return Object.assign(req, { get: (name: string) => req.headers[name.toLowerCase()] }) as unknown as Request;
};

const protect = csrfProtection({ secret: "s".repeat(40), https: false, trustProxy: false });

/** What the middleware passed on to `next`: undefined when it let the request through. */
function outcome(req: Request): unknown {
  let passed: unknown = "next not called";
  protect(req, { locals: {} } as unknown as Response, (error?: unknown) => {
    passed = error;
  });
  return passed;
}

/** A token issued to an anonymous visitor, and the cookie it came with. */
function anonymousToken(): { token: string; cookie: string } {
  const cookies: string[] = [];
  const res = { locals: {}, cookie: (name: string, value: string) => cookies.push(`${name}=${value}`) };
  const req = Object.assign(fakeRequest("GET", undefined), { res, socket: {} }) as unknown as Request;
  protect(req, res as unknown as Response, () => {});
  const token = csrfToken(req);
  return { token, cookie: cookies[0] ?? "" };
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

  it("makes one random token per signed-in session and keeps it", () => {
    const signedIn = (session: { csrfToken?: string }) => {
      const res = { locals: {} };
      const req = Object.assign(fakeRequest("GET", session), { user: { id: "u" }, res }) as unknown as Request;
      protect(req, res as unknown as Response, () => {});
      return req;
    };
    const session: { csrfToken?: string } = {};
    const req = signedIn(session);
    const first = csrfToken(req);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(csrfToken(req)).toBe(first);
    expect(session.csrfToken).toBe(first);
    expect(csrfToken(signedIn({}))).not.toBe(first);
  });

  it("lets an anonymous visitor through with the token of their own signed cookie", () => {
    const { token, cookie } = anonymousToken();
    expect(outcome(fakeRequest("POST", undefined, token, cookie))).toBeUndefined();
  });

  it.each(["POST", "DELETE"])("refuses %s from an anonymous visitor without a matching signed cookie", (method) => {
    const mine = anonymousToken();
    const theirs = anonymousToken();
    expect((outcome(fakeRequest(method, undefined, mine.token)) as AppError).code).toBe("CSRF_INVALID");
    expect((outcome(fakeRequest(method, undefined, mine.token, theirs.cookie)) as AppError).code).toBe("CSRF_INVALID");
    const [nonce] = mine.token.split(".");
    const forged = `${nonce}.${"A".repeat(43)}`;
    expect((outcome(fakeRequest(method, undefined, forged, `tashawur.csrf=${forged}`)) as AppError).code).toBe(
      "CSRF_INVALID",
    );
  });
});
