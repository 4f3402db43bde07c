import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strongPassword } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, associationWithRepresentatives, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { LoginPage } from "./pages.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

/** Text without the invisible marks that isolate names inside a sentence. */
const plain = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");

describe.skipIf(!!unavailable)("the primary delegate's office in the Arabic interface", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    browser = await launchChromium();
    shots = await screenshotDir("delegate");
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("the delegate hands the office over after a dialog that names the consequence; the other representative is told live", async () => {
    const admin = (await adminWithCharter(app)).client;
    const { delegate, others } = await associationWithRepresentatives(app, admin, ["سعاد البقالي"]);
    const [souad] = others as [(typeof others)[0]];
    const manage = `${app.url}/me/associations/${delegate.association.slug}`;

    const delegateSide = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const souadSide = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const other = await souadSide.newPage();
      await other.goto(`${app.url}/login`);
      await new LoginPage(other).logIn(souad.email, strongPassword);
      await other.getByRole("link", { name: "الإشعارات" }).waitFor();

      const page = await delegateSide.newPage();
      await page.goto(`${app.url}/login`);
      await new LoginPage(page).logIn(delegate.email, strongPassword);
      await page.getByRole("link", { name: "الإشعارات" }).waitFor();
      await page.goto(manage);
      const office = page.getByRole("region", { name: "الممثل الرئيسي" });
      await expect.poll(async () => plain(await office.textContent())).toContain("الصفة حاليا عند ممثل الجمعية");

      await page.getByRole("button", { name: /إسناد صفة الممثل الرئيسي إلى/ }).click();
      const dialog = page.getByRole("dialog", { name: "تسليم صفة الممثل الرئيسي؟" });
      await dialog.waitFor();
      // The dialog says what changes: who votes for the association from now on.
      expect(plain(await dialog.textContent())).toContain(
        "سعاد البقالي، ومنذ الآن يصوّت الممثل الرئيسي الجديد باسم الجمعية",
      );
      await shoot(page, shots, "01-hand-over-dialog");
      await dialog.getByRole("button", { name: "تسليم صفة الممثل الرئيسي" }).click();
      await expect.poll(async () => plain(await office.textContent())).toContain("الصفة حاليا عند سعاد البقالي");
      // The former delegate may no longer hand anything over, only ask.
      expect(await page.getByRole("button", { name: /إسناد صفة الممثل الرئيسي إلى/ }).count()).toBe(0);
      await office.getByRole("button", { name: "طلب إسناد الصفة" }).waitFor();

      // Live, without reloading: the bell counts one unread notification.
      await other.getByRole("link", { name: "الإشعارات: 1 غير مقروءة" }).waitFor();
      await other.getByRole("link", { name: /الإشعارات/ }).click();
      const item = other.getByRole("listitem").filter({ hasText: "انتقلت صفة الممثل الرئيسي" });
      await item.waitFor();
      expect(plain(await item.textContent())).toContain("إلى سعاد البقالي بتسليم من ممثل الجمعية");
      await shoot(other, shots, "02-notification-phone");
      expect(
        await app.db.associationDelegate.findUnique({ where: { associationId: delegate.association.id } }),
      ).toMatchObject({
        userId: souad.user.id,
      });
    } finally {
      await delegateSide.close();
      await souadSide.close();
    }
  });
});
