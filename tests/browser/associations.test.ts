import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CharterVersion } from "../../common/charter.js";
import { strongPassword, uniqueEmail } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { activeAssociation, apply as applyThroughApi, newMember } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { clientWithRole } from "../helpers/factories.js";
import {
  AdminConsolePage,
  ApplyPage,
  DirectoryPage,
  InvitationPage,
  ManageAssociationPage,
  MyAssociationsPage,
} from "./association-pages.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { HomePage, LoginPage, mainNav, RegisterPage } from "./pages.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

const charterMd = `# ميثاق المنتدى الوطني للعمل الجمعوي

## المادة 1
المنتدى فضاء واسع لتعميق النقاش وطرح البدائل وتبادل التجارب والتنسيق بين الجمعيات.

## المادة 4
التنسيق أفقي وتشاركي، باستقلال عن الحكومة والأحزاب.

## المادة 7
احترام استقلالية كل جمعية عضو.`;

const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** Text without the invisible marks that isolate names and emails inside a sentence. */
const plain = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");

/** The page's direction and language, as the document says them. */
async function expectArabic(page: Page) {
  expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
  expect(await page.locator("html").getAttribute("lang")).toBe("ar");
}

/** Collects script errors and CSP refusals: the page must run under the strict policy. */
function watch(page: Page, errors: string[]) {
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused/.test(message.text()))
      errors.push(message.text());
  });
}

