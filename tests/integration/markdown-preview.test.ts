import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, registeredClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("Markdown preview and the forum's rules", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(await openTestEmbedded(), { env: { ASSOCIATION_MAX_REPRESENTATIVES: "3" } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("renders and sanitises a preview for a logged-in user", async () => {
    const { client } = await registeredClient(app.url);
    const answer = await client.post<{ html: string }>("/api/markdown/preview", {
      markdown: "## أهداف الجمعية\n\n<script>alert(1)</script>[رابط](javascript:alert(1))",
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data!.html).toContain('<h2 dir="auto">أهداف الجمعية</h2>');
    expect(answer.body.data!.html).not.toMatch(/<script|href="javascript/i);
  });

  it("refuses a preview to visitors and a text over the limit", async () => {
    const visitor = await new ApiClient(app.url).post("/api/markdown/preview", { markdown: "نص" });
    expect(visitor.body.error!.code).toBe("UNAUTHENTICATED");
    const { client } = await registeredClient(app.url);
    const long = await client.post("/api/markdown/preview", { markdown: "ا".repeat(100_001) });
    expect(long.status).toBe(400);
    expect(long.body.error).toMatchObject({ code: "VALIDATION_FAILED", details: { fields: [{ path: "markdown" }] } });
  });

  it("tells screens how many representatives an association may name", async () => {
    const rules = await new ApiClient(app.url).get<{ maxRepresentatives: number }>("/api/reference/rules");
    expect(rules.body.data).toEqual({ maxRepresentatives: 3 });
  });
});
