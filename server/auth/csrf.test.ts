import { createHmac } from "node:crypto";
import type { CookieOptions, Request, Response } from "express";
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

type Issued = { name: string; value: string; options: CookieOptions };

/** What an anonymous visitor is handed: the token, and every cookie set while handing it. */
function issue(
  options: { https?: boolean; trustProxy?: boolean; secret?: string },
  visitor: { cookie?: string; encrypted?: boolean; forwardedProto?: string } = {},
): { token: string; cookies: Issued[] } {
  const cookies: Issued[] = [];
  const res = {
    locals: {},
    cookie: (name: string, value: string, cookieOptions: CookieOptions) =>
      cookies.push({ name, value, options: cookieOptions }),
  };
  const req = Object.assign(fakeRequest("GET", undefined, undefined, visitor.cookie), {
    res,
    socket: { encrypted: visitor.encrypted },
  }) as unknown as Request;
  if (visitor.forwardedProto !== undefined) req.headers["x-forwarded-proto"] = visitor.forwardedProto;
  const middleware = csrfProtection({
    secret: options.secret ?? "s".repeat(40),
    https: options.https ?? false,
    trustProxy: options.trustProxy ?? false,
  });
  middleware(req, res as unknown as Response, () => {});
  return { token: csrfToken(req), cookies };
}

const refused = (req: Request) => (outcome(req) as AppError | undefined)?.code === "CSRF_INVALID";

describe("CSRF token issuing", () => {
  it("needs the middleware before a token can be asked for", () => {
    const bare = fakeRequest("GET", undefined);
    expect(() => csrfToken(bare)).toThrow("csrfToken needs the csrfProtection middleware");
    const withoutIssuer = Object.assign(fakeRequest("GET", undefined), { res: { locals: {} } }) as unknown as Request;
    expect(() => csrfToken(withoutIssuer)).toThrow("csrfToken needs the csrfProtection middleware");
  });

  it("signs the cookie as HMAC-SHA256 of `csrf:<nonce>` under the server secret, base64url", () => {
    const secret = "t".repeat(40);
    const { token, cookies } = issue({ secret });
    const [nonce, mac] = token.split(".");
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mac).toBe(createHmac("sha256", secret).update(`csrf:${nonce}`).digest("base64url"));
    expect(cookies).toEqual([expect.objectContaining({ name: "tashawur.csrf", value: token })]);
  });

  it("hands an anonymous visitor back the token of their valid cookie, without setting a new one", () => {
    const first = issue({});
    const again = issue({}, { cookie: `tashawur.csrf=${first.token}` });
    expect(again.token).toBe(first.token);
    expect(again.cookies).toEqual([]);
  });

  it("replaces a cookie that does not carry a valid signature", () => {
    const first = issue({});
    const [nonce] = first.token.split(".");
    const again = issue({}, { cookie: `tashawur.csrf=${nonce}.${"A".repeat(43)}` });
    expect(again.token).not.toBe(first.token);
    expect(again.cookies).toHaveLength(1);
  });

  it("names the cookie __Host-tashawur.csrf behind a public HTTPS address, tashawur.csrf otherwise", () => {
    expect(issue({ https: true }).cookies.map((cookie) => cookie.name)).toEqual(["__Host-tashawur.csrf"]);
    expect(issue({ https: false }).cookies.map((cookie) => cookie.name)).toEqual(["tashawur.csrf"]);
  });

  it("sets the cookie httpOnly, SameSite=Lax, for the whole site, for 14 days", () => {
    const [cookie] = issue({}).cookies;
    expect(cookie?.options).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
      maxAge: 14 * 24 * 60 * 60 * 1000,
    });
  });

  it.each([
    {
      rule: "public HTTPS address, plain connection",
      https: true,
      trustProxy: false,
      encrypted: false,
      proto: undefined,
      secure: true,
    },
    {
      rule: "public HTTPS address, TLS connection",
      https: true,
      trustProxy: false,
      encrypted: true,
      proto: undefined,
      secure: true,
    },
    {
      rule: "no HTTPS address, TLS connection",
      https: false,
      trustProxy: false,
      encrypted: true,
      proto: undefined,
      secure: true,
    },
    {
      rule: "no HTTPS address, plain connection",
      https: false,
      trustProxy: false,
      encrypted: false,
      proto: undefined,
      secure: false,
    },
    {
      rule: "trusted proxy says https",
      https: false,
      trustProxy: true,
      encrypted: false,
      proto: "https",
      secure: true,
    },
    {
      rule: "untrusted proxy says https",
      https: false,
      trustProxy: false,
      encrypted: false,
      proto: "https",
      secure: false,
    },
  ])(
    "marks the cookie Secure exactly when the visitor came over TLS: $rule",
    ({ https, trustProxy, encrypted, proto, secure }) => {
      const [cookie] = issue({ https, trustProxy }, { encrypted, forwardedProto: proto }).cookies;
      expect(cookie?.options.secure).toBe(secure);
    },
  );
});

