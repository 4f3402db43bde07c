import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { AssociationPage, AssociationSummary } from "../../common/associations.js";
import { shareReadModels } from "../../server/read-models/share.js";
import { ApiClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, unique } from "../helpers/associations.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function redisAvailable(): Promise<boolean> {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.quit();
    return true;
  } catch {
    if (process.env.CI === "true") throw new Error(`Redis unreachable at ${REDIS_URL} (CI=true)`);
    console.warn(`[tests] Skipping the shared read models test: Redis unreachable at ${REDIS_URL}`);
    return false;
  }
}

const ready = postgresAvailable() && (await redisAvailable());

/** Reads until `check` holds; the change travels through Redis, so it may take a moment. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 100 && !check(value); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}

describe.skipIf(!ready)("read models shared by two server processes on one PostgreSQL and one Redis", () => {
  let first: TestApp;
  let second: TestApp;
  const shared: { close(): Promise<void> }[] = [];
  const channel = `tashawur:test:read-models:${randomUUID()}`;

  beforeAll(async () => {
    first = await startTestApp(openTestPostgres());
    second = await startTestApp(openTestPostgres());
    shared.push(await shareReadModels(first.readModels, first.events, REDIS_URL, { channel }));
    shared.push(await shareReadModels(second.readModels, second.events, REDIS_URL, { channel }));
  });
  afterAll(async () => {
    for (const share of shared) await share.close();
    await first?.close();
    await second?.close();
  });

  it("drops a page cached in one process once another commits a change to it", async () => {
    const admin = (await adminWithCharter(first)).client;
    const tag = unique();
    const rep = await activeAssociation(first, admin, { nameAr: `جمعية الجسور ${tag}`, city: "فاس" });
    const pageUrl = `/api/associations/${rep.association.id}`;
    const listUrl = `/api/associations?q=${encodeURIComponent(tag)}`;
    const onSecond = new ApiClient(second.url);
    const page = () => onSecond.get<AssociationPage>(pageUrl).then((answer) => answer.body.data!.city);
    const listed = () =>
      onSecond.get<Paginated<AssociationSummary>>(listUrl).then((answer) => answer.body.data!.items[0]?.city);

    // Read on the second process twice: the second answer comes from its memory.
    expect(await page()).toBe("فاس");
    expect(await listed()).toBe("فاس");
    expect(second.readModels.size).toBeGreaterThan(0);

    expect((await rep.client.patch(pageUrl, { city: "وجدة" })).status).toBe(200);
    expect(await eventually(page, (city) => city === "وجدة")).toBe("وجدة");
    expect(await eventually(listed, (city) => city === "وجدة")).toBe("وجدة");
  });
});
