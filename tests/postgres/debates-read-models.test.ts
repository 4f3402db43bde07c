import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DebateDetail, DebatePage, Reply } from "../../common/debates.js";
import { shareReadModels } from "../../server/read-models/share.js";
import { ApiClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { newMember } from "../helpers/associations.js";
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
    console.warn(`[tests] Skipping the shared debate pages test: Redis unreachable at ${REDIS_URL}`);
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

describe.skipIf(!ready)("a debate's page kept by two server processes on one PostgreSQL and one Redis", () => {
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

  it("shows a reply committed in one process on the next read of the other, signed in or not", async () => {
    const writer = await newMember(first, { name: "كاتبة" });
    const reader = await newMember(second, { name: "قارئ" });
    const created = await writer.client.post<DebateDetail>("/api/debates", {
      title: "نقاش يقرأ من خادمين",
      bodyMd: "نص النقاش",
      categoryId: null,
      associationId: null,
    });
    const debateId = created.body.data!.id;
    const url = `/api/debates/${debateId}`;
    const anonymous = new ApiClient(second.url);
    const signedIn = () => reader.client.get<DebatePage>(url).then((answer) => answer.body.data!.replies.total);
    const public_ = () => anonymous.get<DebatePage>(url).then((answer) => answer.body.data!.replies.total);

    // Read on the second process twice: the second answers come from its memory.
    expect(await signedIn()).toBe(0);
    expect(await public_()).toBe(0);
    expect(await signedIn()).toBe(0);
    expect(second.readModels.size).toBeGreaterThan(0);

    const written = await writer.client.post<Reply>(`${url}/replies`, {
      parentId: null,
      stance: "for",
      bodyMd: "رد كتب على الخادم الأول",
      quoteOfId: null,
      associationId: null,
    });
    expect(written.status).toBe(201);
    expect(await eventually(signedIn, (total) => total === 1)).toBe(1);
    expect(await eventually(public_, (total) => total === 1)).toBe(1);
  });
});
