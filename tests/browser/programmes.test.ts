import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProgrammeDetail } from "../../common/programmes.js";
import { strongPassword } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { type ProgrammeCast, programmeCast, voteAndClose } from "../helpers/programmes.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { LoginPage } from "./pages.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

/** Text without the invisible marks that isolate names inside a sentence. */
const plain = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");

describe.skipIf(!!unavailable)("a work programme from its draft to its follow-up, on a phone, in Arabic", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;
  let cast: ProgrammeCast;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    browser = await launchChromium();
    shots = await screenshotDir("programmes");
    const admin = (await adminWithCharter(app)).client;
    cast = await programmeCast(app, admin);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  async function signedIn(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await new LoginPage(page).logIn(email, strongPassword);
    await page.getByRole("link", { name: "الإشعارات" }).waitFor();
    return page;
  }

  async function fitsTheScreen(page: Page) {
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow).toBeLessThanOrEqual(0);
  }

  async function confirm(page: Page, action: string) {
    await page.getByRole("button", { name: action }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: action }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  it("is drafted, submitted, adopted, updated by its lead association, and followed on the progress page", async () => {
    const moderator = await signedIn(cast.moderator.email);
    await moderator.goto(`${app.url}/programmes`);
    expect(await moderator.evaluate<string>("document.documentElement.dir")).toBe("rtl");
    await moderator.getByText("برنامج عمل جديد").click();
    await moderator.getByLabel("عنوان البرنامج").fill("برنامج العمل التجريبي");
    await moderator.getByLabel("بداية الفترة").fill("2026-01-01");
    await moderator.getByLabel("نهاية الفترة").fill("2027-12-31");
    await moderator.getByRole("button", { name: "إنشاء البرنامج" }).click();

    // The committee's editor: one axis with one action led by the first association.
    await moderator.getByLabel("عنوان المحور").waitFor();
    await moderator.getByLabel("عنوان المحور").fill("التكوين");
    await moderator.getByLabel("عنوان الإجراء").fill("دورات في التدبير المالي");
    await moderator.getByLabel("الهدف").fill("تكوين خمسين إطارا جمعويا.");
    await moderator.getByLabel(cast.leadA.association.nameAr).check();
    await moderator.getByLabel("تاريخ البداية").fill("2026-02-01");
    await moderator.getByLabel("تاريخ النهاية").fill("2027-06-30");
    await fitsTheScreen(moderator);
    await shoot(moderator, shots, "01-editor-phone");
    await moderator.getByRole("button", { name: "حفظ المسودة" }).click();
    await moderator.getByRole("heading", { level: 1, name: "برنامج العمل التجريبي" }).waitFor();
    const id = moderator.url().split("/programmes/")[1]!;
    await confirm(moderator, "فتح باب التعديلات");
    await expect
      .poll(async () => plain(await moderator.locator(".programme-status").first().textContent()))
      .toBe("مفتوح للتعديلات");

    // Another member association amends the action's objective through the form.
    const other = await signedIn(cast.other.email);
    await other.goto(`${app.url}/programmes/${id}`);
    await other.getByRole("link", { name: "اقتراح تعديل" }).click();
    await other.getByLabel("النص المراد تعديله").selectOption({ label: "دورات في التدبير المالي: الهدف" });
    await other.getByLabel("المقطع الحالي").fill("خمسين");
    await other.getByLabel("يُعوَّض بـ").fill("مائة");
    await other.getByLabel("التعليل").fill("الحاجة أكبر في الجهات.");
    await other.getByRole("button", { name: "اقتراح التعديل" }).click();
    const amendments = other.getByRole("region", { name: "التعديلات" });
    await amendments.waitFor();
    expect(await amendments.locator("ins").first().textContent()).toContain("مائة");
    expect(await amendments.locator("del").first().textContent()).toContain("خمسين");
    await fitsTheScreen(other);
    await shoot(other, shots, "02-amendment-phone");

    // The assembly's votes, through the API: the amendment, the axis, then the whole.
    const amended = (await cast.moderator.client.get<ProgrammeDetail>(`/api/programmes/${id}`)).body.data!;
    const amendmentVote = await cast.moderator.client.post<ProgrammeDetail>(
      `/api/programmes/amendments/${amended.amendments[0]!.id}/vote`,
    );
    await voteAndClose(cast, amendmentVote.body.data!.amendments[0]!.voteId!, "for");
    const programme = (await cast.moderator.client.get<ProgrammeDetail>(`/api/programmes/${id}`)).body.data!;
    expect(programme.axes[0]!.actions[0]!.objective).toBe("تكوين مائة إطارا جمعويا.");
    const axisVote = await cast.moderator.client.post<ProgrammeDetail>(
      `/api/programmes/axes/${programme.axes[0]!.id}/vote`,
    );
    await voteAndClose(cast, axisVote.body.data!.axes[0]!.voteId!, "for");
    const whole = await cast.moderator.client.post<ProgrammeDetail>(`/api/programmes/${id}/vote`);
    await voteAndClose(cast, whole.body.data!.voteId!, "for");
    const adopted = (await cast.moderator.client.get<ProgrammeDetail>(`/api/programmes/${id}`)).body.data!;

    // The lead association updates its action.
    const lead = await signedIn(cast.leadA.email);
    await lead.goto(`${app.url}/programmes/${id}`);
    await lead.getByText(adopted.decisionNumber!).first().waitFor();
    await fitsTheScreen(lead);
    await shoot(lead, shots, "03-adopted-phone");
    await lead.getByRole("link", { name: "تحيين الإجراء" }).click();
    await lead.getByLabel("نسبة الإنجاز (٪)").fill("٣٥");
    await lead.getByLabel("ما الذي تحقق؟").fill("انطلقت الدورة الأولى بمدينة وجدة.");
    await lead.getByRole("button", { name: "نشر التحيين" }).click();

    // The public progress page: its charts, the action's history.
    await lead.getByRole("heading", { level: 1, name: /تتبع إنجاز/ }).waitFor();
    await lead.getByText("انطلقت الدورة الأولى بمدينة وجدة.").waitFor({ state: "attached" });
    expect(await lead.getByRole("img", { name: "الإنجاز حسب المحور" }).count()).toBe(1);
    expect(await lead.getByRole("img", { name: "الإجراءات حسب الحالة" }).count()).toBe(1);
    expect(await lead.getByRole("img", { name: /تطور نسبة الإنجاز/ }).count()).toBe(1);
    await fitsTheScreen(lead);
    await shoot(lead, shots, "04-progress-phone");

    // Another association has no update link.
    await other.goto(`${app.url}/programmes/${id}`);
    await other.getByRole("heading", { level: 1, name: "برنامج العمل التجريبي" }).waitFor();
    expect(await other.getByRole("link", { name: "تحيين الإجراء" }).count()).toBe(0);

    // On paper: the document and its record number, no header nor buttons.
    await lead.goto(`${app.url}/programmes/${id}`);
    await lead.getByText(adopted.decisionNumber!).first().waitFor();
    await lead.emulateMedia({ media: "print" });
    expect(await lead.locator(".site-header").isVisible()).toBe(false);
    expect(await lead.getByRole("button", { name: "طباعة البرنامج" }).isVisible()).toBe(false);
    expect(await lead.locator(".programme-record").isVisible()).toBe(true);
    await lead.pdf({ path: `${shots}/05-adopted.pdf`, format: "A4" }).catch(() => undefined);
  });
});
