import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler } from "express";
import { AppError } from "../http/errors.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Synchronizer-token CSRF protection: the token lives in the server-side session and must come back
 * in the `X-CSRF-Token` header of every state-changing request, login and registration included.
 */
export function csrfToken(req: Request): string {
  req.session.csrfToken ??= randomBytes(32).toString("base64url");
  return req.session.csrfToken;
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export const csrfProtection: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const sent = req.get("x-csrf-token");
  const expected = req.session?.csrfToken;
  if (!sent || !expected || !same(sent, expected)) return next(new AppError("CSRF_INVALID"));
  next();
};
