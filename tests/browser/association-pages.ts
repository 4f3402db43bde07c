import type { Page } from "playwright-core";
import { mainNav } from "./pages.js";

/** Page objects for the association screens, located by role and Arabic accessible name. */

export type ApplicationValues = {
  nameAr: string;
  nameFr: string;
  city: string;
  region: string;
  fields: string[];
  foundedYear: string;
  registrationRef: string;
  contactEmail: string;
  description: string;
};

export class ApplyPage {
  constructor(private readonly page: Page) {}

  form() {
    return this.page.getByRole("form", { name: "طلب العضوية" });
  }

  slug() {
    return this.page.getByLabel("معرّف الصفحة", { exact: true });
  }

  async fillProfile(values: ApplicationValues) {
    const form = this.form();
    await form.getByLabel("اسم الجمعية بالعربية", { exact: true }).fill(values.nameAr);
    await form.getByLabel("اسم الجمعية بالفرنسية (اختياري)").fill(values.nameFr);
    await form.getByLabel("سنة التأسيس").fill(values.foundedYear);
    await form.getByLabel("مرجع التسجيل القانوني").fill(values.registrationRef);
    await form.getByLabel("المدينة", { exact: true }).fill(values.city);
    await form.getByLabel("الجهة", { exact: true }).selectOption({ label: values.region });
    const fields = form.getByRole("group", { name: "مجالات العمل", exact: true });
    for (const field of values.fields) await fields.getByRole("checkbox", { name: field }).check();
    await form.getByLabel("البريد الإلكتروني للتواصل").fill(values.contactEmail);
    await form.getByLabel("نص التعريف").fill(values.description);
  }

  async declareEligibility() {
    const group = this.form().getByRole("group", { name: "شروط العضوية", exact: true });
    for (const checkbox of await group.getByRole("checkbox").all()) await checkbox.check();
  }

  acceptance() {
    return this.form().getByRole("checkbox", { name: /قرأت الميثاق/ });
  }

  async submit() {
    await this.form().getByRole("button", { name: "تقديم طلب العضوية" }).click();
  }

  alert() {
    return this.form().getByRole("alert");
  }

  submitted() {
    return this.page.getByRole("status").filter({ hasText: "تم تقديم طلب عضوية" });
  }

  async attachDocument(name: string, bytes: Buffer, mimeType: string) {
    await this.page.getByLabel("وثيقة", { exact: true }).setInputFiles({ name, mimeType, buffer: bytes });
    await this.page.getByRole("button", { name: "إرفاق الوثيقة" }).click();
  }
}

export class AdminConsolePage {
  constructor(private readonly page: Page) {}

  async open() {
    await (await mainNav(this.page)).getByRole("link", { name: "لوحة الإدارة" }).click();
  }

  statusTab(name: string) {
    return this.page.getByRole("navigation", { name: "تصفية الطلبات حسب الحالة" }).getByRole("link", { name });
  }

  queueRow(associationName: string) {
    return this.page.getByRole("row").filter({ hasText: associationName });
  }

  async openReview(associationName: string) {
    await this.queueRow(associationName).getByRole("link", { name: associationName }).click();
  }

  section(name: string) {
    return this.page.getByRole("region", { name });
  }

  /** One of the console's sections, from its own navigation. */
  async goTo(name: string) {
    await this.page.getByRole("navigation", { name: "أقسام لوحة الإدارة" }).getByRole("link", { name }).click();
    await this.page.getByRole("heading", { level: 1 }).waitFor();
  }

  dialog(name: string | RegExp) {
    return this.page.getByRole("dialog", { name });
  }

  async requestInformation(message: string) {
    await this.page.getByRole("button", { name: "طلب معلومات إضافية" }).click();
    const dialog = this.dialog("طلب معلومات إضافية");
    await dialog.getByLabel("الرسالة").fill(message);
    await dialog.getByRole("button", { name: "إرسال الطلب" }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  async approve() {
    await this.page.getByRole("button", { name: "قبول الطلب" }).click();
    const dialog = this.page.getByRole("dialog", { name: "قبول طلب العضوية" });
    await dialog.getByRole("button", { name: "تأكيد القبول" }).click();
    await dialog.waitFor({ state: "hidden" });
  }
}

export class MyAssociationsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await (await mainNav(this.page)).getByRole("link", { name: "جمعياتي" }).click();
    await this.page.getByRole("heading", { level: 1, name: "جمعياتي" }).waitFor();
  }

  card(associationName: string) {
    return this.page.getByRole("article", { name: associationName });
  }
}

export class DirectoryPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/associations`);
  }

  async search(text: string) {
    await this.page.getByLabel("البحث بالاسم").fill(text);
    await this.page.getByRole("button", { name: "بحث", exact: true }).click();
  }

  count() {
    return this.page.getByRole("status").filter({ hasText: "عدد النتائج" });
  }

  results() {
    return this.page.getByRole("list", { name: "النتائج" }).getByRole("article");
  }

  link(name: string) {
    return this.page.getByRole("link", { name });
  }
}

export class ManageAssociationPage {
  constructor(private readonly page: Page) {}

  async openFromMyAssociations(associationName: string) {
    await (await mainNav(this.page)).getByRole("link", { name: "جمعياتي" }).click();
    const card = this.page.getByRole("article", { name: associationName });
    await card.getByRole("link", { name: "إدارة الجمعية" }).click();
  }

  async invite(email: string): Promise<string> {
    const section = this.page.getByRole("region", { name: "دعوة أعضاء" });
    await section.getByLabel("البريد الإلكتروني للشخص المدعو").fill(email);
    await section.getByRole("button", { name: "إرسال الدعوة" }).click();
    const link = section.getByLabel("رابط الدعوة");
    await link.waitFor();
    return link.inputValue();
  }

  invitationRow(email: string) {
    return this.page.getByRole("region", { name: "الدعوات المرسلة" }).getByRole("row").filter({ hasText: email });
  }

  members() {
    return this.page.getByRole("region", { name: "أعضاء الجمعية", exact: true }).first().getByRole("row");
  }
}

export class InvitationPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  async accept() {
    await this.page.getByRole("button", { name: "قبول الدعوة" }).click();
  }

  joined() {
    return this.page.getByRole("status").filter({ hasText: "أصبحت عضوا" });
  }
}
