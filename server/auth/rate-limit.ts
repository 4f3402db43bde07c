import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../db/client.js";
import { AppError } from "../http/errors.js";

/*
 * Rate limits are rate-limiter-flexible's, kept in the database through the Prisma client (its Prisma
 * store). Its PostgreSQL store wants a `pg` pool, which the embedded database (PGlite, one connection
 * behind Prisma's driver adapter) does not have; the Prisma store runs on the app's own client, so the
 * same code counts on both databases, and on PostgreSQL every server process shares the counts.
 */

export type Limit = { max: number; windowMs: number };

/** The limits of the forum's public doors. The per-address ones leave room for a hall sharing one address. */
export const limits = {
  registerPerAddress: { max: 60, windowMs: 60 * 60_000 },
  passwordChangesPerAccount: { max: 10, windowMs: 15 * 60_000 },
} satisfies Record<string, Limit>;

const limiters = new WeakMap<Db, Map<string, RateLimiterPrisma>>();

/** One limiter per database client and shape (rate-limiter-flexible limiters are cheap and stateless). */
export function limiterFor(db: Db, points: number, durationSeconds: number, prefix = "rl"): RateLimiterPrisma {
  let byShape = limiters.get(db);
  if (!byShape) {
    byShape = new Map();
    limiters.set(db, byShape);
  }
  const shape = `${prefix}:${points}:${durationSeconds}`;
  let limiter = byShape.get(shape);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit", // the Prisma client's name of the model
      keyPrefix: prefix,
      points,
      duration: durationSeconds,
      clearExpiredByTimeout: false, // swept by sweepRateLimits, on the app's own timer
    });
    byShape.set(shape, limiter);
  }
  return limiter;
}

/** RATE_LIMITED with the seconds to wait (sent as Retry-After). */
export function rateLimited(msBeforeNext: number): AppError {
  return new AppError("RATE_LIMITED", { retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) });
}

/**
 * Counts one attempt against `key` in a fixed window shared by every server process. Throws
 * RATE_LIMITED once `max` is passed.
 */
export async function consume(db: Db, key: string, limit: Limit): Promise<void> {
  try {
    await limiterFor(db, limit.max, Math.ceil(limit.windowMs / 1000)).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw rateLimited(error.msBeforeNext);
    throw error;
  }
}

/** Forgets a key's attempts. */
export async function clear(db: Db, key: string, limit: Limit): Promise<void> {
  await limiterFor(db, limit.max, Math.ceil(limit.windowMs / 1000)).delete(key);
}

/** Removes the counters that expired more than a minute ago (nothing else removes a made-up email's). */
export async function sweepRateLimits(db: Db): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lt: new Date(Date.now() - 60_000) } } });
  return count;
}

/** A key part that does not keep the email itself in the table of counters. */
export const hashedKey = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 22);
