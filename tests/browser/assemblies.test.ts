import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProgrammeDetail } from "../../common/programmes.js";
import { strongPassword } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { dayArrives } from "../helpers/assemblies.js";
import { activeAssociation, adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { LoginPage } from "./pages.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

const plain = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");

/** An assembly's page: its sections by their headings. */
class AssemblyScreen {
  constructor(readonly page: Page) {}
  section(name: string) {
    return this.page.getByRole("region", { name });
  }
  async overflow() {
    return this.page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
  }
}

async function logIn(page: Page, url: string, email: string) {
  await page.goto(`${url}/login`);
  await new LoginPage(page).logIn(email, strongPassword);
  await page.getByRole("link", { name: "الإشعارات" }).waitFor();
}

describe.skipIf(!!unavailable)("a general assembly in the Arabic interface: convened, attended, opened", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    browser = await launchChromium();
    shots = await screenshotDir("assemblies");
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("is convened, joined in person and by proxy on a phone, opened on its quorum, and adopts a programme then followed", async () => {
    const admin = (await adminWithCharter(app)).client;
    const moderator = await newMember(app, { role: "moderator", name: "المسيّرة سناء" });
    const present = await activeAssociation(app, admin);
    const absent = await activeAssociation(app, admin);

    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const phones = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const otherPhone = await browser.newContext({ viewport: { width: 320, height: 800 } });
    try {
      const chair = await desk.newPage();
      await logIn(chair, app.url, moderator.email);
      await chair.goto(`${app.url}/assemblies`);
      await chair.getByRole("link", { name: "إعداد جمع عام" }).click();
      await chair.getByLabel("العنوان").fill("الجمع العام العادي لسنة 2027");
      const date = new Date(Date.now() + 20 * 86_400_000);
      await chair.getByLabel("التاريخ والساعة").fill(`${date.toISOString().slice(0, 10)}T10:00`);
      await chair.getByLabel("المكان").fill("دار الجمعيات، الرباط");
      await chair.getByLabel("النقطة 1", { exact: true }).fill("برنامج العمل");
      await chair.getByLabel("نوع النقطة 1").selectOption("programme");
      await chair.getByRole("button", { name: "إضافة نقطة" }).click();
      await chair.getByLabel("النقطة 2", { exact: true }).fill("تعديل النظام الأساسي");
      await chair.getByLabel("نوع النقطة 2").selectOption("statutes");
      await chair.getByRole("button", { name: "حفظ" }).click();
      await chair.getByRole("heading", { name: "الجمع العام العادي لسنة 2027" }).waitFor();
      const screen = new AssemblyScreen(chair);
      expect(plain(await screen.section("جدول الأعمال").textContent())).toContain("ثلثا الأصوات المعبر عنها");
      await chair.getByRole("button", { name: "إرسال الاستدعاء" }).click();
      await chair.getByText("مستدعى إليه").first().waitFor();
      const id = chair.url().split("/assemblies/")[1]!;
      await shoot(chair, shots, "01-convened");

      // The absent association gives its vote to the other, from a phone.
      const giver = await phones.newPage();
      await logIn(giver, app.url, absent.email);
      await giver.goto(`${app.url}/assemblies/${id}`);
      expect(await giver.evaluate<string>("document.documentElement.dir")).toBe("rtl");
      await giver.getByLabel("الجمعية التي تحمل وكالتنا").selectOption(present.association.id);
      await giver.getByRole("button", { name: "منح الوكالة" }).click();
      await new AssemblyScreen(giver).section("جمعيتي في هذا الجمع").getByText("ممثلة بوكالة لدى").waitFor();
      await shoot(giver, shots, "02-proxy-given-320");
      expect(await new AssemblyScreen(giver).overflow()).toBeLessThanOrEqual(1);

      // The other registers, then checks in on the day.
      const holder = await otherPhone.newPage();
      await logIn(holder, app.url, present.email);
      await holder.goto(`${app.url}/assemblies/${id}`);
      await holder.getByRole("button", { name: "تسجيل الجمعية" }).click();
      await holder.getByText("مسجلة").first().waitFor();
      await dayArrives(app.db, id);
      await holder.reload();
      await holder.getByRole("button", { name: "تأكيد الحضور" }).click();
      const attendance = new AssemblyScreen(holder).section("الحضور");
      await expect.poll(async () => plain(await attendance.textContent())).toContain("النصاب مكتمل");
      expect(plain(await attendance.textContent())).toContain("الحاضرة: 1، الممثلة بوكالة: 1");
      await shoot(holder, shots, "03-quorum-320");
      expect(await new AssemblyScreen(holder).overflow()).toBeLessThanOrEqual(1);

      // The moderator sees the quorum at the desk, and opens the assembly: its live session follows.
      await chair.goto(`${app.url}/assemblies/${id}/desk`);
      await chair.getByText("النصاب مكتمل").waitFor();
      await chair.goto(`${app.url}/assemblies/${id}`);
      await chair.getByRole("button", { name: "افتتاح الجمع" }).click();
      await chair.getByRole("link", { name: "الدخول إلى الجلسة المباشرة" }).click();
      await chair.waitForURL(/\/sessions\//);
      await shoot(chair, shots, "04-live-session");

      // The assembly adopts a small programme, item by item: the holder casts its vote and the proxy's.
      const api = moderator.client;
      const created = await api.post<ProgrammeDetail>("/api/programmes", {
        title: "برنامج العمل المصغر",
        periodStart: "2026-01-01",
        periodEnd: "2027-12-31",
        committeeIds: [moderator.user.id],
        assemblyId: id,
      });
      const programmeId = created.body.data!.id;
      await api.put(`/api/programmes/${programmeId}`, {
        title: "برنامج العمل المصغر",
        periodStart: "2026-01-01",
        periodEnd: "2027-12-31",
        introductionMd: "برنامج قصير للتجربة.",
        axes: [
          {
            title: "التكوين",
            descriptionMd: "",
            actions: [
              {
                title: "دورات في التدبير المالي",
                objective: "تكوين خمسين إطارا جمعويا.",
                leadAssociationIds: [present.association.id],
                startDate: "2026-02-01",
                endDate: "2027-06-30",
              },
            ],
          },
        ],
      });
      await api.post(`/api/programmes/${programmeId}/submit`);
      const adopt = async (path: string, voteOf: (p: ProgrammeDetail) => string) => {
        const voteId = voteOf((await api.post<ProgrammeDetail>(path)).body.data!);
        for (const association of [present, absent]) {
          const cast = await present.client.post(`/api/votes/${voteId}/ballot`, {
            choice: { method: "for_against_abstain", choice: "for" },
            associationId: association.association.id,
          });
          expect(cast.status).toBe(201);
        }
        expect((await api.post(`/api/votes/${voteId}/close`)).status).toBe(200);
      };
      const draft = (await api.get<ProgrammeDetail>(`/api/programmes/${programmeId}`)).body.data!;
      await adopt(`/api/programmes/axes/${draft.axes[0]!.id}/vote`, (p) => p.axes[0]!.voteId!);
      await adopt(`/api/programmes/${programmeId}/vote`, (p) => p.voteId!);

      // The lead association updates its action on the phone and sees the progress page.
      await holder.goto(`${app.url}/programmes/${programmeId}`);
      await holder.getByRole("link", { name: "تحيين الإجراء" }).click();
      await holder.getByLabel("نسبة الإنجاز (٪)").fill("٤٠");
      await holder.getByLabel("ما الذي تحقق؟").fill("انطلقت الدورة الأولى بمدينة فاس.");
      await holder.getByRole("button", { name: "نشر التحيين" }).click();
      await holder.getByRole("heading", { level: 1, name: /تتبع إنجاز/ }).waitFor();
      await holder.getByText("انطلقت الدورة الأولى بمدينة فاس.").waitFor({ state: "attached" });
      expect(await holder.getByRole("img", { name: "الإنجاز حسب المحور" }).count()).toBe(1);
      await shoot(holder, shots, "05-progress-320");
      expect(await new AssemblyScreen(holder).overflow()).toBeLessThanOrEqual(1);
    } finally {
      await desk.close();
      await phones.close();
      await otherPhone.close();
    }
  });
});