describe.skipIf(!!unavailable)("member associations in the Arabic interface", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;
  let dataDir: string;
  let admin: Awaited<ReturnType<typeof clientWithRole>>;

  beforeAll(async () => {
    // Uploaded documents and logos go to a data directory of this run's own.
    dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-browser-"));
    app = await startTestApp(await openTestEmbedded(), { env: { DATA_DIR: dataDir } });
    browser = await launchChromium();
    shots = await screenshotDir("associations");
    admin = await clientWithRole(app.db, app.url, "admin", "مديرة المنصة");
    const published = await admin.client.post<CharterVersion>("/api/admin/charter/versions", {
      kind: "charter",
      title: "ميثاق المنتدى الوطني للعمل الجمعوي",
      bodyMd: charterMd,
    });
    if (published.status !== 201) throw new Error(`charter: ${JSON.stringify(published.body)}`);
    // Another member association, so that the directory's search has something to leave out.
    await activeAssociation(app, admin.client, {
      nameAr: "جمعية النور للثقافة والفنون",
      nameFr: "Association Nour pour la culture",
      city: "فاس",
      regionCode: "MA-03",
      fieldCodes: ["cultural"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("applies against the charter, is approved, is found in the directory, and its representative's invitee joins", async () => {
    const applicantContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const inviteeContext = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const errors: string[] = [];
    try {
      // --- A person registers and applies for an association, accepting the charter -----------------
      const page = await applicantContext.newPage();
      watch(page, errors);
      const applicantEmail = uniqueEmail("nadia");
      await new RegisterPage(page).open(app.url);
      await new RegisterPage(page).register("نادية العلوي", applicantEmail, strongPassword);
      await new HomePage(page).onlineUser("نادية العلوي").waitFor();
      const nav = await mainNav(page);
      await nav.getByRole("link", { name: "دليل الجمعيات" }).waitFor();
      expect(await nav.getByRole("link", { name: "لوحة الإدارة" }).count()).toBe(0);

      await page.getByRole("link", { name: "قدّم طلب العضوية" }).click();
      const apply = new ApplyPage(page);
      await apply.form().waitFor();
      await expectArabic(page);
      expect(await page.getByRole("heading", { level: 3, name: "ميثاق المنتدى الوطني للعمل الجمعوي" }).count()).toBe(1);

      // Written with diacritics and a tatweel; found later without them.
      const nameAr = "جَمْعِيَّةُ الأَمَـلِ لِلتَّنْمِيَةِ المَحَلِّيَّة";
      await apply.fillProfile({
        nameAr,
        nameFr: "Association Al Amal pour le développement local",
        city: "الرباط",
        region: "الرباط - سلا - القنيطرة",
        fields: ["العمل الاجتماعي", "التربية والتعليم"],
        foundedYear: "2012",
        registrationRef: `RBT-${Date.now()}`,
        contactEmail: "contact@amal.test.example",
        description: "نعمل من أجل **التنمية المحلية** ودعم تمدرس الفتيات.\n\n- دروس الدعم\n- محو الأمية",
      });
      expect(await apply.slug().inputValue()).toBe("association-al-amal-pour-le-developpement-local");
      await apply.declareEligibility();
      // The description as it will be shown, rendered by the server on demand.
      await apply.form().getByRole("button", { name: "معاينة النص" }).click();
      const preview = apply.form().getByRole("region", { name: "معاينة النص كما سيظهر" });
      await expect.poll(() => preview.locator("strong").textContent()).toBe("التنمية المحلية");

      // Without accepting the charter: the summary says so and takes the focus.
      await apply.submit();
      await apply.alert().waitFor();
      expect(await apply.alert().textContent()).toContain("يجب قبول الميثاق لتقديم الطلب");
      expect(await page.evaluate<boolean>("document.activeElement?.classList.contains('form-alert') ?? false")).toBe(
        true,
      );
      expect(await apply.acceptance().getAttribute("aria-invalid")).toBe("true");
      await shoot(page, shots, "01-apply-charter-not-accepted");

      await apply.acceptance().check();
      await apply.submit();
      await apply.submitted().waitFor();
      await apply.attachDocument("statuts.pdf", pdf, "application/pdf");
      await page.getByRole("status").filter({ hasText: "أُرفقت الوثيقة" }).waitFor();
      expect(plain(await page.getByRole("status").filter({ hasText: "أُرفقت الوثيقة" }).textContent())).toBe(
        "أُرفقت الوثيقة «statuts.pdf».",
      );
      expect(await page.getByRole("link", { name: "statuts.pdf" }).count()).toBe(1);
      await shoot(page, shots, "02-application-submitted-with-document");

      // A member who is not an admin is told the console is not for them.
      await page.goto(`${app.url}/admin`);
      await page.getByRole("heading", { level: 1, name: "غير مسموح" }).waitFor();

      // --- An admin logs in, finds it in the queue, reviews and approves it ----------------------------
      const adminPage = await adminContext.newPage();
      watch(adminPage, errors);
      await new LoginPage(adminPage).open(app.url);
      await new LoginPage(adminPage).logIn(admin.email, strongPassword);
      const console_ = new AdminConsolePage(adminPage);
      await adminPage.getByRole("link", { name: "لوحة الإدارة" }).waitFor();
      await console_.open();
      await adminPage.getByRole("heading", { level: 1, name: "طلبات العضوية" }).waitFor();
      await expectArabic(adminPage);
      expect(await console_.statusTab("قيد المراجعة").textContent()).toContain("1");
      await console_.queueRow(nameAr).waitFor();
      expect(await console_.queueRow(nameAr).textContent()).toContain("نادية العلوي");
      await shoot(adminPage, shots, "03-admin-queue");

      await console_.openReview(nameAr);
      await adminPage.getByRole("heading", { level: 1, name: nameAr }).waitFor();
      expect(await adminPage.getByRole("link", { name: "statuts.pdf" }).count()).toBe(1);
      const acceptance = adminPage.getByRole("region", { name: "قبول الميثاق" }).getByRole("listitem");
      expect(plain(await acceptance.textContent())).toContain(
        "ميثاق المنتدى الوطني للعمل الجمعوي، النسخة 1: قبول نادية العلوي يوم",
      );
      expect(await adminPage.getByRole("list").filter({ hasText: "تقديم الطلب" }).count()).toBeGreaterThan(0);
      await shoot(adminPage, shots, "04-admin-review");
      await console_.approve();
      await adminPage.getByText("قُبل هذا الطلب، والجمعية عضو في المنتدى.").waitFor();
      expect(await adminPage.locator(".badge").filter({ hasText: "مقبول" }).count()).toBe(1);
      await shoot(adminPage, shots, "05-admin-approved");

      // --- The directory lists it; searching without diacritics finds it --------------------------------
      const directory = new DirectoryPage(page);
      await directory.open(app.url);
      await expectArabic(page);
      await expect.poll(() => directory.count().textContent()).toBe("عدد النتائج: 2");
      await directory.search("جمعية الامل للتنمية");
      await expect.poll(() => page.url()).toContain("q=");
      await expect.poll(() => directory.count().textContent()).toBe("عدد النتائج: 1");
      expect(await directory.results().count()).toBe(1);
      expect(await directory.results().first().textContent()).toContain("الرباط");
      expect(await directory.results().first().textContent()).not.toContain("النور");
      await shoot(page, shots, "06-directory-search");
      await directory.search("جمعية لا توجد");
      await page.getByText("لا توجد جمعية تطابق هذا البحث").waitFor();
      await directory.search("الأمل");
      await directory.link(nameAr).click();
      await page.getByRole("heading", { level: 1, name: nameAr }).waitFor();
      await expectArabic(page);
      const reps = page.getByRole("region", { name: "ممثلو الجمعية" });
      expect(await reps.textContent()).toContain("نادية العلوي");
      expect(await reps.textContent()).toContain("الممثل الرئيسي");
      // The description's Markdown, rendered by the server.
      expect(await page.locator(".prose strong").textContent()).toBe("التنمية المحلية");
      await shoot(page, shots, "07-association-page");

      // --- Its representative invites a member by email --------------------------------------------------
      const manage = new ManageAssociationPage(page);
      await manage.openFromMyAssociations(nameAr);
      await page.getByRole("heading", { level: 1, name: nameAr }).waitFor();
      await expectArabic(page);
      const inviteeEmail = uniqueEmail("karim");
      const link = await manage.invite(inviteeEmail);
      expect(link).toMatch(new RegExp(`^${app.url}/invitations/[A-Za-z0-9_-]{20,}$`));
      await manage.invitationRow(inviteeEmail).getByText("في الانتظار").waitFor();
      await shoot(page, shots, "08-invitation-link");

      // --- The invited person opens the link, registers, accepts ---------------------------------------
      const invitee = await inviteeContext.newPage();
      watch(invitee, errors);
      await invitee.goto(link);
      const invitation = new InvitationPage(invitee);
      await invitation.heading().waitFor();
      await expectArabic(invitee);
      const intro = invitee.getByText(/^دعوة من/);
      expect(plain(await intro.textContent())).toContain(`دعوة من نادية العلوي للانضمام إلى «${nameAr}»`);
      await shoot(invitee, shots, "09-invitation-anonymous");
      await invitee.getByRole("link", { name: "إنشاء حساب" }).last().click();
      await new RegisterPage(invitee).register("كريم بناني", inviteeEmail, strongPassword);
      await invitee.getByRole("button", { name: "قبول الدعوة" }).waitFor();
      expect(new URL(invitee.url()).pathname).toBe(new URL(link).pathname);
      await invitation.accept();
      await invitation.joined().waitFor();
      expect(await invitation.joined().textContent()).toContain(nameAr);
      await shoot(invitee, shots, "10-invitation-accepted");

      // --- And appears among the association's members ---------------------------------------------------
      await page.reload();
      await manage.members().filter({ hasText: "كريم بناني" }).waitFor();
      expect(plain(await page.getByText(/^يعيّن ممثلو الجمعية/).textContent())).toContain("2 على الأكثر");
      expect(await manage.members().filter({ hasText: "كريم بناني" }).textContent()).toContain("عضو");
      await manage.invitationRow(inviteeEmail).getByText("مقبولة").waitFor();
      await shoot(page, shots, "11-members-with-invitee");

      // The same directory in French reads left to right.
      await invitee.getByRole("button", { name: "Français" }).click();
      await invitee.getByRole("link", { name: "Annuaire des associations" }).click();
      await invitee.getByRole("heading", { level: 1, name: "Annuaire des associations" }).waitFor();
      expect(await invitee.locator("html").getAttribute("dir")).toBe("ltr");
      await expect.poll(() => new DirectoryPage(invitee).link(nameAr).count()).toBe(1);
      await shoot(invitee, shots, "11b-directory-french");

      expect(errors).toEqual([]);
    } finally {
      await applicantContext.close();
      await adminContext.close();
      await inviteeContext.close();
    }
  });
  it("asks for information and gets an answer, edits fields of action, publishes a new charter version, suspends and reinstates, freezes the electorate, and logs it all", async () => {
    const waha = await activeAssociation(app, admin.client, {
      nameAr: "جمعية الواحة للبيئة",
      nameFr: "Association Al Waha pour l'environnement",
      city: "ورزازات",
      regionCode: "MA-08",
      fieldCodes: ["environment"],
    });
    const applicant = await newMember(app, { name: "سعيد الإدريسي" });
    const applied = await applyThroughApi(applicant.client, {
      nameAr: "جمعية الشباب المبادر",
      nameFr: "Jeunesse et initiative",
      city: "أكادير",
      regionCode: "MA-09",
      fieldCodes: ["youth"],
    });
    expect(applied.status).toBe(201);

    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The narrowest phones the forum's members use.
    const applicantContext = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const repContext = await browser.newContext({ viewport: { width: 820, height: 1000 } });
    const errors: string[] = [];
    try {
      const adminPage = await adminContext.newPage();
      watch(adminPage, errors);
      await new LoginPage(adminPage).open(app.url);
      await new LoginPage(adminPage).logIn(admin.email, strongPassword);
      const console_ = new AdminConsolePage(adminPage);
      await adminPage.getByRole("link", { name: "لوحة الإدارة" }).waitFor();
      await console_.open();

      // --- The reviewers ask for more information; the applicant reads the message and answers -------
      await console_.openReview("جمعية الشباب المبادر");
      await console_.requestInformation("المرجو إرفاق وصل الإيداع القانوني.");
      await adminPage.getByText("طُلبت معلومات إضافية، والطلب في انتظار رد مقدمه.").waitFor();
      expect(await adminPage.getByRole("button", { name: "طلب معلومات إضافية" }).count()).toBe(0);

      const applicantPage = await applicantContext.newPage();
      watch(applicantPage, errors);
      await new LoginPage(applicantPage).open(app.url);
      await new LoginPage(applicantPage).logIn(applicant.email, strongPassword);
      // Signed in once the login page has been left (the phone's menu folds again on leaving).
      await applicantPage.waitForURL((url) => url.pathname !== "/login");
      await (await mainNav(applicantPage)).getByRole("link", { name: "جمعياتي" }).waitFor();
      const mine = new MyAssociationsPage(applicantPage);
      await mine.open();
      await expectArabic(applicantPage);
      const card = mine.card("جمعية الشباب المبادر");
      await card.getByText("طلب فريق الإدارة معلومات إضافية.").waitFor();
      await card.getByRole("link", { name: "الاطلاع والرد" }).click();
      const applicationSection = applicantPage.getByRole("region", { name: "طلب العضوية" });
      await applicationSection.getByText("المرجو إرفاق وصل الإيداع القانوني.").first().waitFor();
      await new ApplyPage(applicantPage).attachDocument("wasl.pdf", pdf, "application/pdf");
      await applicantPage.getByRole("link", { name: "wasl.pdf" }).waitFor();
      await applicationSection.getByLabel("ردك").fill("أرفقنا وصل الإيداع.");
      await shoot(applicantPage, shots, "12-answer-information-request");
      await applicationSection.getByRole("button", { name: "إرسال الرد" }).click();
      await applicationSection.locator(".badge").filter({ hasText: "قيد المراجعة" }).waitFor();
      expect(await applicationSection.getByRole("list").filter({ hasText: "رد مقدم الطلب" }).count()).toBe(1);

      // --- Fields of action: add one, then deactivate it ----------------------------------------------
      await console_.goTo("مجالات العمل");
      const addField = adminPage.getByRole("form", { name: "إضافة مجال" });
      await addField.getByLabel("الاسم بالعربية").fill("الاقتصاد الاجتماعي والتضامني");
      await addField.getByLabel("الاسم بالفرنسية").fill("Économie sociale et solidaire");
      await addField.getByRole("button", { name: "إضافة المجال" }).click();
      const fieldRow = adminPage.getByRole("row").filter({ hasText: "الاقتصاد الاجتماعي والتضامني" });
      await fieldRow.getByText("مفعل").waitFor();
      await fieldRow.getByRole("button", { name: /^تعطيل .*الاقتصاد الاجتماعي والتضامني/ }).click();
      await fieldRow.getByText("معطل").waitFor();
      await shoot(adminPage, shots, "13-admin-fields");

      // --- A new charter version, published after a warning ---------------------------------------------
      await console_.goTo("الميثاق");
      const publish = adminPage.getByRole("form", { name: "نسخة جديدة" });
      expect(await publish.getByLabel("العنوان", { exact: true }).inputValue()).toBe(
        "ميثاق المنتدى الوطني للعمل الجمعوي",
      );
      await publish
        .getByLabel("النص (Markdown)")
        .fill(`${charterMd}\n\n## المادة 8\nالالتزام بالقانون الأساسي والقانون الداخلي.`);
      await publish.getByRole("button", { name: "مراجعة قبل النشر" }).click();
      const confirm = console_.dialog("نشر النسخة الجديدة؟");
      await confirm.getByText("يُطلب من كل الجمعيات الأعضاء قبولها").waitFor();
      await confirm.getByRole("heading", { name: "المادة 8" }).waitFor();
      await shoot(adminPage, shots, "14-admin-charter-confirm");
      await confirm.getByRole("button", { name: "نشر", exact: true }).click();
      await publish.getByRole("status").filter({ hasText: "نُشرت" }).waitFor();
      const versions = adminPage.getByRole("region", { name: "نسخ الميثاق", exact: true }).first();
      await versions.getByRole("row").filter({ hasText: "سارية" }).getByRole("rowheader", { name: "2" }).waitFor();

      // --- Suspension: the representative sees why and until when, and cannot act -----------------------
      await console_.goTo("الجمعيات");
      await adminPage.getByLabel("البحث بالاسم").fill("الواحة");
      await adminPage.getByRole("button", { name: "بحث", exact: true }).click();
      const wahaRow = adminPage.getByRole("row").filter({ hasText: "جمعية الواحة للبيئة" });
      await expect.poll(() => adminPage.getByRole("row").count()).toBe(2);
      await wahaRow.getByRole("button", { name: "توقيف" }).click();
      const suspend = console_.dialog(/توقيف/);
      await suspend.getByLabel("سبب التوقيف").fill("تأخر في تقديم التقارير المالية.");
      const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      await suspend.getByLabel("نهاية التوقيف (اختياري)").fill(until);
      await suspend.getByRole("button", { name: "تأكيد التوقيف" }).click();
      await wahaRow.getByText("موقوفة").waitFor();

      const repPage = await repContext.newPage();
      watch(repPage, errors);
      await new LoginPage(repPage).open(app.url);
      await new LoginPage(repPage).logIn(waha.email, strongPassword);
      await repPage.getByRole("link", { name: "جمعياتي" }).waitFor();
      const repMine = new MyAssociationsPage(repPage);
      await repMine.open();
      const wahaCard = repMine.card("جمعية الواحة للبيئة");
      await wahaCard.getByText("الجمعية موقوفة: لا يمكن التصرف باسمها حاليا.").waitFor();
      await wahaCard.getByRole("link", { name: "إدارة الجمعية" }).click();
      const notice = repPage.getByRole("note").filter({ hasText: "هذه الجمعية موقوفة." });
      await notice.waitFor();
      expect(await notice.textContent()).toContain("تأخر في تقديم التقارير المالية.");
      expect(await notice.textContent()).toContain("ينتهي التوقيف يوم");
      // The new charter version waits for the suspension to end.
      await repPage.getByText("يمكن قبولها بعد رفع التوقيف عن الجمعية.").waitFor();
      expect(await repPage.getByRole("button", { name: /قبول النسخة/ }).count()).toBe(0);
      expect(await repPage.getByLabel("البريد الإلكتروني للشخص المدعو").count()).toBe(0);
      expect(await repPage.getByRole("button", { name: "حفظ التعديلات" }).count()).toBe(0);
      await expectArabic(repPage);
      await shoot(repPage, shots, "15-representative-suspended");

      // --- Reinstated: the representative accepts the new charter version --------------------------------
      await wahaRow.getByRole("button", { name: "رفع التوقيف" }).click();
      await console_
        .dialog(/رفع توقيف/)
        .getByRole("button", { name: "تأكيد رفع التوقيف" })
        .click();
      await wahaRow.getByText("جمعية عضو").waitFor();
      await repPage.reload();
      await repPage.getByRole("button", { name: "قبول النسخة 2" }).click();
      await repPage
        .getByRole("dialog", { name: "قبول النسخة الجديدة" })
        .getByRole("button", { name: "أقبل باسم الجمعية" })
        .click();
      await repPage.getByRole("button", { name: "قبول النسخة 2" }).waitFor({ state: "detached" });
      await repPage.getByLabel("البريد الإلكتروني للشخص المدعو").waitFor();

      // --- A person asks to join from the association's page; a representative approves --------------
      await applicantPage.goto(`${app.url}/associations/${waha.association.slug}`);
      const join = applicantPage.getByRole("region", { name: "الانضمام إلى الجمعية" });
      await join.getByLabel("رسالة إلى ممثلي الجمعية (اختياري)").fill("أود المساهمة في أنشطة التشجير.");
      await join.getByRole("button", { name: "طلب الانضمام" }).click();
      await join.getByText("تم إرسال طلبك.", { exact: false }).waitFor();
      await expectArabic(applicantPage);
      await shoot(applicantPage, shots, "16-join-request-sent");
      await repPage.reload();
      const requests = repPage.getByRole("region", { name: "طلبات الانضمام" });
      await requests.getByText("أود المساهمة في أنشطة التشجير.").waitFor();
      await requests.getByRole("button", { name: /^قبول طلب .*سعيد الإدريسي/ }).click();
      await requests.getByText("لا توجد طلبات انضمام في الانتظار.").waitFor();
      await new ManageAssociationPage(repPage).members().filter({ hasText: "سعيد الإدريسي" }).waitFor();

      // --- The electorate, frozen, names the association and its primary delegate ------------------------
      await console_.goTo("الهيئة الناخبة");
      await adminPage.getByLabel("التسمية").fill("الجمع العام العادي 2027");
      await adminPage.getByRole("button", { name: "تجميد", exact: true }).click();
      await adminPage.getByRole("status").filter({ hasText: "جُمّدت" }).waitFor();
      await adminPage.getByRole("link", { name: "الجمع العام العادي 2027" }).click();
      await adminPage.getByRole("heading", { level: 1, name: "الجمع العام العادي 2027" }).waitFor();
      const entry = adminPage.getByRole("row").filter({ hasText: "جمعية الواحة للبيئة" });
      expect(await entry.textContent()).toContain("ممثل الجمعية");
      expect(await adminPage.getByRole("row").filter({ hasText: "جمعية الشباب المبادر" }).count()).toBe(0);
      await shoot(adminPage, shots, "17-admin-electorate-snapshot");

      // --- The audit log keeps the suspension, filtered by action; accounts list the applicant ----------
      await console_.goTo("سجل العمليات");
      await adminPage.getByLabel("العملية").selectOption({ label: "توقيف جمعية" });
      await expect.poll(() => adminPage.url()).toContain("action=association.suspended");
      // Each entry reads as a sentence: who, what, and the association, linked.
      const logged = adminPage.getByRole("row").filter({ hasText: /مديرة المنصة: توقيف «جمعية الواحة للبيئة»/ });
      // Until the filtered page arrives the whole log is shown, with the reinstatement too.
      await expect.poll(() => logged.count()).toBe(1);
      expect(await logged.getByRole("link", { name: "جمعية الواحة للبيئة" }).count()).toBe(1);
      expect(plain(await logged.textContent())).toContain("السبب");
      await shoot(adminPage, shots, "18-admin-audit");
      await console_.goTo("الحسابات");
      await adminPage.getByLabel("البحث بالاسم أو البريد الإلكتروني").fill("سعيد");
      await adminPage.getByRole("button", { name: "بحث", exact: true }).click();
      await adminPage.getByRole("row").filter({ hasText: applicant.email }).waitFor();
      await expectArabic(adminPage);

      expect(errors).toEqual([]);
    } finally {
      await adminContext.close();
      await applicantContext.close();
      await repContext.close();
    }
  });
});
