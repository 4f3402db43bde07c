import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoginThrottle } from "../../server/auth/login-throttle.js";
import { clear, consume, limits, sweepRateLimits } from "../../server/auth/rate-limit.js";
import type { Database } from "../../server/db/adapters.js";
import { createPrisma, type Db } from "../../server/db/client.js";
import { openTestEmbedded } from "../helpers/db.js";

/** Moves the end of the matching counters' windows to the past, as time passing would. */
const expire = (db: Db, keyPart: string) =>
  db.rateLimit.updateMany({ where: { key: { contains: keyPart } }, data: { expire: new Date(Date.now() - 1) } });

describe("rate limits kept in the database (rate-limiter-flexible's Prisma store)", () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await openTestEmbedded();
    db = createPrisma(database);
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.close();
  });

  it("lets `max` attempts through in a window, refuses the next with a retry delay, and opens again after it", async () => {
    const limit = { max: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i++) await consume(db, "test:window", limit);
    const refused = await consume(db, "test:window", limit).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "RATE_LIMITED" });
    expect((refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await expire(db, "test:window");
    await expect(consume(db, "test:window", limit)).resolves.toBeUndefined();
  });

  it("counts keys apart, and forgets a key once cleared", async () => {
    const limit = { max: 1, windowMs: 60_000 };
    await consume(db, "test:a", limit);
    await consume(db, "test:b", limit);
    await expect(consume(db, "test:a", limit)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await clear(db, "test:a", limit);
    await expect(consume(db, "test:a", limit)).resolves.toBeUndefined();
    // Clearing one key leaves the others counted.
    await expect(consume(db, "test:b", limit)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("tells how long to wait: the rest of the window, in whole seconds", async () => {
    const limit = { max: 1, windowMs: 60_000 };
    await consume(db, "test:retry", limit);
    const refused = (await consume(db, "test:retry", limit).catch((error: unknown) => error)) as {
      details: { retryAfterSeconds: number };
    };
    expect(refused.details.retryAfterSeconds).toBeGreaterThan(50);
    expect(refused.details.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("counts each door's attempts over minutes, not milliseconds", () => {
    for (const limit of Object.values(limits)) expect(limit.windowMs).toBeGreaterThanOrEqual(60_000);
  });

  it("sweeps expired counters, so made-up emails leave no rows behind", async () => {
    await consume(db, "test:sweep", { max: 5, windowMs: 1000 });
    await db.rateLimit.updateMany({ where: { key: { endsWith: "test:sweep" } }, data: { expire: new Date(0) } });
    expect(await sweepRateLimits(db)).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimit.count({ where: { key: { endsWith: "test:sweep" } } })).toBe(0);
  });

  it("sweeps only counters that expired more than a minute ago, leaving live and just-expired ones", async () => {
    const now = Date.now();
    const rows = [
      { key: "sweep-rule:long-gone", expire: new Date(now - 5 * 60_000) },
      { key: "sweep-rule:just-expired", expire: new Date(now - 30_000) },
      { key: "sweep-rule:ends-soon", expire: new Date(now + 30_000) },
      { key: "sweep-rule:live", expire: new Date(now + 60 * 60_000) },
    ];
    await db.rateLimit.createMany({ data: rows.map((row) => ({ ...row, points: 1 })) });
    expect(await sweepRateLimits(db)).toBeGreaterThanOrEqual(1);
    const left = await db.rateLimit.findMany({
      where: { key: { startsWith: "sweep-rule:" } },
      orderBy: { key: "asc" },
    });
    expect(left.map((row) => row.key)).toEqual(["sweep-rule:ends-soon", "sweep-rule:just-expired", "sweep-rule:live"]);
  });

  it("leaves room for a hall of people sharing one address", () => {
    expect(limits.registerPerAddress.max).toBeGreaterThanOrEqual(50);
  });
});

describe("the login throttle (per account and address)", () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await openTestEmbedded();
    db = createPrisma(database);
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.close();
  });

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: { code: string; details: { retryAfterSeconds: number } }) => error,
    );

  it("makes a pair wait longer after each failure past the free ones, then forgets it", async () => {
    const throttle = createLoginThrottle(db, { freeFailuresPerPair: 2, firstDelaySeconds: 30, maxDelaySeconds: 3600 });
    const email = "wait@test.example";
    for (let i = 0; i < 2; i++) {
      await throttle.check(email, "a");
      await throttle.failed(email, "a");
    }
    await expect(throttle.check(email, "a")).resolves.toBeUndefined();
    await throttle.failed(email, "a"); // the third: one over, waits 30 s
    const first = await refusal(throttle.check(email, "a"));
    expect(first).toMatchObject({ code: "RATE_LIMITED" });
    expect(first?.details.retryAfterSeconds).toBeGreaterThan(15);
    expect(first?.details.retryAfterSeconds).toBeLessThanOrEqual(30);
    await expire(db, "login-delay-pair");
    await throttle.check(email, "a");
    await throttle.failed(email, "a"); // the fourth: twice as long
    const second = await refusal(throttle.check(email, "a"));
    expect(second?.details.retryAfterSeconds).toBeGreaterThan(30);
    expect(second?.details.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another address is not slowed by this pair's failures.
    await expect(throttle.check(email, "b")).resolves.toBeUndefined();
    await throttle.succeeded(email, "a");
    await expect(throttle.check(email, "a")).resolves.toBeUndefined();
  });

  it("keys on the normalised email: case and spaces do not reset the count", async () => {
    const throttle = createLoginThrottle(db, { freeFailuresPerPair: 2, firstDelaySeconds: 30 });
    for (const typed of ["Case@Test.Example", " case@test.example", "CASE@TEST.EXAMPLE"]) {
      await throttle.failed(typed, "c");
    }
    expect(await refusal(throttle.check("case@test.example", "c"))).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("gives one free failure per address once an account fails from many addresses", async () => {
    const throttle = createLoginThrottle(db, { accountUnderAttack: 3, firstDelaySeconds: 30 });
    const email = "target@test.example";
    for (const address of ["d1", "d2", "d3"]) await throttle.failed(email, address);
    await expect(throttle.check(email, "d4")).resolves.toBeUndefined();
    await throttle.failed(email, "d4"); // under attack: one free failure, the next waits
    await expect(throttle.check(email, "d4")).resolves.toBeUndefined();
    await throttle.failed(email, "d4");
    expect(await refusal(throttle.check(email, "d4"))).toMatchObject({ code: "RATE_LIMITED" });
    // An address that has not failed still gets in with the right password.
    await expect(throttle.check(email, "owner")).resolves.toBeUndefined();
  });

  it("counts the account as under attack from its `accountUnderAttack`th failure on, not one later", async () => {
    const throttle = createLoginThrottle(db, { accountUnderAttack: 2, firstDelaySeconds: 30 });
    const email = "edge@test.example";
    await throttle.failed(email, "f1");
    await throttle.failed(email, "f1"); // the account's second failure: under attack, one free failure per pair
    expect(await refusal(throttle.check(email, "f1"))).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("forgets a pair's failures once its window has passed", async () => {
    const throttle = createLoginThrottle(db, { freeFailuresPerPair: 1, firstDelaySeconds: 30 });
    const email = "window-pair@test.example";
    await throttle.failed(email, "g");
    await throttle.failed(email, "g");
    expect(await refusal(throttle.check(email, "g"))).toMatchObject({ code: "RATE_LIMITED" });
    await expire(db, "login-delay-pair");
    await expire(db, "login-fail-pair");
    await throttle.failed(email, "g"); // the first of a new window: free again
    await expect(throttle.check(email, "g")).resolves.toBeUndefined();
  });

  it("forgets an account's failures once its window has passed: it is no longer under attack", async () => {
    const throttle = createLoginThrottle(db, { accountUnderAttack: 3, firstDelaySeconds: 30 });
    const email = "window-account@test.example";
    for (const address of ["h1", "h2", "h3"]) await throttle.failed(email, address);
    await expire(db, "login-fail-account");
    await throttle.failed(email, "h4");
    await throttle.failed(email, "h4"); // two of the account's new window: the pair still has free failures
    await expect(throttle.check(email, "h4")).resolves.toBeUndefined();
  });

  it("never makes a pair wait when its delay is zero seconds", async () => {
    const throttle = createLoginThrottle(db, { freeFailuresPerPair: 1, firstDelaySeconds: 0 });
    const email = "no-delay@test.example";
    for (let i = 0; i < 3; i++) await throttle.failed(email, "i");
    await expect(throttle.check(email, "i")).resolves.toBeUndefined();
  });

  it("keeps counting an address's failures past its limit without failing the login", async () => {
    const throttle = createLoginThrottle(db, { failuresPerAddress: 2 });
    for (let i = 0; i < 4; i++) await expect(throttle.failed(`over-${i}@test.example`, "j")).resolves.toBeUndefined();
    expect(await refusal(throttle.check("someone@test.example", "j"))).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("does not take a database error on an address's count for a refusal: the error is thrown", async () => {
    // The same client, but every write of an address's count fails.
    const failing = new Proxy(db, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (property !== "rateLimit") return value;
        return new Proxy(value, {
          get(model, method) {
            const call = Reflect.get(model, method, model);
            if (method !== "upsert") return call;
            return (args: { where: { key: string } }) =>
              args.where.key.startsWith("login-fail-address")
                ? Promise.reject(new Error("database unavailable"))
                : call.call(model, args);
          },
        });
      },
    });
    const throttle = createLoginThrottle(failing);
    await expect(throttle.failed("outage@test.example", "k")).rejects.toThrow("database unavailable");
  });

  it("stops an address that fails on many accounts, for the window only", async () => {
    const throttle = createLoginThrottle(db, { failuresPerAddress: 3 });
    for (let i = 0; i < 3; i++) await throttle.failed(`spray-${i}@test.example`, "e");
    expect(await refusal(throttle.check("other@test.example", "e"))).toMatchObject({ code: "RATE_LIMITED" });
    await expire(db, "login-fail-address:e");
    await expect(throttle.check("other@test.example", "e")).resolves.toBeUndefined();
  });
});
