import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { seedCategory, seedDebate, seedReply } from "./debate-pages.js";
import { contextAs } from "./screens-fixture.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

/** The narrowest phone the interface is made for. */
const phone = { width: 320, height: 700 };

/** How far the page scrolls sideways, and the catalogue keys left untranslated on it. */
const inspect = `(() => ({
  overflow: document.documentElement.scrollWidth - window.innerWidth,
  keys: (document.querySelector("main")?.innerText ?? "").match(/\\b(?:debates?|search|compose|moderation|reply|notifications?)\\.[a-zA-Z.]+/g) ?? [],
}))()`;

type Inspected = { overflow: number; keys: string[] };

describe.skipIf(!!unavailable)("every debates screen at 320 px, in Arabic and in French", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    browser = await launchChromium();
    shots = await screenshotDir("debates-phone");
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("shows each screen whole, without sideways scrolling or an untranslated key, in both languages", async () => {
    const admin = await adminWithCharter(app);
    const slug = `phone-${Date.now()}`;
    const category = await seedCategory(admin.client, slug);
    const author = await newMember(app, { name: "زينب الحسني" });
    const moderator = await newMember(app, { name: "مشرف المنتدى", role: "moderator" });
    const debate = await seedDebate(
      author.client,
      category.id,
      "كيف نجعل الميزانية التشاركية في متناول الجمعيات الصغيرة؟",
      "نقترح **جلسات مفتوحة** في كل جماعة، مع نشر الوثائق قبل أسبوعين على الأقل.",
    );
    let parent = await seedReply(moderator.client, debate.id, null, "أوافق، والتجربة في فاس أثبتت ذلك.", "for");
    for (let depth = 0; depth < 8; depth++) {
      parent = await seedReply(
        depth % 2 ? moderator.client : author.client,
        debate.id,
        parent.id,
        `رد متداخل ${depth + 1} مع عنوان طويل https://example.org/a/very/long/path/without/any/break/${depth}`,
        depth % 2 ? "against" : "question",
      );
    }
    const flagged = await seedReply(author.client, debate.id, null, "رد سيبلغ عنه", "neutral");
    expect((await moderator.client.post(`/api/debates/${debate.id}/visit`, {})).status).toBe(200);
    await seedReply(author.client, debate.id, flagged.id, "رد جديد بعد الزيارة", "for");
    const flagger = await newMember(app, { name: "عمر السوسي" });
    expect(
      (await flagger.client.post(`/api/debates/replies/${flagged.id}/flags`, { reason: "خارج الموضوع" })).status,
    ).toBe(201);

    const screens: [string, string][] = [
      ["home", "/debates"],
      ["category", `/debates/c/${slug}`],
      ["debate", `/debates/${debate.id}`],
      ["branch", `/debates/${debate.id}/replies/${parent.id}`],
      ["compose", "/debates/new"],
      ["search", `/search?q=${encodeURIComponent("الميزانية")}`],
      ["moderation", "/moderation"],
      ["notifications", "/notifications"],
    ];
    for (const locale of ["ar", "fr"] as const) {
      const context = await contextAs(browser, app, moderator.client, phone, locale);
      const page: Page = await context.newPage();
      try {
        for (const [name, path] of screens) {
          await page.goto(`${app.url}${path}`);
          await page.getByRole("heading", { level: 1 }).first().waitFor();
          await page.waitForLoadState("networkidle");
          const seen = await page.evaluate<Inspected>(inspect);
          await shoot(page, shots, `${locale}-${name}`);
          expect(seen.overflow, `${locale} ${name}`).toBeLessThanOrEqual(0);
          expect(seen.keys, `${locale} ${name}`).toEqual([]);
          expect(await page.evaluate<string>("document.documentElement.lang")).toBe(locale);
        }
      } finally {
        await context.close();
      }
    }
  });
});
