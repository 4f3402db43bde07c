import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VoteDetail } from "../../common/votes.js";
import { strongPassword } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { LoginPage } from "./pages.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

/** Text without the invisible marks that isolate names inside a sentence. */
const plain = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");
/** An accessible name with a name isolated inside it: `before` + label + `after`, marks or not. */
const isolated = (before: string, label: string, after: string) =>
  new RegExp(`^${before}\u2068?${label}\u2069?${after}$`);

async function signedIn(context: BrowserContext, url: string, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await new LoginPage(page).logIn(email, strongPassword);
  await page.getByRole("link", { name: "الإشعارات" }).waitFor();
  return page;
}

describe.skipIf(!!unavailable)("a vote in the Arabic interface", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    browser = await launchChromium();
    shots = await screenshotDir("votes");
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("a moderator opens a vote, two delegates vote, one watches the count move live, the result and its chart come at the close", async () => {
    const admin = (await adminWithCharter(app)).client;
    const first = await activeAssociation(app, admin);
    const second = await activeAssociation(app, admin);
    const moderator = await newMember(app, { role: "moderator", name: "مشرفة التصويت" });

    const moderatorSide = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const firstSide = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const secondSide = await browser.newContext({ viewport: { width: 360, height: 780 } });
    try {
      // The moderator writes the draft and opens it.
      const mod = await signedIn(moderatorSide, app.url, moderator.email);
      await mod.goto(`${app.url}/votes`);
      await mod.getByRole("link", { name: "تصويت جديد" }).click();
      await mod.getByLabel("السؤال المطروح للتصويت").fill("المصادقة على التقرير السنوي");
      await mod.getByLabel("النصاب (نسبة مئوية من الهيئة الناخبة)").fill("٥٠");
      await mod.getByRole("button", { name: "إنشاء المسودة" }).click();
      await mod.getByRole("heading", { level: 1, name: "المصادقة على التقرير السنوي" }).waitFor();
      const voteUrl = mod.url();
      await mod.getByRole("button", { name: "فتح التصويت الآن" }).click();
      const openDialog = mod.getByRole("dialog", { name: "فتح التصويت الآن" });
      await openDialog.getByRole("button", { name: "فتح التصويت الآن" }).click();
      const participation = (page: Page) => page.getByTestId("participation");
      await expect.poll(async () => plain(await participation(mod).textContent())).toContain("شارك 0 من أصل 2");

      // The first delegate finds it waiting on the home page, and keeps its page open.
      const one = await signedIn(firstSide, app.url, first.email);
      await one.getByRole("link", { name: "التصويت", exact: true }).first().click();
      await one.getByRole("heading", { level: 1, name: "المصادقة على التقرير السنوي" }).waitFor();
      await expect.poll(async () => plain(await participation(one).textContent())).toContain("شارك 0 من أصل 2");
      await one.getByText("يُحدَّث العدد مباشرة.").waitFor();

      // The second delegate votes on a phone; «acknowledged» and the receipt only once the server answered.
      const two = await signedIn(secondSide, app.url, second.email);
      await two.goto(voteUrl);
      await two.getByRole("radio", { name: "مع" }).check();
      await two.getByRole("button", { name: "الإدلاء بصوتي" }).click();
      await expect
        .poll(async () => plain(await two.getByTestId("ballot-status").textContent()))
        .toBe("سُجّل صوتك. يمكنك تغييره إلى حين إغلاق التصويت.");
      const receipt = await two.getByLabel("رمز إيصالك").inputValue();
      expect(receipt.length).toBeGreaterThan(8);
      await shoot(two, shots, "01-ballot-acknowledged-phone");

      // Live, without reloading: the first delegate's page counts the second ballot.
      await expect.poll(async () => plain(await participation(one).textContent())).toContain("شارك 1 من أصل 2");

      await one.getByRole("radio", { name: "امتناع" }).check();
      await one.getByRole("button", { name: "الإدلاء بصوتي" }).click();
      await one.getByText("سُجّل صوتك. يمكنك تغييره إلى حين إغلاق التصويت.").waitFor();
      await expect.poll(async () => plain(await participation(mod).textContent())).toContain("شارك 2 من أصل 2");
      // Figures shown at the close only: none yet.
      expect(await one.getByRole("region", { name: "النتيجة" }).count()).toBe(0);

      // The moderator closes it; the result and its chart appear, on the delegate's page too.
      await mod.getByRole("button", { name: "إغلاق التصويت الآن" }).click();
      await mod
        .getByRole("dialog", { name: "إغلاق التصويت الآن" })
        .getByRole("button", { name: "إغلاق التصويت الآن" })
        .click();
      for (const page of [mod, one]) {
        const result = page.getByRole("region", { name: "النتيجة" });
        await result.waitFor();
        const text = plain(await result.textContent());
        expect(text).toContain("اعتُمد النص.");
        expect(text).toContain("النصاب مكتمل: شارك 2 والمطلوب 1.");
        expect(text).toContain("الأغلبية حاصلة: 1 والمطلوب 1 على الأقل.");
        const chart = result.getByRole("img", { name: "توزيع الأصوات" });
        await chart.waitFor();
        expect(await chart.locator("rect").count()).toBe(3);
        expect(plain(await chart.locator("desc").textContent())).toContain("مع: 1");
      }
      await shoot(one, shots, "02-result");

      // The receipt names a ballot counted in the published tally.
      await two.reload();
      await two.getByLabel("رمز الإيصال", { exact: true }).fill(receipt);
      await two.getByRole("button", { name: "تحقّق" }).click();
      await two.getByText("الورقة ضمن الأوراق المحتسبة في النتيجة المنشورة.").waitFor();
    } finally {
      await moderatorSide.close();
      await firstSide.close();
      await secondSide.close();
    }
  });

  it("a ranked ballot is ordered with buttons and arrow keys; the result shows the ranking and the pairwise matrix", async () => {
    const admin = (await adminWithCharter(app)).client;
    const first = await activeAssociation(app, admin);
    const second = await activeAssociation(app, admin);
    const moderator = await newMember(app, { role: "moderator", name: "مشرف الترتيب" });
    const drafted = await moderator.client.post<VoteDetail>("/api/votes", {
      title: "مدينة الملتقى الوطني المقبل",
      method: "ranked",
      options: ["الرباط", "فاس", "مراكش"],
    });
    expect(drafted.status).toBe(201);
    const vote = drafted.body.data!;
    expect((await moderator.client.post(`/api/votes/${vote.id}/open`)).status).toBe(200);
    const id = (label: string) => vote.options.find((option) => option.label === label)!.id;

    const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
    try {
      const page = await signedIn(context, app.url, first.email);
      await page.goto(`${app.url}/votes/${vote.id}`);
      for (const label of ["الرباط", "فاس", "مراكش"])
        await page.getByRole("button", { name: isolated("إضافة «", label, "» إلى الترتيب") }).click();
      const ranking = page.getByRole("list", { name: "ترتيبك (الأول هو المفضّل)" });
      const order = async () =>
        plain(await ranking.textContent())
          .replace(/[\d↑↓×]/g, " ")
          .split(/\s+/)
          .filter(Boolean);
      expect(await order()).toEqual(["الرباط", "فاس", "مراكش"]);
      // The keyboard alone: on «up», the arrow key moves the option and focus stays with it.
      await page.getByRole("button", { name: isolated("رفع «", "مراكش", "»") }).focus();
      await page.keyboard.press("ArrowUp");
      await expect.poll(order).toEqual(["الرباط", "مراكش", "فاس"]);
      await page.keyboard.press("ArrowUp");
      expect(await order()).toEqual(["مراكش", "الرباط", "فاس"]);
      await page.getByText(isolated("«", "مراكش", "» الآن في المرتبة 1.")).waitFor();
      await page.getByRole("button", { name: "الإدلاء بصوتي" }).click();
      await page.getByText("سُجّل صوتك. يمكنك تغييره إلى حين إغلاق التصويت.").waitFor();

      const other = await second.client.post(`/api/votes/${vote.id}/ballot`, {
        choice: { method: "ranked", ranking: [id("مراكش"), id("فاس")] },
      });
      expect(other.status).toBe(201);
      expect((await moderator.client.post(`/api/votes/${vote.id}/close`)).status).toBe(200);

      // The close reaches the open page: the ranking, the tie below the winner, and the matrix.
      const result = page.getByRole("region", { name: "النتيجة" });
      await result.waitFor();
      expect(plain(await result.textContent())).toContain("فاز خيار «مراكش».");
      const final = result.getByRole("heading", { name: "الترتيب النهائي" });
      await final.waitFor();
      const matrix = result.getByRole("table", { name: /المقارنات الثنائية/ });
      const row = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "مراكش" }) });
      // Options in their order (الرباط, فاس, مراكش): مراكش is preferred to each by both ballots.
      expect((await row.getByRole("cell").allTextContents()).map(plain)).toEqual(["2", "2", "—"]);
      await result.getByText("متعادلة").waitFor();
      // At 320 px nothing overflows the page: the matrices scroll inside their own box.
      expect(await page.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
      await shoot(page, shots, "03-ranked-result-320");
    } finally {
      await context.close();
    }
  });
});
