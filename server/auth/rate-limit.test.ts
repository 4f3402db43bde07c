import { RateLimiterPrisma } from "rate-limiter-flexible";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../db/client.js";
import { clear, consume, hashedKey, limiterFor } from "./rate-limit.js";

type Row = { key: string; points: number; expire: Date | null };

/**
 * A stand-in for the Prisma client's `rateLimit` model, as rate-limiter-flexible's Prisma store uses it:
 * counters kept in a map, each call recorded. `failWith` makes every call fail, as a lost database would.
 */
function fakeDb(failWith?: Error) {
  const rows = new Map<string, Row>();
  const calls: string[] = [];
  const act = <T>(name: string, result: () => T): Promise<T> => {
    calls.push(name);
    return failWith ? Promise.reject(failWith) : Promise.resolve(result());
  };
  const rateLimit = {
    deleteMany: ({ where }: { where: { key?: string } }) =>
      act("deleteMany", () => ({ count: where.key !== undefined && rows.delete(where.key) ? 1 : 0 })),
    upsert: ({ where, create }: { where: { key: string }; create: Row; update: unknown }) =>
      act("upsert", () => {
        const row = rows.get(where.key);
        const next = row ? { ...row, points: row.points + create.points } : create;
        rows.set(where.key, next);
        return next;
      }),
  };
  return { db: { rateLimit } as unknown as Db, rows, calls };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the rate limiters", () => {
  it("makes one limiter per database client and shape, and reuses it", () => {
    const { db } = fakeDb();
    const limiter = limiterFor(db, 3, 60);
    expect(limiterFor(db, 3, 60)).toBe(limiter);
    expect(limiterFor(db, 3, 60, "other")).not.toBe(limiter);
    expect(limiterFor(db, 4, 60)).not.toBe(limiter);
    expect(limiterFor(fakeDb().db, 3, 60)).not.toBe(limiter);
  });

  it("keeps the public doors' counters under their own prefix, apart from the login throttle's", async () => {
    const { db, rows } = fakeDb();
    await consume(db, "register:1.2.3.4", { max: 5, windowMs: 60_000 });
    expect([...rows.keys()]).toEqual(["rl:register:1.2.3.4"]);
  });

  it("schedules no clean-up of its own: only sweepRateLimits removes counters, on the app's timer", () => {
    vi.useFakeTimers();
    const { db, calls } = fakeDb();
    limiterFor(db, 3, 60);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60 * 60_000);
    expect(calls).toEqual([]);
  });

  it("reports a failing database as that failure, not as a rate limit with a made-up wait", async () => {
    const lost = new Error("database unreachable");
    const { db } = fakeDb(lost);
    await expect(consume(db, "register:1.2.3.4", { max: 5, windowMs: 60_000 })).rejects.toBe(lost);
  });

  it("clears a key through the limiter that counts its limit, making none anew", async () => {
    const { db, rows } = fakeDb();
    const limit = { max: 2, windowMs: 90_000 };
    await consume(db, "change:1", limit);
    const deleted = vi.spyOn(RateLimiterPrisma.prototype, "delete");
    await clear(db, "change:1", limit);
    expect(rows.size).toBe(0);
    expect(deleted.mock.contexts).toHaveLength(1);
    expect(deleted.mock.contexts[0]).toBe(limiterFor(db, 2, 90));
  });
});

describe("hashed key parts", () => {
  it("are short, URL-safe, and the same for the same text", () => {
    const key = hashedKey("someone@test.example");
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hashedKey("someone@test.example")).toBe(key);
  });

  it("tell texts apart without keeping them", () => {
    const key = hashedKey("someone@test.example");
    expect(hashedKey("other@test.example")).not.toBe(key);
    expect(key).not.toContain("someone");
  });
});
