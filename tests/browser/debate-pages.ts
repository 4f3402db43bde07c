import type { Locator, Page } from "playwright-core";
import type { ApiClient } from "../helpers/api-client.js";

/** Page objects for the debates' screens, located by role and Arabic accessible name. */
export class DebateScreen {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, id: string) {
    await this.page.goto(`${baseUrl}/debates/${id}`);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
  }

  /** Waits until the page has joined the debate's room and receives its events. */
  async live() {
    await this.page.locator('article.debate-page[data-live="on"]').waitFor();
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The list of replies (the tree's top level and everything nested in it). */
  replies() {
    return this.page.getByRole("list", { name: "الردود" });
  }

  /** A reply, found by a piece of its text. */
  reply(text: string): Locator {
    return this.page.locator("article.reply").filter({ hasText: text });
  }

  /** The polite live region that announces what arrives. */
  announcements() {
    return this.page.locator('[aria-live="polite"]');
  }

  /** Writes a reply to the debate itself with a stance, from the form above the tree. */
  async replyToDebate(stance: "مؤيد" | "معارض" | "محايد" | "سؤال", text: string, mention?: string) {
    const form = this.page.getByRole("form", { name: "ردك" });
    await form.getByRole("radio", { name: stance }).check();
    await form.getByLabel("ردك").fill(text);
    if (mention) {
      // «ذكر عضو»: two letters of the name, then the person from the list.
      await form.getByLabel("ذكر عضو").fill(mention.slice(0, 3));
      await form.getByRole("list", { name: "أعضاء بهذا الاسم" }).getByRole("button", { name: mention }).click();
    }
    await form.getByRole("button", { name: "إرسال الرد" }).click();
  }

  /** Answers a reply in its own form, opened from its «رد» button. */
  async answer(replyText: string, stance: "مؤيد" | "معارض" | "محايد" | "سؤال", text: string) {
    const reply = this.reply(replyText).first();
    await reply.getByRole("button", { name: "رد", exact: true }).click();
    const form = reply.getByRole("form");
    await form.getByRole("radio", { name: stance }).check();
    await form.getByLabel("ردك").fill(text);
    await form.getByRole("button", { name: "إرسال الرد" }).click();
  }

  /** A moderator hides a reply, giving the reason its author will read. */
  async hide(replyText: string, reason: string) {
    await this.reply(replyText).first().getByRole("button", { name: "إخفاء" }).click();
    const dialog = this.page.getByRole("dialog", { name: "إخفاء هذا الرد" });
    await dialog.getByLabel("السبب").fill(reason);
    await dialog.getByRole("button", { name: "إخفاء" }).click();
    await dialog.waitFor({ state: "hidden" });
  }
}

/** The API calls a test seeds debates with. */
export async function seedCategory(admin: ApiClient, slug: string) {
  const answer = await admin.post<{ id: string; slug: string }>("/api/admin/debates/categories", {
    slug,
    nameAr: "المشاركة المواطنة",
    descriptionAr: "كيف يشارك المواطنون والجمعيات في صنع القرار المحلي والوطني.",
  });
  if (answer.status !== 201) throw new Error(`category failed: ${JSON.stringify(answer.body)}`);
  return answer.body.data!;
}

export async function seedDebate(client: ApiClient, categoryId: string, title: string, bodyMd: string) {
  const answer = await client.post<{ id: string }>("/api/debates", {
    title,
    bodyMd,
    categoryId,
    tags: ["الشباب"],
    associationId: null,
  });
  if (answer.status !== 201) throw new Error(`debate failed: ${JSON.stringify(answer.body)}`);
  return answer.body.data!;
}

export async function seedReply(
  client: ApiClient,
  debateId: string,
  parentId: string | null,
  bodyMd: string,
  stance: "for" | "against" | "neutral" | "question" = "for",
) {
  const answer = await client.post<{ id: string }>(`/api/debates/${debateId}/replies`, {
    parentId,
    stance,
    bodyMd,
    quoteOfId: null,
    associationId: null,
  });
  if (answer.status !== 201) throw new Error(`reply failed: ${JSON.stringify(answer.body)}`);
  return answer.body.data!;
}
