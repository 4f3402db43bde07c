import type { Db } from "../db/client.js";
import { AppError } from "../http/errors.js";

export type Limit = { max: number; windowMs: number };

/**
 * The limits of the forum's public doors (ASVS 6.3.1: per account and per address). The per-address
 * limits leave room for a training day or an assembly where a whole hall shares one address.
 */
export const limits = {
  loginPerAccount: { max: 10, windowMs: 15 * 60_000 },
  loginPerAddress: { max: 200, windowMs: 15 * 60_000 },
  registerPerAddress: { max: 60, windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;

/**
 * Counts one attempt against `key` in a fixed window, atomically in the database so that every
 * server process shares the count. Throws RATE_LIMITED once `max` is passed.
 */
export async function consume(db: Db, key: string, limit: Limit): Promise<void> {
  // The wait is computed by the database, on its own clock and in UTC: a timestamp read back into
  // JavaScript without its zone was an hour off under Africa/Casablanca.
  const rows = await db.$queryRaw<{ count: number; retry_after_seconds: number }[]>`
    INSERT INTO rate_limit_buckets (key, count, reset_at)
    VALUES (${key}, 1, now() + ${limit.windowMs} * interval '1 millisecond')
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets.reset_at <= now() THEN 1 ELSE rate_limit_buckets.count + 1 END,
      reset_at = CASE WHEN rate_limit_buckets.reset_at <= now() THEN EXCLUDED.reset_at ELSE rate_limit_buckets.reset_at END
    RETURNING count, GREATEST(1, ceil(extract(epoch FROM reset_at - now())))::int AS retry_after_seconds`;
  const row = rows[0];
  if (row && row.count > limit.max) {
    throw new AppError("RATE_LIMITED", { retryAfterSeconds: Number(row.retry_after_seconds) });
  }
}

/** Forgets a key's attempts (after a successful login). */
export async function clear(db: Db, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
