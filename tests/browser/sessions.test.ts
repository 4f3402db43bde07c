import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../server/demo/seed.js";
import { createLogger } from "../../server/logger.js";
import { ApiClient, strongPassword } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { createLiveSession } from "../helpers/sessions.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { LoginPage } from "./pages.js";
import { contextAs } from "./screens-fixture.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

const plain = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");

/** A live session's screen: its panels by their headings. */
class LiveSessionPage {
  constructor(readonly page: Page) {}
  panel(name: string) {
    return this.page.getByRole("region", { name });
  }
  floor() {
    return this.panel("الكلمة");
  }
  speakers() {
    return this.panel("لائحة المتدخلين");
  }
  async overflow() {
    return this.page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
  }
}

describe.skipIf(!!unavailable)("a live session in the Arabic interface, moderator and participant", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    browser = await launchChromium();
    shots = await screenshotDir("sessions");
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("runs an item from a request to the floor to a vote", async () => {
    const admin = (await adminWithCharter(app)).client;
    const moderator = await newMember(app, { role: "moderator", name: "المسيّرة سناء" });
    const participant = await activeAssociation(app, admin);
    const session = await createLiveSession(moderator.client);

    const moderatorSide = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const participantSide = await browser.newContext({ viewport: { width: 320, height: 800 } });
    try {
      const console = await moderatorSide.newPage();
      await console.goto(`${app.url}/login`);
      await new LoginPage(console).logIn(moderator.email, strongPassword);
      await console.getByRole("link", { name: "الإشعارات" }).waitFor();
      await console.goto(`${app.url}/sessions/${session.id}/console`);
      const moderatorView = new LiveSessionPage(console);
      await console.getByRole("button", { name: "انطلاق الجلسة" }).click();
      await console.getByRole("button", { name: "توقيف مؤقت" }).waitFor();

      const phone = await participantSide.newPage();
      await phone.goto(`${app.url}/login`);
      await new LoginPage(phone).logIn(participant.email, strongPassword);
      await phone.getByRole("link", { name: "الإشعارات" }).waitFor();
      await phone.goto(`${app.url}/sessions/${session.id}`);
      const participantView = new LiveSessionPage(phone);
      expect(await phone.evaluate<string>("document.documentElement.dir")).toBe("rtl");
      await participantView.speakers().getByRole("button", { name: "طلب الكلمة" }).click();
      await participantView.speakers().getByText("ترتيبك في اللائحة: 1").waitFor();
      await shoot(phone, shots, "01-participant-in-the-list");

      // The moderator sees the request live and gives the floor; the participant sees it at once.
      await moderatorView.speakers().getByRole("button", { name: "إعطاء الكلمة" }).click();
      await expect.poll(async () => plain(await participantView.floor().textContent())).toContain("ممثل الجمعية");
      await expect.poll(async () => plain(await moderatorView.floor().textContent())).toContain("3:");
      await shoot(console, shots, "02-console-floor");

      await console.getByRole("button", { name: "إنهاء المداخلة" }).click();
      await console.getByLabel("السؤال").fill("هل نعتمد الأولويات؟");
      await console.getByLabel("الاختيارات (اختيار في كل سطر)").fill("نعم\nلا");
      await console.getByRole("button", { name: "فتح التصويت" }).click();
      const polls = participantView.panel("التصويت");
      await polls.getByRole("button", { name: "نعم" }).click();
      await expect.poll(async () => plain(await moderatorView.panel("التصويت").textContent())).toContain("صوت واحد");
      await console.getByRole("button", { name: "إغلاق التصويت" }).click();
      await expect.poll(async () => plain(await polls.textContent())).toContain("مغلق");
      expect(plain(await polls.textContent())).toContain("نعم: 1");
      await shoot(phone, shots, "03-participant-result");
      expect(await participantView.overflow()).toBeLessThanOrEqual(1);

      // The moderator adds an item to the agenda from the console; the participant sees it at once.
      await console.getByText("تعديل جدول الأعمال").click();
      await console.getByRole("button", { name: "إضافة نقطة" }).click();
      await console.getByLabel("عنوان النقطة 3").fill("نقطة مضافة أثناء الجلسة");
      await console.getByRole("button", { name: "حفظ جدول الأعمال" }).click();
      await participantView.panel("جدول الأعمال").getByText("نقطة مضافة أثناء الجلسة").waitFor();
      await shoot(console, shots, "04-console-agenda-edited");
      expect(await participantView.overflow()).toBeLessThanOrEqual(1);
    } finally {
      await moderatorSide.close();
      await participantSide.close();
    }
  });
});

describe.skipIf(!!unavailable)("the demo's sessions on a phone, in Arabic and in French", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;
  let moderator: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    expect(await seedDemo(app.db, createLogger({ logLevel: "silent" }))).toBe(true);
    browser = await launchChromium();
    shots = await screenshotDir("sessions-demo");
    moderator = new ApiClient(app.url);
    await moderator.post("/api/auth/login", { email: "moderator@tashawur.example", password: "demo-tashawur-2026" });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const locale of ["ar", "fr"] as const) {
    it(`shows the scheduled session, the ended one and its approved minutes within 320 px (${locale})`, async () => {
      const ended = await app.db.liveSession.findFirstOrThrow({ where: { status: "ended" } });
      const scheduled = await app.db.liveSession.findFirstOrThrow({ where: { status: "scheduled" } });
      const context = await contextAs(browser, app, moderator, { width: 320, height: 800 }, locale);
      try {
        const page = await context.newPage();
        await page.goto(`${app.url}/sessions`);
        await page.getByRole("link", { name: scheduled.title }).waitFor();
        await page.getByRole("link", { name: ended.title }).waitFor();
        expect(await page.evaluate<string>("document.documentElement.dir")).toBe(locale === "ar" ? "rtl" : "ltr");
        await shoot(page, shots, `list-${locale}`);
        expect(await new LiveSessionPage(page).overflow()).toBeLessThanOrEqual(0);

        await page.goto(`${app.url}/sessions/${ended.id}/minutes`);
        await page.getByText("هل ننظم الملتقى في الربيع؟").first().waitFor();
        await shoot(page, shots, `minutes-${locale}`);
        expect(await new LiveSessionPage(page).overflow()).toBeLessThanOrEqual(0);

        await page.goto(`${app.url}/sessions/${scheduled.id}/console`);
        await page.getByRole("heading", { name: scheduled.title }).waitFor();
        await shoot(page, shots, `console-${locale}`);
        expect(await new LiveSessionPage(page).overflow()).toBeLessThanOrEqual(0);
      } finally {
        await context.close();
      }
    });
  }
});
