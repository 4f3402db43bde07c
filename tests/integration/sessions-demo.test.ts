import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { SessionMinutes, SessionSummary } from "../../common/sessions.js";
import { seedDemo } from "../../server/demo/seed.js";
import { createLogger } from "../../server/logger.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("the demo's live sessions", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    expect(await seedDemo(app.db, createLogger({ logLevel: "silent" }))).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("shows a newcomer a scheduled session and an ended one with its approved minutes", async () => {
    const visitor = new ApiClient(app.url);
    const upcoming = await visitor.get<Paginated<SessionSummary>>("/api/sessions?status=upcoming");
    expect(upcoming.body.data!.items.map((s) => s.status)).toEqual(["scheduled"]);
    expect(upcoming.body.data).toMatchObject({ page: 1, pageSize: 20, total: 1 });
    const second = await visitor.get<Paginated<SessionSummary>>("/api/sessions?status=upcoming&page=2");
    expect(second.body.data).toMatchObject({ items: [], page: 2, total: 1 });
    const members = await app.db.liveSession.findMany({ where: { status: "ended" } });
    expect(members).toHaveLength(1);
    const ended = members[0]!;
    expect(ended.minutesApprovedAt).not.toBeNull();
    // The ended session is for members: a visitor does not see its minutes.
    expect((await visitor.get(`/api/sessions/${ended.id}/minutes`)).status).toBe(401);
    const moderator = new ApiClient(app.url);
    await moderator.post("/api/auth/login", { email: "moderator@tashawur.example", password: "demo-tashawur-2026" });
    const minutes = await moderator.get<SessionMinutes>(`/api/sessions/${ended.id}/minutes`);
    expect(minutes.body.data!.approvedBy?.name).toBe("يوسف بنعلي");
    expect(minutes.body.data!.markdown).toContain("هل ننظم الملتقى في الربيع؟");
    expect(minutes.body.data!.markdown).toContain("| المتدخل |");
    expect(minutes.body.data!.abilities.approve).toBe(false);
    const events = await app.db.liveSessionEvent.count({ where: { sessionId: ended.id } });
    expect(events).toBe(ended.seq);
  });
});
