import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VoteDetail } from "../../common/votes.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("a vote's description in Markdown (embedded PGlite)", () => {
  let app: TestApp;
  let moderator: ApiClient;
  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    await adminWithCharter(app);
    moderator = (await newMember(app, { role: "moderator", name: "مشرفة" })).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("stores the source and serves it rendered and sanitised, on creation and on each edit", async () => {
    const created = await moderator.post<VoteDetail>("/api/votes", {
      title: "تصويت على الميزانية",
      description: "يصوت **الممثلون الرئيسيون** على:\n\n- الميزانية\n- البرنامج\n\n<script>alert(1)</script>",
      method: "for_against_abstain",
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const vote = created.body.data!;
    expect(vote.description).toContain("**الممثلون الرئيسيون**");
    expect(vote.descriptionHtml).toContain("<strong>الممثلون الرئيسيون</strong>");
    expect(vote.descriptionHtml).toContain("<li");
    expect(vote.descriptionHtml).not.toContain("<script");

    const edited = await moderator.patch<VoteDetail>(`/api/votes/${vote.id}`, {
      description: "[رابط](javascript:alert(1)) و *تأكيد*",
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.data!.descriptionHtml).toContain("<em>تأكيد</em>");
    expect(edited.body.data!.descriptionHtml).not.toContain("href");
    const stored = await app.db.vote.findUniqueOrThrow({ where: { id: vote.id } });
    expect(stored.descriptionHtml).toBe(edited.body.data!.descriptionHtml);
  });
});
