import type { Request, RequestHandler } from "express";
import type { Role } from "../../common/api.js";
import { AppError } from "../http/errors.js";
import type { SessionUser } from "./types.js";

/** The logged-in user, or UNAUTHENTICATED. */
export function actorOf(req: Request): SessionUser {
  if (!req.user) throw new AppError("UNAUTHENTICATED");
  return req.user;
}

export const requireUser: RequestHandler = (req, _res, next) => {
  next(req.user ? undefined : new AppError("UNAUTHENTICATED"));
};

/** Lets through users with one of the platform roles given. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.user) return next(new AppError("UNAUTHENTICATED"));
    next(roles.includes(req.user.role) ? undefined : new AppError("FORBIDDEN"));
  };
}
