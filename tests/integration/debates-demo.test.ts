import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { DebateCategory, DebateList, DebatePage } from "../../common/debates.js";
import type { SearchHit } from "../../common/search.js";
import { seedDemo } from "../../server/demo/seed.js";
import { createLogger } from "../../server/logger.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("demo debates (embedded PGlite)", () => {
  let app: TestApp;
  let client: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    expect(await seedDemo(app.db, createLogger({ logLevel: "silent" }))).toBe(true);
    client = new ApiClient(app.url);
    // The whole demo, written through the services, on a machine that may be busy.
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it("files debates under the forum's themes, one of them in French and one closed with a conclusion", async () => {
    const categories = (await client.get<{ items: DebateCategory[] }>("/api/debates/categories")).body.data!.items;
    expect(categories.map((category) => category.slug)).toEqual([
      "citizenship",
      "coordination",
      "local-development",
      "training",
    ]);
    // Five debates of their own, and the discussion threads of the demo's two proposals (citizenship, training).
    expect(categories.map((category) => category.debateCount)).toEqual([3, 1, 1, 2]);
    const list = (await client.get<DebateList>("/api/debates?pageSize=50")).body.data!;
    expect(list.total).toBe(7);
    expect(list.items.some((debate) => /^Former les bénévoles/.test(debate.title))).toBe(true);
    const closed = list.items.filter((debate) => debate.status === "closed");
    expect(closed).toHaveLength(1);
    const page = (await client.get<DebatePage>(`/api/debates/${closed[0]!.id}`)).body.data!;
    expect(page.debate.conclusionHtml).toContain("<strong>السقي بالتنقيط</strong>");
  });

  it("has nested replies of every stance, written for the representatives' associations, and endorsements", async () => {
    const replies = await app.db.debateReply.findMany({
      select: { stance: true, depth: true, associationId: true, endorsementCount: true },
    });
    expect(new Set(replies.map((reply) => reply.stance))).toEqual(new Set(["for", "against", "neutral", "question"]));
    expect(Math.max(...replies.map((reply) => reply.depth))).toBe(2);
    expect(replies.filter((reply) => reply.associationId !== null).length).toBeGreaterThan(replies.length / 2);
    const endorsements = await app.db.debateEndorsement.count();
    expect(replies.reduce((sum, reply) => sum + reply.endorsementCount, 0)).toBe(endorsements);
    expect(endorsements).toBeGreaterThan(10);
    const debates = await app.db.debate.findMany({ select: { id: true, replyCount: true } });
    for (const debate of debates) {
      expect(await app.db.debateReply.count({ where: { debateId: debate.id } })).toBe(debate.replyCount);
    }
  });

  it("is found by search, with its variants", async () => {
    const answer = await client.get<Paginated<SearchHit>>(`/api/search?q=${encodeURIComponent("للعرائض")}`);
    expect(answer.status).toBe(200);
    expect(answer.body.data!.total).toBeGreaterThan(2);
    expect(answer.body.data!.items[0]!.excerptHtml).toContain("<mark>");
    const french = await client.get<Paginated<SearchHit>>("/api/search?q=benevoles");
    expect(french.body.data!.items.map((hit) => hit.title)).toContain(
      "Former les bénévoles à la gestion associative : quelles priorités ?",
    );
  });
});
