import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { DebateScreen, seedCategory, seedDebate, seedReply } from "./debate-pages.js";
import { contextAs } from "./screens-fixture.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

/** Text without the invisible marks that isolate names inside a sentence. */
const plain = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");

const desktop = { width: 1280, height: 900 };
const phone = { width: 320, height: 700 };

/** Fails the test if any script a user wrote runs: an alert, a confirm or a prompt opens a dialog. */
function forbidDialogs(page: Page, opened: string[]) {
  page.on("dialog", async (dialog) => {
    opened.push(dialog.message());
    await dialog.dismiss();
  });
}

describe.skipIf(!!unavailable)("debates in the Arabic interface", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;
  let categoryId: string;
  let admin: Awaited<ReturnType<typeof adminWithCharter>>;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    browser = await launchChromium();
    shots = await screenshotDir("debates");
    admin = await adminWithCharter(app);
    categoryId = (await seedCategory(admin.client, `citizenship-${Date.now()}`)).id;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("two people debate live: one sees the other's reply appear, and its answer, without reloading", async () => {
    const salma = await newMember(app, { name: "سلمى العلوي" });
    const youssef = await newMember(app, { name: "يوسف الفاسي" });
    const leila = await newMember(app, { name: "ليلى المراكشي" });
    const debate = await seedDebate(
      salma.client,
      categoryId,
      "هل ينبغي خفض سن الترشح في الانتخابات الجماعية؟",
      "يطرح هذا النقاش سؤال **مشاركة الشباب** في المجالس المنتخبة.",
    );
    const salmaSide = await contextAs(browser, app, salma.client, desktop);
    const youssefSide = await contextAs(browser, app, youssef.client, { width: 390, height: 844 });
    try {
      const watcher = await salmaSide.newPage();
      const watching = new DebateScreen(watcher);
      await watching.open(app.url, debate.id);
      const writer = await youssefSide.newPage();
      const writing = new DebateScreen(writer);
      await writing.open(app.url, debate.id);

      // Both pages have joined the debate's room.
      await watching.live();
      await writing.live();
      await writing.replyToDebate(
        "مؤيد",
        "أؤيد خفض السن إلى 21 سنة لأن الشباب أكثر من ثلث الناخبين. ",
        "ليلى المراكشي",
      );
      await writing.reply("أؤيد خفض السن").waitFor();

      const arrived = watching.reply("أؤيد خفض السن إلى 21 سنة");
      await arrived.waitFor();
      expect(plain(await arrived.textContent())).toContain("يوسف الفاسي");
      // The stance is said in words, not by colour alone.
      expect(plain(await arrived.locator(".stance").textContent())).toContain("مؤيد");
      await expect.poll(async () => plain(await watching.announcements().textContent())).toContain("يوسف الفاسي");

      // Salma answers on her side, nested under his reply; Youssef sees it under his own.
      await watching.answer("أؤيد خفض السن", "معارض", "أخشى أن يبقى القرار بيد الأحزاب مهما كان السن.");
      const nested = writer.locator(".reply-children article.reply").filter({ hasText: "أخشى أن يبقى القرار" });
      await nested.waitFor();
      expect(plain(await nested.textContent())).toContain("معارض");
      await shoot(watcher, shots, "01-live-debate-desktop");
      await shoot(writer, shots, "02-live-debate-phone");

      // Salma reads his reply among her notifications, a link to it; Leila, named in it, is told too.
      await watcher.goto(`${app.url}/notifications`);
      const told = watcher.getByRole("link", { name: /على مشاركتك/ });
      await told.waitFor();
      expect(plain(await told.textContent())).toContain("ردّ يوسف الفاسي على مشاركتك في نقاش «هل ينبغي خفض سن الترشح");
      expect(await told.getAttribute("href")).toContain(`/debates/${debate.id}`);
      const named = await leila.client.get<{ items: { kind: string; data: { actorName?: string } }[] }>(
        "/api/notifications",
      );
      expect(named.body.data!.items).toContainEqual(
        expect.objectContaining({
          kind: "debate.mention",
          data: expect.objectContaining({ actorName: "يوسف الفاسي" }),
        }),
      );
    } finally {
      await salmaSide.close();
      await youssefSide.close();
    }
  });

  it("a moderator hides a reply with a reason; its author sees the reason, others a placeholder", async () => {
    const author = await newMember(app, { name: "كريم بناني" });
    const other = await newMember(app, { name: "نادية الشرقاوي" });
    const moderator = await newMember(app, { name: "مشرفة النقاشات", role: "moderator" });
    const debate = await seedDebate(other.client, categoryId, "الميزانية التشاركية في الجماعات", "ما تجاربكم؟");
    await seedReply(author.client, debate.id, null, "رد فيه عبارات مسيئة لا تليق بالنقاش.", "against");
    const reason = "عبارات تمس بكرامة المشاركين، خلافا لميثاق المنتدى.";

    const moderatorSide = await contextAs(browser, app, moderator.client, desktop);
    const authorSide = await contextAs(browser, app, author.client, desktop);
    const otherSide = await contextAs(browser, app, other.client, desktop);
    try {
      const page = await moderatorSide.newPage();
      const screen = new DebateScreen(page);
      await screen.open(app.url, debate.id);
      await screen.hide("عبارات مسيئة", reason);
      await expect.poll(async () => plain(await screen.reply("عبارات مسيئة").textContent())).toContain(reason);
      await shoot(page, shots, "03-moderator-hid-reply");

      const authorPage = await authorSide.newPage();
      const authorScreen = new DebateScreen(authorPage);
      await authorScreen.open(app.url, debate.id);
      const hidden = authorScreen.reply("عبارات مسيئة");
      await hidden.waitFor();
      expect(plain(await hidden.textContent())).toContain(`أخفى المشرفون ردك ولا يراه غيرك. السبب: ${reason}`);
      await shoot(authorPage, shots, "04-author-reads-reason");

      const otherPage = await otherSide.newPage();
      const otherScreen = new DebateScreen(otherPage);
      await otherScreen.open(app.url, debate.id);
      const placeholder = otherPage.locator("article.reply").filter({ hasText: "كريم بناني" });
      await placeholder.waitFor();
      expect(plain(await placeholder.textContent())).toContain("أخفى المشرفون هذا الرد.");
      expect(plain(await placeholder.textContent())).not.toContain("عبارات مسيئة");
    } finally {
      await moderatorSide.close();
      await authorSide.close();
      await otherSide.close();
    }
  });

  it("script written in replies never runs: tags, event handlers, javascript: links, SVG", async () => {
    const writer = await newMember(app, { name: "هشام الرباطي" });
    const debate = await seedDebate(writer.client, categoryId, "اختبار النصوص", "نص عادي.");
    const vectors = [
      "<script>alert('script')</script> نص بعد الوسم",
      "<img src=x onerror=\"alert('img')\"> صورة",
      "[رابط خبيث](javascript:alert('link'))",
      "<svg onload=alert('svg')><circle r=5 /></svg> رسم",
      "<a href=\"jav&#x09;ascript:alert('encoded')\">مرمز</a>",
      "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    ];
    const context = await contextAs(browser, app, writer.client, desktop);
    try {
      const page = await context.newPage();
      const opened: string[] = [];
      forbidDialogs(page, opened);
      const screen = new DebateScreen(page);
      await screen.open(app.url, debate.id);
      for (const [index, vector] of vectors.entries()) {
        await screen.replyToDebate("محايد", `${vector} (${index + 1})`);
        await screen.reply(`(${index + 1})`).waitFor();
      }
      // Read again from the server, as a newcomer would.
      await page.reload();
      await screen.reply(`(${vectors.length})`).waitFor();
      const links = page.locator("article.reply a");
      for (const link of await links.all()) {
        const href = (await link.getAttribute("href")) ?? "";
        expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
      const injected = await page.evaluate(
        `document.querySelectorAll("article.reply script, article.reply svg, article.reply [onerror], article.reply [onload], article.reply iframe").length`,
      );
      expect(injected).toBe(0);
      // Give any late handler a chance to fire before concluding nothing ran.
      await page.waitForTimeout(300);
      expect(opened).toEqual([]);
      await shoot(page, shots, "05-xss-as-text");
    } finally {
      await context.close();
    }
  });

  it("at 320 px a deep debate does not scroll sideways, and a deep branch continues on its own page", async () => {
    const people = await Promise.all(
      ["أمينة", "رشيد", "خديجة"].map((name) => newMember(app, { name: `${name} التجريبية` })),
    );
    const debate = await seedDebate(
      people[0]!.client,
      categoryId,
      "نقاش طويل بفروع عميقة حول تدبير الماء في الواحات والمناطق الجافة",
      "نص طويل بما يكفي ليختبر عرض الصفحة على هاتف ضيق، مع رابط https://example.org/a/very/long/path/without/spaces/at/all",
    );
    let parent: string | null = null;
    const stances = ["for", "against", "question", "neutral"] as const;
    for (let depth = 0; depth < 7; depth += 1) {
      const person = people[depth % people.length]!;
      parent = (
        await seedReply(
          person.client,
          debate.id,
          parent,
          `مستوى ${depth + 1}: كلمةطويلةجدابدونمسافاتتختبرالتفافالنصفيالشاشاتالضيقة ورابط https://example.org/${"x".repeat(60)}`,
          stances[depth % stances.length],
        )
      ).id;
    }
    const context = await contextAs(browser, app, people[1]!.client, phone);
    try {
      const page = await context.newPage();
      const screen = new DebateScreen(page);
      await screen.open(app.url, debate.id);
      await screen.reply("مستوى 1").waitFor();
      const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
      expect(overflow).toBeLessThanOrEqual(0);
      await shoot(page, shots, "06-phone-debate");

      // Opening the nested replies level by level reaches the cap, where the branch continues on its own page.
      const continueLink = page.getByRole("link", { name: "متابعة هذا الفرع" }).first();
      const showMore = page.getByRole("button", { name: /^عرض .*(رد|ردين|ردود)/ }).first();
      for (let step = 0; step < 8 && (await continueLink.count()) === 0; step += 1) {
        await showMore.click();
        await page.waitForLoadState("networkidle");
      }
      const expanded = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
      expect(expanded).toBeLessThanOrEqual(0);
      await shoot(page, shots, "07-phone-expanded");
      await continueLink.click();
      await page.getByRole("link", { name: "العودة إلى النقاش كاملا" }).waitFor();
      await screen.reply("مستوى 7").waitFor();
      const branchOverflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
      expect(branchOverflow).toBeLessThanOrEqual(0);
      await shoot(page, shots, "08-phone-branch");
    } finally {
      await context.close();
    }
  });
});

describe.skipIf(!!unavailable)("the debates' other screens in the Arabic interface", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    browser = await launchChromium();
    shots = await screenshotDir("debates-screens");
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("a member opens a debate from the category's page; search finds it; a flag reaches the moderators' queue and its author's notifications", async () => {
    const admin = await adminWithCharter(app);
    const slug = `water-${Date.now()}`;
    await seedCategory(admin.client, slug);
    const member = await newMember(app, { name: "زينب الحسني" });
    const flagger = await newMember(app, { name: "عمر السوسي" });
    const moderator = await newMember(app, { name: "مشرف المنتدى", role: "moderator" });

    const memberSide = await contextAs(browser, app, member.client, desktop);
    const moderatorSide = await contextAs(browser, app, moderator.client, phone);
    try {
      const page = await memberSide.newPage();
      await page.goto(`${app.url}/debates`);
      await page.getByRole("heading", { level: 1, name: "النقاشات" }).waitFor();
      await page.getByRole("link", { name: "المشاركة المواطنة" }).click();
      await page.getByRole("heading", { level: 1, name: "المشاركة المواطنة" }).waitFor();
      await page.getByRole("link", { name: "فتح نقاش جديد" }).click();

      await page.getByLabel("عنوان النقاش").fill("تدبير الماء في الواحات: أي دور للجمعيات؟");
      await page.getByLabel("الوسوم").fill("الماء، الواحات");
      await page.getByLabel("نص النقاش").fill("تعرف **الواحات** جفافا متواصلا. ما البدائل الممكنة؟");
      await page.getByRole("button", { name: "معاينة النص" }).click();
      await page
        .getByRole("region", { name: "معاينة النص كما سيظهر" })
        .locator("strong", { hasText: "الواحات" })
        .waitFor();
      await shoot(page, shots, "01-compose");
      await page.getByRole("button", { name: "نشر النقاش" }).click();
      await page.getByRole("heading", { level: 1, name: "تدبير الماء في الواحات: أي دور للجمعيات؟" }).waitFor();
      const debateId = page.url().split("/debates/")[1]!;

      await page.goto(`${app.url}/debates/c/${slug}?sort=newest`);
      const listed = page.getByRole("link", { name: "تدبير الماء في الواحات: أي دور للجمعيات؟" });
      await listed.waitFor();
      await shoot(page, shots, "02-category");

      // Search across the article and the forms of the word: «والواحات» finds «الواحات».
      await page.goto(`${app.url}/search?q=${encodeURIComponent("والواحات")}`);
      const hit = page.locator(".search-hit").filter({ hasText: "تدبير الماء" });
      await hit.waitFor();
      expect(await hit.locator("mark").count()).toBeGreaterThan(0);
      await shoot(page, shots, "03-search");

      const flagged = await flagger.client.post(`/api/debates/${debateId}/flags`, { reason: "خارج موضوع المحور" });
      expect(flagged.status).toBe(201);

      const queue = await moderatorSide.newPage();
      await queue.goto(`${app.url}/moderation`);
      await queue.getByRole("heading", { level: 1, name: "الإشراف على النقاشات" }).waitFor();
      const card = queue.locator(".flag-card").filter({ hasText: "خارج موضوع المحور" });
      await card.waitFor();
      await card.getByRole("button", { name: "إخفاء" }).click();
      const dialog = queue.getByRole("dialog", { name: "إخفاء النقاش" });
      await dialog.getByLabel("السبب").fill("النقاش مكرر، يرجى المتابعة في النقاش الأصلي.");
      await dialog.getByRole("button", { name: "إخفاء", exact: true }).click();
      await card.waitFor({ state: "detached" });
      const overflow = await queue.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
      expect(overflow).toBeLessThanOrEqual(0);
      await shoot(queue, shots, "04-queue-phone");

      // The author is told, live, in a sentence with the reason beside it.
      await page.goto(`${app.url}/notifications`);
      const notice = page.getByRole("listitem").filter({ hasText: "أخفى المشرفون مشاركتك" });
      await notice.waitFor();
      expect(plain(await notice.textContent())).toContain("النقاش مكرر");
      await shoot(page, shots, "05-notification");
    } finally {
      await memberSide.close();
      await moderatorSide.close();
    }
  });

  it("an admin adds and orders debate categories from the console", async () => {
    const admin = await adminWithCharter(app);
    const context = await contextAs(browser, app, admin.client, desktop);
    try {
      const page = await context.newPage();
      await page.goto(`${app.url}/admin/debate-categories`);
      await page.getByRole("heading", { level: 1, name: "محاور النقاش" }).waitFor();
      const form = page.getByRole("form", { name: "إضافة محور" });
      await form.getByLabel("الاسم بالعربية").fill("التعليم والتكوين");
      await form.getByLabel("معرّف الصفحة").fill(`education-${Date.now()}`);
      await form.getByLabel("وصف المحور بالعربية").fill("جودة المدرسة العمومية والتكوين المهني.");
      await form.getByRole("button", { name: "إضافة محور" }).click();
      await page.getByRole("rowheader", { name: /التعليم والتكوين/ }).waitFor();
      await shoot(page, shots, "06-admin-categories");
    } finally {
      await context.close();
    }
  });
});
