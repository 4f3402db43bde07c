import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { CookieOptions, Request, RequestHandler } from "express";
import { AppError } from "../http/errors.js";
import { cameOverTls } from "../http/tls.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const COOKIE_DAYS = 14;

/**
 * CSRF protection of every state-changing request, login and registration included; the token comes
 * back in the `X-CSRF-Token` header. A signed-in visitor's token lives in their server-side session
 * (synchronizer token). An anonymous visitor has no stored session at all: their token is a signed
 * double-submit cookie (a random value and its HMAC under the server's secret), so that reading a
 * page or asking for a token never writes a row.
 */
export type CsrfOptions = {
  secret: string;
  /** `true` behind a public HTTPS address (then the cookie is `__Host-` prefixed), else per request. */
  https: boolean;
  /** Whether a proxy's `X-Forwarded-Proto` is believed (TRUST_PROXY). */
  trustProxy: boolean;
};

type CsrfIssuer = { token(req: Request): string };

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** The token a request must send back: the session's when it has one, else the anonymous cookie's. */
export function csrfToken(req: Request): string {
  const issuer = req.res?.locals.csrf as CsrfIssuer | undefined;
  if (!issuer) throw new Error("csrfToken needs the csrfProtection middleware");
  return issuer.token(req);
}

/** Stored sessions keep their token; a visitor without one gets a signed cookie instead. */
const hasStoredToken = (req: Request) => !!req.user || !!req.session?.csrfToken;

export function csrfProtection(options: CsrfOptions): RequestHandler {
  const cookieName = options.https ? "__Host-tashawur.csrf" : "tashawur.csrf";
  const sign = (nonce: string) => createHmac("sha256", options.secret).update(`csrf:${nonce}`).digest("base64url");
  const valid = (token: string | undefined): token is string => {
    if (!token) return false;
    const [nonce, mac, ...rest] = token.split(".");
    return !!nonce && !!mac && rest.length === 0 && same(mac, sign(nonce));
  };
  const cookieOptions = (req: Request): CookieOptions => ({
    httpOnly: true,
    sameSite: "lax",
    secure: options.https || cameOverTls(req, options.trustProxy),
    path: "/",
    maxAge: COOKIE_DAYS * 24 * 60 * 60 * 1000,
  });
  const issuer: CsrfIssuer = {
    token(req) {
      if (hasStoredToken(req)) {
        req.session.csrfToken ??= randomBytes(32).toString("base64url");
        return req.session.csrfToken;
      }
      const existing = readCookie(req, cookieName);
      if (valid(existing)) return existing;
      const nonce = randomBytes(32).toString("base64url");
      const token = `${nonce}.${sign(nonce)}`;
      // Stryker disable next-line OptionalChaining: the issuer is only reached through csrfToken, which found it in req.res.locals, so req.res is there.
      req.res?.cookie(cookieName, token, cookieOptions(req));
      return token;
    },
  };

  return (req, res, next) => {
    res.locals.csrf = issuer;
    if (SAFE_METHODS.has(req.method)) return next();
    const sent = req.get("x-csrf-token");
    const stored = req.session?.csrfToken;
    const ok = stored
      ? !!sent && same(sent, stored)
      : // Stryker disable next-line StringLiteral: a missing cookie must compare unequal; `sent` passed valid() so has a dot, and no dotless stand-in can equal it.
        !!sent && valid(sent) && same(sent, readCookie(req, cookieName) ?? "");
    if (!ok) return next(new AppError("CSRF_INVALID"));
    next();
  };
}
