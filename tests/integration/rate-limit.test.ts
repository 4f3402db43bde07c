import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clear, consume, limits } from "../../server/auth/rate-limit.js";
import type { Database } from "../../server/db/adapters.js";
import { createPrisma, type Db } from "../../server/db/client.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("rate limits kept in the database", () => {
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
    const limit = { max: 3, windowMs: 400 };
    for (let i = 0; i < 3; i++) await consume(db, "test:window", limit);
    const refused = await consume(db, "test:window", limit).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "RATE_LIMITED" });
    expect((refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 450));
    await expect(consume(db, "test:window", limit)).resolves.toBeUndefined();
  });

  it("counts keys apart, and forgets a key once cleared", async () => {
    const limit = { max: 1, windowMs: 60_000 };
    await consume(db, "test:a", limit);
    await consume(db, "test:b", limit);
    await expect(consume(db, "test:a", limit)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await clear(db, "test:a");
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

  it("leaves room for a hall of people sharing one address", () => {
    expect(limits.registerPerAddress.max).toBeGreaterThanOrEqual(50);
    expect(limits.loginPerAddress.max).toBeGreaterThan(limits.loginPerAccount.max * 10);
  });
});
