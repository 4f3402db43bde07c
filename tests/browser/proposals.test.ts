import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProposalDetail } from "../../common/proposals.js";
import { strongPassword } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { type ProposalCast, proposalCast } from "../helpers/proposals.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { LoginPage, ProposalPages } from "./pages.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

/** Text without the invisible marks that isolate names inside a sentence. */
const plain = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");

describe.skipIf(!!unavailable)("a proposal from writing to the register, in the Arabic interface", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;
  let cast: ProposalCast;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded, { PROPOSAL_MIN_SPONSORS: "2" });
    browser = await launchChromium();
    shots = await screenshotDir("proposals");
    const admin = (await adminWithCharter(app)).client;
    cast = await proposalCast(app, admin, 2);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  /** A phone-sized page (320 px) logged in as `email`. */
  async function signedIn(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await new LoginPage(page).logIn(email, strongPassword);
    await page.getByRole("link", { name: "الإشعارات" }).waitFor();
    return page;
  }

  /** Nothing is wider than the screen. */
  async function fitsTheScreen(page: Page) {
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow).toBeLessThanOrEqual(0);
  }

  it("is written, submitted, discussed, amended, voted by three delegates, adopted, and appears in the register", async () => {
    const author = await signedIn(cast.author.email);
    const pages = new ProposalPages(author);
    await pages.write(
      app.url,
      "مقترح لإشراك الشباب",
      "تعزيز المشاركة المدنية للشباب في القرى.\n\nتخصيص ميزانية سنوية.",
    );
    expect(await author.evaluate<string>("document.documentElement.dir")).toBe("rtl");
    expect(plain(await pages.state().textContent())).toBe("مسودة");
    await pages.confirm("إيداع المقترح");
    await expect.poll(async () => plain(await pages.state().textContent())).toBe("مودَع");
    const id = author.url().split("/proposals/")[1]!;
    await fitsTheScreen(author);
    await shoot(author, shots, "01-submitted-phone");

    // One sponsor signs through the page, the other through the API.
    const sponsor = await signedIn(cast.sponsors[0]!.email);
    await sponsor.goto(`${app.url}/proposals/${id}`);
    const sponsorPages = new ProposalPages(sponsor);
    await sponsorPages.confirm(/دعم المقترح باسم/);
    const sponsors = sponsor.getByRole("region", { name: "الجمعيات الداعمة" });
    await expect.poll(async () => plain(await sponsors.textContent())).toContain(cast.sponsors[0]!.association.nameAr);
    await cast.sponsors[1]!.client.put(`/api/proposals/${id}/sponsors/${cast.sponsors[1]!.association.id}`);

    const moderator = await signedIn(cast.moderator.email);
    await moderator.goto(`${app.url}/proposals/${id}`);
    const moderatorPages = new ProposalPages(moderator);
    await moderatorPages.confirm("فتح النقاش");
    await expect.poll(async () => plain(await moderatorPages.state().textContent())).toBe("قيد النقاش");
    expect(plain(await moderatorPages.timeline().textContent())).toContain("مشرفة المنتدى");

    // The sponsor proposes to replace a passage; the author sees the difference and accepts it.
    await sponsor.goto(`${app.url}/proposals/${id}/amend`);
    await sponsor.getByLabel("المقطع المراد تغييره").fill("المشاركة المدنية للشباب");
    await sponsor.getByLabel("المقطع الجديد").fill("المشاركة الفعلية للشباب والنساء");
    await sponsor.getByRole("button", { name: "إرسال التعديل" }).click();
    await sponsorPages.amendments().getByRole("article").first().waitFor();

    await author.goto(`${app.url}/proposals/${id}`);
    const amendment = pages.amendments().getByRole("article").first();
    expect(await amendment.locator("del").allTextContents()).toEqual(["[حذف: المدنية]"]);
    expect((await amendment.locator("ins").allTextContents()).map(plain)).toEqual([
      "[إضافة: الفعلية]",
      "[إضافة: والنساء ]",
    ]);
    await fitsTheScreen(author);
    await shoot(author, shots, "02-amendment-diff-phone");
    await pages.confirm("قبول التعديل");
    await expect.poll(async () => plain(await amendment.textContent())).toContain("أنتج النسخة 2");
    const text = author.getByRole("region", { name: "النص" });
    expect(plain(await text.textContent())).toContain("المشاركة الفعلية للشباب والنساء");

    // The versions page shows the difference between the two versions.
    await author.getByRole("link", { name: "تصفح النسخ والفروق بينها" }).click();
    await author.getByRole("heading", { level: 2, name: "الفروق" }).waitFor();
    await expect.poll(() => author.locator(".diff del").count()).toBeGreaterThan(0);
    await fitsTheScreen(author);
    await shoot(author, shots, "03-versions-phone");

    const stored = (await cast.author.client.get<ProposalDetail>(`/api/proposals/${id}`)).body.data!;
    expect(stored).toMatchObject({ state: "in_discussion", currentVersion: 2 });
    // Its discussion thread was opened on submission.
    expect(stored.debateId).not.toBeNull();

    // The moderator puts it to the vote; the three delegates vote for it on their phones.
    await moderator.goto(`${app.url}/proposals/${id}`);
    await moderatorPages.confirm("عرض المقترح على التصويت");
    await expect.poll(async () => plain(await moderatorPages.state().textContent())).toBe("قيد التصويت");
    const voteLink = moderator.getByRole("link", { name: "صفحة التصويت ونتيجته" });
    const voteUrl = `${app.url}${await voteLink.getAttribute("href")}`;
    for (const voter of [author, sponsor, await signedIn(cast.sponsors[1]!.email)]) {
      await voter.goto(voteUrl);
      await voter.getByRole("radio", { name: "مع" }).check();
      await voter.getByRole("button", { name: "الإدلاء بصوتي" }).click();
      await voter.getByText("سُجّل صوتك. يمكنك تغييره إلى حين إغلاق التصويت.").waitFor();
    }
    await moderator.goto(voteUrl);
    await moderator.getByRole("button", { name: "إغلاق التصويت الآن" }).click();
    await moderator
      .getByRole("dialog", { name: "إغلاق التصويت الآن" })
      .getByRole("button", { name: "إغلاق التصويت الآن" })
      .click();
    await moderator.getByRole("region", { name: "النتيجة" }).waitFor();

    // Adopted, with the link to its record; the record holds the amended text.
    await author.goto(`${app.url}/proposals/${id}`);
    await expect.poll(async () => plain(await pages.state().textContent())).toBe("معتمد");
    expect(plain(await pages.timeline().textContent())).toContain("بنتيجة التصويت");
    expect(plain(await pages.timeline().textContent())).toContain("صادق عليه التصويت.");
    const recordLink = author.getByRole("link", { name: /القرار رقم/ });
    await recordLink.click();
    await author.waitForURL(/\/decisions\/\d{4}\/\d+$/);
    await author.getByRole("heading", { level: 1 }).filter({ hasText: "مقترح لإشراك الشباب" }).waitFor();
    expect(plain(await author.locator("main").textContent())).toContain("المشاركة الفعلية للشباب والنساء");
    await shoot(author, shots, "04-register-record-phone");
  });
});