describe("CSRF signed cookie checks", () => {
  const post = (token: string, cookie: string) => fakeRequest("POST", undefined, token, cookie);

  it("binds the signature to its nonce: another token's signature does not carry over", () => {
    const [nonce] = anonymousToken().token.split(".");
    const [, mac] = anonymousToken().token.split(".");
    const spliced = `${nonce}.${mac}`;
    expect(refused(post(spliced, `tashawur.csrf=${spliced}`))).toBe(true);
  });

  it.each([
    { rule: "an extra dot-separated part", change: (token: string) => `${token}.extra` },
    { rule: "no signature", change: (token: string) => token.split(".")[0] ?? "" },
    { rule: "an empty nonce", change: (token: string) => `.${token.split(".")[1]}` },
    { rule: "an empty signature", change: (token: string) => `${token.split(".")[0]}.` },
  ])("refuses a token with $rule even when the cookie holds the same", ({ change }) => {
    const token = change(anonymousToken().token);
    expect(refused(post(token, `tashawur.csrf=${token}`))).toBe(true);
  });

  it("refuses an anonymous visitor's token when the cookie is missing altogether", () => {
    const { token } = anonymousToken();
    expect(refused(fakeRequest("POST", undefined, token))).toBe(true);
    expect(refused(fakeRequest("POST", undefined, token, "other=1"))).toBe(true);
  });
});

describe("CSRF cookie reading (the Cookie header, RFC 6265)", () => {
  it.each([
    {
      rule: "the cookie among others, after the separator's space",
      cookie: (t: string) => `other=x; tashawur.csrf=${t}`,
    },
    { rule: "the cookie before others", cookie: (t: string) => `tashawur.csrf=${t}; other=x` },
    { rule: "spaces around the name and the value", cookie: (t: string) => `other=x;  tashawur.csrf = ${t} ;a=b` },
    {
      rule: "a valueless part before it that looks like the name",
      cookie: (t: string) => `tashawur.csrfX; tashawur.csrf=${t}`,
    },
    { rule: "a part with an empty name before it", cookie: (t: string) => `=junk; tashawur.csrf=${t}` },
  ])("finds the signed cookie by its exact name: $rule", ({ cookie }) => {
    const { token } = anonymousToken();
    expect(outcome(fakeRequest("POST", undefined, token, cookie(token)))).toBeUndefined();
  });

  it.each([
    { rule: "another cookie's value", cookie: (t: string) => `other=${t}` },
    { rule: "a cookie whose name only ends with the name", cookie: (t: string) => `x-tashawur.csrf=${t}` },
    { rule: "a cookie whose name only starts with the name", cookie: (t: string) => `tashawur.csrf2=${t}` },
    { rule: "the __Host- cookie when the plain one is expected", cookie: (t: string) => `__Host-tashawur.csrf=${t}` },
  ])("does not take $rule for the signed cookie", ({ cookie }) => {
    const { token } = anonymousToken();
    expect(refused(fakeRequest("POST", undefined, token, cookie(token)))).toBe(true);
  });
});
