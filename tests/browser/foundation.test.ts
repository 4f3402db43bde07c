import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strongPassword, uniqueEmail } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { openTestEmbedded } from "../helpers/db.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { HomePage, LoginPage, RegisterPage } from "./pages.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

describe.skipIf(!!unavailable)("the Arabic interface in Chromium", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;

  beforeAll(async () => {
    app = await startTestApp(await openTestEmbedded());
    browser = await launchChromium();
    shots = await screenshotDir("foundation");
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("registers, logs in, shows the right-to-left home page, and a second person appears online live", async () => {
    const first = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const second = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    try {
      const page = await first.newPage();
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy|Refused/.test(message.text())) {
          errors.push(message.text());
        }
      });

      const email = uniqueEmail("salma");
      const register = new RegisterPage(page);
      await register.open(app.url);
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
      expect(await page.locator("html").getAttribute("lang")).toBe("ar");

      await register.register("سلمى", email, "short");
      await expect.poll(() => register.alert().textContent()).toMatch(/كلمة المرور ضعيفة/);
      await shoot(page, shots, "01-register-weak-password");

      await page.getByLabel("كلمة المرور", { exact: true }).fill(strongPassword);
      await page.getByRole("button", { name: "إنشاء حساب" }).click();
      const home = new HomePage(page);
      await home.onlineUser("سلمى").waitFor();
      await home.logOut();
      await page.getByRole("link", { name: "ادخل إلى حسابك" }).click();
      await new LoginPage(page).logIn(email, strongPassword);
      await home.onlineUser("سلمى").waitFor();
      expect(await home.heading().textContent()).toContain("سلمى");
      const direction = await page.evaluate<string>("getComputedStyle(document.body).direction");
      expect(direction).toBe("rtl");
      await shoot(page, shots, "02-home-phone");

      const other = await second.newPage();
      const otherRegister = new RegisterPage(other);
      await otherRegister.open(app.url);
      await otherRegister.register("يوسف", uniqueEmail("youssef"), strongPassword);
      await new HomePage(other).onlineUser("سلمى").waitFor();
      await shoot(other, shots, "03-home-desktop-second-user");

      await home.onlineUser("يوسف").waitFor({ timeout: 10_000 });
      await shoot(page, shots, "04-home-phone-sees-second-user");

      await new HomePage(other).logOut();
      await home.onlineUser("يوسف").waitFor({ state: "detached", timeout: 10_000 });
      expect(errors).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("switches to French, left to right, and back", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(app.url);
      await page.getByRole("button", { name: "Français" }).click();
      await expect.poll(() => page.locator("html").getAttribute("dir")).toBe("ltr");
      expect(await page.locator("html").getAttribute("lang")).toBe("fr");
      await shoot(page, shots, "05-home-french");
      await page.getByRole("button", { name: "العربية" }).click();
      await expect.poll(() => page.locator("html").getAttribute("dir")).toBe("rtl");
    } finally {
      await context.close();
    }
  });
});
