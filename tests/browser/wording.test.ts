import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CharterVersion } from "../../common/charter.js";
import { strongPassword } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { apply, newMember } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { clientWithRole } from "../helpers/factories.js";
import { ApplyPage } from "./association-pages.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { LoginPage } from "./pages.js";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

/** Text without the invisible marks that isolate names inside a sentence. */
const plain = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");

describe.skipIf(!!unavailable)("the home page, the French charter and digits in Chromium", () => {
  let app: TestApp;
  let browser: Browser;
  let shots: string;
  let admin: Awaited<ReturnType<typeof clientWithRole>>;

  beforeAll(async () => {
    app = await startTestApp(await openTestEmbedded(), { env: { TRUST_PROXY: "true" } });
    browser = await launchChromium();
    shots = await screenshotDir("wording");
    admin = await clientWithRole(app.db, app.url, "admin", "مديرة المنصة");
    const published = await admin.client.post<CharterVersion>("/api/admin/charter/versions", {
      kind: "charter",
      title: "ميثاق المنتدى",
      bodyMd: "## المادة الأولى\n\nالمنتدى فضاء للتداول بين الجمعيات.",
      titleFr: "Charte du forum",
      bodyMdFr: "## Article premier\n\nLe forum est un espace de délibération entre associations.",
    });
    if (published.status !== 201) throw new Error(`charter: ${JSON.stringify(published.body)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function logIn(page: Page, email: string) {
    await new LoginPage(page).open(app.url);
    await new LoginPage(page).logIn(email, strongPassword);
    await page.getByRole("heading", { level: 2, name: "ما ينتظرك" }).waitFor();
  }

  it("shows an admin, once signed in, the applications waiting, with the link to review them", async () => {
    const applicant = await newMember(app);
    expect((await apply(applicant.client)).status).toBe(201);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await logIn(page, admin.email);
      const agenda = page.getByRole("region", { name: "ما ينتظرك" });
      const item = agenda.getByRole("listitem").filter({ hasText: "قرار الإدارة" });
      await item.waitFor();
      expect(plain(await item.textContent())).toMatch(/طلب عضوية واحد ينتظر قرار الإدارة|\d+ طلبات? عضوية/);
      await item.getByRole("link", { name: "مراجعة الطلبات" }).click();
      await page.waitForURL(/\/admin\/applications/);
      await shoot(page, shots, "01-admin-agenda-followed");
    } finally {
      await context.close();
    }
  });

  it("tells the applicant what an admin asked, and a new member that nothing waits", async () => {
    const applicant = await newMember(app, { name: "أمينة العلوي" });
    const applied = await apply(applicant.client, { nameAr: "جمعية الأفق للتنمية" });
    await admin.client.post(`/api/admin/applications/${applied.body.data!.id}/request-info`, { note: "نرجو التوضيح" });
    const idle = await newMember(app);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await logIn(page, applicant.email);
      await page.getByRole("heading", { level: 1, name: /أمينة العلوي/ }).waitFor();
      const item = page.getByRole("region", { name: "ما ينتظرك" }).getByRole("listitem");
      await item.filter({ hasText: "جمعية الأفق للتنمية" }).waitFor();
      expect(plain(await item.textContent())).toContain("طلب فريق الإدارة معلومات إضافية");
      await shoot(page, shots, "02-applicant-agenda");
      await page.getByRole("button", { name: "تسجيل الخروج" }).click();
      await logIn(page, idle.email);
      await page.getByText("لا شيء ينتظرك الآن.").waitFor();
    } finally {
      await context.close();
    }
  });

  it("keeps French through signing in, and shows the French charter saying the Arabic text is authoritative", async () => {
    const member = await newMember(app);
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${app.url}/login`);
      await page.getByRole("button", { name: "Français" }).click();
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("fr");
      await page.getByLabel("Adresse e-mail").fill(member.email);
      await page.getByLabel("Mot de passe", { exact: true }).fill(strongPassword);
      await page.getByRole("button", { name: "Me connecter" }).click();
      await page.getByRole("heading", { level: 2, name: "Ce qui vous attend" }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("fr");

      await page.goto(`${app.url}/charter`);
      await page.getByRole("heading", { level: 2, name: "Charte du forum" }).waitFor();
      await page.getByText("seul le texte arabe fait foi").waitFor();
      await page.getByText("Le forum est un espace de délibération").waitFor();
      expect(await page.getByText("المنتدى فضاء للتداول").isVisible()).toBe(false);
      await page.getByText("Lire le texte arabe").click();
      await page.getByText("المنتدى فضاء للتداول").waitFor();
      await shoot(page, shots, "03-charter-french");
    } finally {
      await context.close();
    }
  });

  it("turns a year typed in Eastern Arabic digits into the digits the forum stores", async () => {
    const member = await newMember(app);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await logIn(page, member.email);
      await page.goto(`${app.url}/apply`);
      const year = page.getByLabel("سنة التأسيس");
      await year.pressSequentially("١٩٩٨");
      await expect.poll(() => year.inputValue()).toBe("1998");
      const phone = page.getByLabel("الهاتف");
      await phone.pressSequentially("+٢١٢ ۶۶۱");
      await expect.poll(() => phone.inputValue()).toBe("+212 661");
      await shoot(page, shots, "04-digits");
    } finally {
      await context.close();
    }
  });

  it("marks required fields, tucks the page address under «advanced», groups the fields of action, and attaches documents while applying", async () => {
    const member = await newMember(app);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await logIn(page, member.email);
      await page.goto(`${app.url}/apply`);
      const apply = new ApplyPage(page);
      await apply.form().waitFor();
      await apply.form().getByText("الحقول المعلّمة بنجمة (*) مطلوبة.").waitFor();
      const mark = (id: string) =>
        page
          .locator(`label[for="${id}"]`)
          .first()
          .evaluate((label) => {
            // Run in the page; the test project has no DOM types.
            const view = globalThis as unknown as { getComputedStyle(e: unknown, pseudo: string): { content: string } };
            return view.getComputedStyle(label, "::after").content;
          });
      for (const id of ["nameAr", "city", "regionCode", "accept-charter"]) expect(await mark(id)).toContain("*");
      expect(await mark("nameFr")).not.toContain("*");

      // The page address follows the names, hidden until asked for, never cut inside a word.
      await apply
        .form()
        .getByLabel("اسم الجمعية بالفرنسية (اختياري)")
        .fill("Association marocaine pour la promotion de l'entrepreneuriat féminin et rural");
      expect(await apply.slug().isVisible()).toBe(false);
      const advanced = apply.form().getByText("إعداد متقدم: عنوان الصفحة");
      expect(plain(await page.locator("details.advanced-field summary").textContent())).toContain(
        "/associations/association-marocaine-pour-la-promotion-de-l-entrepreneuriat",
      );
      await advanced.click();
      expect(await apply.slug().isVisible()).toBe(true);

      // Seventeen fields of action in named groups.
      const fields = apply.form().getByRole("group", { name: "مجالات العمل", exact: true });
      for (const theme of [
        "الحقوق والمواطنة",
        "التنمية والاقتصاد والبيئة",
        "العمل الاجتماعي والفئات",
        "الثقافة والتربية والرياضة",
      ]) {
        await fields.getByRole("group", { name: theme }).waitFor();
      }
      expect(await fields.getByRole("checkbox").count()).toBe(17);

      // The file picker speaks Arabic, and documents go with the application.
      const picker = apply.form().locator(".file-picker");
      expect(plain(await picker.textContent())).toContain("اختيار ملفات");
      expect(plain(await picker.textContent())).toContain("لم يُختر أي ملف");
      await apply
        .form()
        .getByLabel("الوثائق", { exact: true })
        .setInputFiles([
          { name: "statuts.pdf", mimeType: "application/pdf", buffer: pdf },
          { name: "recepisse.pdf", mimeType: "application/pdf", buffer: pdf },
        ]);
      await apply
        .form()
        .getByRole("button", { name: /إزالة.*recepisse\.pdf/ })
        .waitFor();
      await shoot(page, shots, "05-application-form");

      await apply.fillProfile({
        nameAr: "جمعية المقاولة النسائية",
        nameFr: "Association marocaine pour la promotion de l'entrepreneuriat féminin et rural",
        city: "مكناس",
        region: "فاس - مكناس",
        fields: ["التنمية القروية"],
        foundedYear: "2015",
        registrationRef: `MKN-${Date.now()}`,
        contactEmail: "contact@entreprendre.test.example",
        description: "نشجع المقاولة النسائية في العالم القروي.",
      });
      await apply.declareEligibility();
      await apply.acceptance().check();
      await apply.submit();
      await apply.submitted().waitFor();
      await page.getByRole("link", { name: "statuts.pdf" }).waitFor();
      await page.getByRole("link", { name: "recepisse.pdf" }).waitFor();
      await shoot(page, shots, "06-application-submitted-with-documents");
    } finally {
      await context.close();
    }
  });
});
