import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strongPassword } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { openTestEmbedded } from "../helpers/db.js";
import { clientWithRole } from "../helpers/factories.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { LoginPage, mainNav } from "./pages.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);

const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

describe.skipIf(!!unavailable)("the register of decisions in the Arabic interface", () => {
  let app: TestApp;
  let browser: Browser;
  let dataDir: string;
  let shots: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-browser-"));
    app = await startTestApp(await openTestEmbedded(), { env: { DATA_DIR: dataDir } });
    browser = await launchChromium();
    shots = await screenshotDir("decisions");
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("a moderator records a decision with its minutes; anyone finds it, checks it and prints it", async () => {
    const moderator = await clientWithRole(app.db, app.url, "moderator", "مشرف الجلسات");
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await new LoginPage(page).open(app.url);
      await new LoginPage(page).logIn(moderator.email, strongPassword);
      await page.waitForURL((url) => url.pathname === "/");
      const nav = await mainNav(page);
      await nav.getByRole("link", { name: "سجل القرارات" }).click();
      await page.getByRole("heading", { level: 1, name: "سجل القرارات" }).waitFor();
      await page.getByText("لم يُسجَّل أي قرار بعد.").waitFor();

      await page.getByRole("link", { name: "تسجيل قرار" }).click();
      await page.getByLabel("العنوان").fill("المصادقة على برنامج العمل السنوي");
      await page.getByLabel("النص (Markdown)").fill("صادق الجمع العام على **برنامج العمل** لسنة 2026.");
      await page.getByLabel("تاريخ القرار").fill("2026-06-20");
      await page.getByLabel("الوثيقة المصدر (PDF)").setInputFiles({
        name: "محضر الجمع العام.pdf",
        mimeType: "application/pdf",
        buffer: pdf,
      });
      await page.getByRole("button", { name: "تسجيل في السجل" }).click();

      const year = new Date().getFullYear();
      await page.waitForURL((url) => url.pathname === `/decisions/${year}/001`);
      await page.getByRole("heading", { level: 1, name: "المصادقة على برنامج العمل السنوي" }).waitFor();
      expect(await page.locator(".prose strong").textContent()).toBe("برنامج العمل");
      expect(await page.getByText("0".repeat(64)).count()).toBe(1);
      await shoot(page, shots, "record");

      // The printable page: no site header, the record's number on top.
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".site-header").isVisible()).toBe(false);
      expect(await page.getByText(new RegExp(`مستخرج من سجل القرارات — \\W*${year}/001`)).isVisible()).toBe(true);
      await page.emulateMedia({ media: "screen" });

      // A visitor who is not signed in finds it by searching, and sees the register verified.
      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto(`${app.url}/decisions`);
      await visitor.getByRole("status").filter({ hasText: "السجل سليم" }).waitFor();
      await visitor.getByLabel("بحث في القرارات").fill("برنامج");
      await visitor.getByRole("button", { name: "عرض" }).click();
      await visitor.getByRole("link", { name: "المصادقة على برنامج العمل السنوي" }).waitFor();
      expect(await visitor.getByRole("link", { name: "تسجيل قرار" }).count()).toBe(0);
      await shoot(visitor, shots, "register");
    } finally {
      await context.close();
    }
  });
});
