import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../helpers/app.js";
import { startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { contextAs, seedScreens } from "./screens-fixture.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

/** The narrowest phone the interface is made for. */
const phone = { width: 320, height: 700 };

type Measured = {
  actions: { name: string; start: number; end: number; width: number }[];
  tables: number[];
  pageOverflow: number;
};

/** Where each action of the list screens lies, and how far the page and its tables scroll sideways. */
const measure = `(() => {
  const actions = [...document.querySelectorAll("main .table-wrap :is(button, a)")].map((element) => {
    const box = element.getBoundingClientRect();
    return { name: element.textContent.trim(), start: box.left, end: box.right, width: box.width };
  });
  const tables = [...document.querySelectorAll("main .table-wrap")].map((wrap) => wrap.scrollWidth - wrap.clientWidth);
  return { actions, tables, pageOverflow: document.documentElement.scrollWidth - window.innerWidth };
})()`;

/** Every action of every table on the page is whole within the screen, and nothing scrolls sideways. */
async function expectActionsInView(page: Page, atLeast: number) {
  const { actions, tables, pageOverflow } = await page.evaluate<Measured>(measure);
  expect(actions.length).toBeGreaterThanOrEqual(atLeast);
  for (const action of actions) {
    expect(action.width, action.name).toBeGreaterThan(0);
    expect(action.start, action.name).toBeGreaterThanOrEqual(0);
    expect(action.end, action.name).toBeLessThanOrEqual(phone.width);
  }
  for (const overflow of tables) expect(overflow).toBeLessThanOrEqual(1);
  expect(pageOverflow).toBeLessThanOrEqual(0);
}

/** Where, on screen, a piece of an element's text is drawn (the union of its glyphs' boxes). */
function textBox(page: Page, selector: string, piece: string) {
  return page.evaluate<{ left: number; right: number }>(`(() => {
    const root = document.querySelector(${JSON.stringify(selector)});
    const piece = ${JSON.stringify(piece)};
    if (!root) throw new Error("nothing matches the selector");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(piece);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + piece.length);
      const box = range.getBoundingClientRect();
      return { left: box.left, right: box.right };
    }
    throw new Error("the text is not there: " + piece);
  })()`);
}

describe.skipIf(!!unavailable)("phones: tables as cards, a folded header, isolated Latin fragments", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;
  let seed: Awaited<ReturnType<typeof seedScreens>>;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    browser = await launchChromium();
    shots = await screenshotDir("phones");
    seed = await seedScreens(app);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const locale of ["ar", "fr"] as const) {
    it(`shows every action of the members, invitations, queue, audit and admin tables within 320 px (${locale})`, async () => {
      const rep = await contextAs(browser, app, seed.representative.client, phone, locale);
      const admin = await contextAs(browser, app, seed.admin.client, phone, locale);
      try {
        const page = await rep.newPage();
        await page.goto(`${app.url}/me/associations/${seed.slug}`);
        await page.locator("#members tbody tr").nth(1).waitFor();
        await page.locator("#invitations tbody tr").first().waitFor();
        await shoot(page, shots, `manage-${locale}`);
        await page.locator("#members").screenshot({ path: path.join(shots, `members-${locale}.png`) });
        await page.locator("#invitations").screenshot({ path: path.join(shots, `invitations-${locale}.png`) });
        // Two members (the invited one with two actions), one pending invitation (one action).
        await expectActionsInView(page, 3);

        const adminPage = await admin.newPage();
        const screens: [string, string, number][] = [
          ["/admin", "queue", 1],
          ["/admin/audit", "audit", 0],
          ["/admin/associations", "associations", 1],
          ["/admin/fields", "fields", 2],
          ["/admin/charter", "charter", 0],
          ["/admin/accounts", "accounts", 2],
        ];
        for (const [address, name, atLeast] of screens) {
          await adminPage.goto(`${app.url}${address}`);
          await adminPage.locator("main .table-wrap tbody tr").first().waitFor();
          await shoot(adminPage, shots, `${name}-${locale}`);
          await expectActionsInView(adminPage, atLeast);
        }
      } finally {
        await rep.close();
        await admin.close();
      }
    });
  }

  it("folds the header into a menu on a phone, signed out and signed in, and the admin sections too", async () => {
    const anonymous = await contextAs(browser, app, undefined, { width: 320, height: 844 });
    const admin = await contextAs(browser, app, seed.admin.client, { width: 320, height: 844 });
    try {
      for (const context of [anonymous, admin]) {
        const page = await context.newPage();
        await page.goto(`${app.url}/associations`);
        const nav = page.getByRole("navigation", { name: "التنقل الرئيسي" });
        const menu = page.getByRole("button", { name: "القائمة" });
        await menu.waitFor();
        // One line: the brand, the language and the menu button.
        await shoot(page, shots, `header-${context === admin ? "signed-in" : "anonymous"}`);
        const header = await page.locator(".site-header").boundingBox();
        expect(header!.height).toBeLessThanOrEqual(64);
        expect(await nav.getByRole("link", { name: "دليل الجمعيات" }).isVisible()).toBe(false);
        expect(await menu.getAttribute("aria-expanded")).toBe("false");

        await menu.click();
        expect(await menu.getAttribute("aria-expanded")).toBe("true");
        const link = nav.getByRole("link", { name: "الميثاق" });
        await link.waitFor();
        const box = await link.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(320);
        await shoot(page, shots, `menu-open-${context === admin ? "admin" : "anonymous"}`);
        // Escape folds it again; following a link does too.
        await page.keyboard.press("Escape");
        expect(await menu.getAttribute("aria-expanded")).toBe("false");
        await menu.click();
        await link.click();
        await page.waitForURL(/\/charter$/);
        expect(await menu.getAttribute("aria-expanded")).toBe("false");
      }

      // The admin console: its seven sections fold behind one button, and the page starts high.
      const page = await admin.newPage();
      await page.goto(`${app.url}/admin/audit`);
      const sections = page.getByRole("navigation", { name: "أقسام لوحة الإدارة" });
      await sections.getByRole("button").waitFor();
      expect(await sections.getByRole("link", { name: "الحسابات" }).isVisible()).toBe(false);
      const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
      expect(heading!.y).toBeLessThan(260);
      await shoot(page, shots, "admin-audit-top");
      await sections.getByRole("button").click();
      await sections.getByRole("link", { name: "الحسابات" }).click();
      await page.waitForURL(/\/admin\/accounts$/);
      expect(await sections.getByRole("link", { name: "الحسابات" }).isVisible()).toBe(false);
    } finally {
      await anonymous.close();
      await admin.close();
    }
  });

  it("keeps the menu button out of the way on a wide screen", async () => {
    const context = await contextAs(browser, app, seed.admin.client, { width: 1280, height: 800 });
    try {
      const page = await context.newPage();
      await page.goto(`${app.url}/associations`);
      const nav = page.getByRole("navigation", { name: "التنقل الرئيسي" });
      await nav.getByRole("link", { name: "دليل الجمعيات" }).waitFor();
      expect(await page.getByRole("button", { name: "القائمة" }).isVisible()).toBe(false);
      expect(await page.getByRole("button", { name: "تسجيل الخروج" }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("draws Latin fragments of Arabic hints in their own order: https://, an address, ## عنوان", async () => {
    const applicant = await contextAs(browser, app, seed.applicant.client, phone);
    try {
      const page = await applicant.newPage();
      await page.goto(`${app.url}/apply`);
      await page.locator("#website-hint").waitFor();
      await shoot(page, shots, "apply-hints");

      // «عنوان كامل يبدأ بـ https://»: the scheme reads left to right, then its colon and slashes.
      const scheme = await textBox(page, "#website-hint", "https");
      const slashes = await textBox(page, "#website-hint", "://");
      expect(scheme.right).toBeLessThanOrEqual(slashes.left + 0.5);
      // The whole fragment stands at the sentence's end: left of the Arabic words.
      const words = await textBox(page, "#website-hint", "يبدأ");
      expect(slashes.right).toBeLessThanOrEqual(words.left);
      expect(await page.locator("#website-hint bdi[dir=ltr]").allTextContents()).toEqual(["https://"]);

      // The page address: «/associations/…» from left to right.
      const start = await textBox(page, "#slug-hint", "associations");
      const rest = await textBox(page, "#slug-hint", "…");
      expect(start.right).toBeLessThanOrEqual(rest.left + 0.5);
      expect(await page.locator("#slug-hint bdi[dir=ltr]").allTextContents()).toEqual(["/associations/…"]);

      // The Markdown help: «## عنوان» as it looks typed in Arabic, the marks first on the right.
      expect(await page.locator(".markdown-hint li:nth-child(4) code").textContent()).toBe("## عنوان");
      const direction = "getComputedStyle(document.querySelector('.markdown-hint li:nth-child(4) code')).direction";
      expect(await page.evaluate<string>(direction)).toBe("rtl");
      const hashes = await textBox(page, ".markdown-hint li:nth-child(4) code", "##");
      const title = await textBox(page, ".markdown-hint li:nth-child(4) code", "عنوان");
      expect(hashes.left).toBeGreaterThanOrEqual(title.right);
      // «[نص](https://…)»: the address inside reads left to right.
      const address = await textBox(page, ".markdown-hint li:nth-child(5) code bdi", "https");
      const ellipsis = await textBox(page, ".markdown-hint li:nth-child(5) code bdi", "…");
      expect(address.right).toBeLessThanOrEqual(ellipsis.left + 0.5);
      expect(await page.locator(".markdown-hint code bdi[dir=ltr]").allTextContents()).toEqual(["https://…"]);
    } finally {
      await applicant.close();
    }
  });
});
