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
