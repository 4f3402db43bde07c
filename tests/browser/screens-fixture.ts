import type { Browser, BrowserContext } from "playwright-core";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, apply, newMember } from "../helpers/associations.js";

/**
 * Rows for every list screen: an active association with two members, a pending invitation, a
 * second application waiting in the admin queue, the audit entries all of this wrote, and a newcomer
 * who has not applied yet.
 */
export async function seedScreens(app: TestApp) {
  const admin = await adminWithCharter(app);
  const active = await activeAssociation(app, admin.client, {
    nameAr: "جمعية الأمل للتنمية المحلية",
    nameFr: "Association Al Amal pour le développement local",
  });
  const slug = active.association.slug;
  const invitee = await newMember(app, { name: "أمينة الإدريسي" });
  const invited = await active.client.post<{ link: string }>(`/api/associations/${slug}/invitations`, {
    email: invitee.email,
  });
  if (invited.status !== 201) throw new Error(`invite failed: ${JSON.stringify(invited.body)}`);
  const token = invited.body.data!.link.split("/").pop()!;
  const accepted = await invitee.client.post(`/api/invitations/${token}/accept`);
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  const pending = await active.client.post(`/api/associations/${slug}/invitations`, {
    email: `pending-${Date.now()}@test.example`,
  });
  if (pending.status !== 201) throw new Error(`invite failed: ${JSON.stringify(pending.body)}`);
  const applicant = await newMember(app, { name: "سعيد بنعلي" });
  const applied = await apply(applicant.client, { nameAr: "جمعية النخيل للبيئة والتنمية المستدامة" });
  if (applied.status !== 201) throw new Error(`apply failed: ${JSON.stringify(applied.body)}`);
  const newcomer = await newMember(app, { name: "ليلى المنصوري" });
  return { admin, representative: active, slug, applicationId: applied.body.data!.id, applicant: newcomer };
}

/** A browser context signed in as the account behind `client` (its session cookie copied over). */
export async function contextAs(
  browser: Browser,
  app: TestApp,
  client: ApiClient | undefined,
  viewport: { width: number; height: number },
  locale: "ar" | "fr" = "ar",
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  const cookies = [...(client?.cookies ?? [])].map(([name, value]) => ({ name, value, url: app.url }));
  if (cookies.length) await context.addCookies(cookies);
  if (locale !== "ar") await context.addInitScript(`localStorage.setItem("tashawur.locale", "${locale}")`);
  return context;
}
