import type { Page } from "playwright-core";

/**
 * The main navigation, ready to use: on a phone the header is folded, and its menu is opened first.
 * The account's name and logout button are in the same menu.
 */
export async function mainNav(page: Page) {
  const menu = page.getByRole("button", { name: /^(القائمة|Menu)$/ });
  await page.locator(".site-header").waitFor();
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") await menu.click();
  return page.getByRole("navigation", { name: /^(التنقل الرئيسي|Navigation principale)$/ });
}

/** Page objects for the account pages, located by role and Arabic accessible name. */
export class RegisterPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/register`);
  }

  async register(name: string, email: string, password: string) {
    await this.page.getByLabel("الاسم الكامل").fill(name);
    await this.page.getByLabel("البريد الإلكتروني").fill(email);
    await this.page.getByLabel("كلمة المرور", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "إنشاء حساب" }).click();
  }

  alert() {
    return this.page.getByRole("alert");
  }
}

export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/login`);
  }

  async logIn(email: string, password: string) {
    await this.page.getByLabel("البريد الإلكتروني").fill(email);
    await this.page.getByLabel("كلمة المرور", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "تسجيل الدخول" }).click();
  }
}

export class HomePage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  onlineList() {
    return this.page.getByRole("list", { name: "متصلون الآن" });
  }

  onlineUser(name: string) {
    return this.onlineList().getByRole("listitem").filter({ hasText: name });
  }

  async logOut() {
    await mainNav(this.page);
    await this.page.getByRole("button", { name: "تسجيل الخروج" }).click();
  }
}

/** The proposals screens, by what a person sees and names. */
export class ProposalPages {
  constructor(private readonly page: Page) {}

  async write(baseUrl: string, title: string, body: string) {
    await this.page.goto(`${baseUrl}/proposals/new`);
    await this.page.getByLabel("عنوان المقترح").fill(title);
    await this.page.getByLabel("نص المقترح").fill(body);
    await this.page.getByRole("button", { name: "حفظ المسودة" }).click();
    await this.page.getByRole("heading", { level: 1, name: title }).waitFor();
  }

  /** Clicks an action, then the dialog's confirmation. */
  async confirm(action: string | RegExp, confirm = "تأكيد") {
    await this.page.getByRole("button", { name: action }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: confirm }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  state() {
    return this.page.locator(".proposal-page header .proposal-state");
  }

  timeline() {
    return this.page.getByRole("region", { name: "مسار المقترح" });
  }

  amendments() {
    return this.page.getByRole("region", { name: "التعديلات" });
  }
}
