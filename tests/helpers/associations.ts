import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Role } from "../../common/api.js";
import type { ApplicationDetail } from "../../common/applications.js";
import type { AssociationProfileInput } from "../../common/associations.js";
import type { CharterVersion } from "../../common/charter.js";
import type { FieldOfAction } from "../../common/reference.js";
import type { Database, Db } from "../../server/db/client.js";
import { registerUser } from "../../server/modules/users/service.js";
import { type ApiAnswer, ApiClient, strongPassword, uniqueEmail } from "./api-client.js";
import { startTestApp, type TestApp } from "./app.js";

/** Tiny valid files, by their magic bytes. */
export const files = {
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]),
  webp: Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 "), Buffer.alloc(32, 3)]),
  pdf: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
};

/** Sends one file as multipart/form-data, with the session cookie and the CSRF token. */
export async function uploadFile<T = unknown>(
  client: ApiClient,
  method: "POST" | "PUT",
  path: string,
  field: string,
  file: { bytes: Buffer; name: string; type: string },
): Promise<ApiAnswer<T>> {
  if (!client.csrfToken) await client.refreshCsrf();
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const response = await fetch(client.baseUrl + path, {
    method,
    headers: { cookie: client.cookieHeader, "x-csrf-token": client.csrfToken! },
    body: form,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
}

let counter = 0;
/** A unique suffix for names, slugs and registration references. */
export const unique = () =>
  `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Publishes a version of the charter (or internal rules) as an admin; returns it. */
export async function publishCharter(
  admin: ApiClient,
  kind: "charter" | "internal_rules" = "charter",
  title = "ميثاق المنتدى",
): Promise<CharterVersion> {
  const answer = await admin.post<CharterVersion>("/api/admin/charter/versions", {
    kind,
    title,
    bodyMd: `# ${title}\n\n- 1- نص تجريبي للميثاق ${unique()}`,
  });
  if (answer.status !== 201) throw new Error(`publish failed: ${JSON.stringify(answer.body)}`);
  return answer.body.data!;
}

export async function currentCharterId(client: ApiClient): Promise<string> {
  const answer = await client.get<{ charter: { id: string } | null }>("/api/charter");
  return answer.body.data!.charter!.id;
}

export async function fieldsOf(client: ApiClient): Promise<FieldOfAction[]> {
  return (await client.get<FieldOfAction[]>("/api/reference/fields")).body.data!;
}

/** A valid profile; fields of action by code. */
export async function profile(
  client: ApiClient,
  overrides: Partial<AssociationProfileInput> & { fieldCodes?: string[] } = {},
): Promise<AssociationProfileInput> {
  const { fieldCodes = ["social"], ...rest } = overrides;
  const fields = await fieldsOf(client);
  const id = unique();
  return {
    nameAr: `جمعية الاختبار ${id}`,
    nameFr: `Association Test ${id}`,
    city: "الرباط",
    regionCode: "MA-04",
    fieldIds: fieldCodes.map((code) => fields.find((field) => field.code === code)!.id),
    foundedYear: 2010,
    registrationRef: `REF-${id}`,
    contactEmail: `contact-${id}@test.example`,
    descriptionMd: "نعمل من أجل **التنمية** المحلية.",
    eligibility: { nationalScope: true, voluntary: true, nonProfit: true, nonPolitical: true },
    ...rest,
  };
}

/** Applies through the API as `client` with the current charter accepted. */
export async function apply(
  client: ApiClient,
  overrides: Partial<AssociationProfileInput> & { fieldCodes?: string[] } = {},
): Promise<ApiAnswer<ApplicationDetail>> {
  return client.post<ApplicationDetail>("/api/applications", {
    profile: await profile(client, overrides),
    charterVersionId: await currentCharterId(client),
  });
}

let addresses = 0;

/**
 * An API client that comes from its own (fictional) address, so that many accounts made by one test
 * file never meet the per-address login and registration limits (the app trusts X-Forwarded-For here).
 */
export class AddressedClient extends ApiClient {
  readonly address = `10.${(++addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;

  override raw(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) {
    return super.raw(method, path, { ...init, headers: { "x-forwarded-for": this.address, ...init.headers } });
  }
}

/** A new account (made directly, with any platform role), logged in through the API. */
export async function newMember(app: TestApp, options: { name?: string; role?: Role } = {}) {
  const email = uniqueEmail(options.role ?? "member");
  const user = await registerUser(
    app.db,
    { email, name: options.name ?? "عضو تجريبي", password: strongPassword },
    options.role ?? "member",
  );
  const client = new AddressedClient(app.url);
  const answer = await client.post("/api/auth/login", { email, password: strongPassword });
  if (answer.status !== 200) throw new Error(`login failed: ${JSON.stringify(answer.body)}`);
  return { client: client as ApiClient, user, email };
}

/** An app-level fixture: an admin, and a published charter. */
export async function adminWithCharter(app: TestApp) {
  const admin = await newMember(app, { role: "admin", name: "مديرة المنصة" });
  const existing = await admin.client.get<{ charter: unknown }>("/api/charter");
  if (!existing.body.data!.charter) await publishCharter(admin.client);
  return admin;
}

/** A new user whose application was approved: the representative and primary delegate of an active association. */
export async function activeAssociation(
  app: TestApp,
  admin: ApiClient,
  overrides: Partial<AssociationProfileInput> & { fieldCodes?: string[] } = {},
) {
  const rep = await newMember(app, { name: "ممثل الجمعية" });
  let applied = await apply(rep.client, overrides);
  // PostgreSQL test files share one database: another file may have published internal rules, which
  // this process's read model of the charter has not seen. Accept the version the refusal names.
  const fields = (applied.body.error?.details?.fields ?? []) as { path: string }[];
  const rules = applied.body.error?.details?.currentVersionId;
  if (fields.some((field) => field.path === "internalRulesVersionId") && typeof rules === "string") {
    applied = await rep.client.post<ApplicationDetail>("/api/applications", {
      profile: await profile(rep.client, overrides),
      charterVersionId: await currentCharterId(rep.client),
      internalRulesVersionId: rules,
    });
  }
  if (applied.status !== 201) throw new Error(`apply failed: ${JSON.stringify(applied.body)}`);
  const approved = await admin.post<ApplicationDetail>(`/api/admin/applications/${applied.body.data!.id}/approve`, {});
  if (approved.status !== 200) throw new Error(`approve failed: ${JSON.stringify(approved.body)}`);
  return { ...rep, application: approved.body.data!, association: approved.body.data!.association };
}

/** Row counts of every table a membership change writes: a denial must leave them all as they were. */
export async function membershipState(db: Db) {
  const [associations, members, delegates, applications, events, documents, acceptances, audit, invitations] =
    await Promise.all([
      db.association.findMany({ orderBy: { id: "asc" } }),
      db.associationMember.findMany({ orderBy: [{ associationId: "asc" }, { userId: "asc" }] }),
      db.associationDelegate.findMany({ orderBy: { associationId: "asc" } }),
      db.membershipApplication.findMany({ orderBy: { id: "asc" } }),
      db.applicationEvent.count(),
      db.applicationDocument.count(),
      db.charterAcceptance.count(),
      db.auditEntry.count(),
      db.invitation.findMany({ orderBy: { id: "asc" } }),
    ]);
  const [statusChanges, delegateChanges, joinRequests, emails, delegateRequests, notifications] = await Promise.all([
    db.associationStatusChange.count(),
    db.delegateChange.count(),
    db.joinRequest.findMany({ orderBy: { id: "asc" } }),
    db.outboundEmail.count(),
    db.delegateRequest.findMany({ orderBy: { id: "asc" } }),
    db.notification.count(),
  ]);
  return {
    associations,
    members,
    delegates,
    applications,
    events,
    documents,
    acceptances,
    audit,
    invitations,
    statusChanges,
    delegateChanges,
    joinRequests,
    emails,
    delegateRequests,
    notifications,
  };
}

/** Starts the app on a fresh embedded database with its own temporary data directory (for uploads). */
export async function startAssociationsApp(
  open: () => Promise<Database> | Database,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-data-"));
  const app = await startTestApp(await open(), { env: { DATA_DIR: dataDir, TRUST_PROXY: "true", ...env } });
  const close = app.close.bind(app);
  return {
    ...app,
    async close() {
      await close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * An active association whose first representative is its primary delegate, with `count` more
 * representatives invited, accepted and promoted (the app must allow that many representatives).
 */
export async function associationWithRepresentatives(app: TestApp, admin: ApiClient, names: string[]) {
  const delegate = await activeAssociation(app, admin);
  const base = `/api/associations/${delegate.association.id}`;
  const others = [];
  for (const name of names) {
    const person = await newMember(app, { name });
    const invited = await delegate.client.post<{ link: string }>(`${base}/invitations`, { email: person.email });
    const token = invited.body.data!.link.split("/invitations/")[1];
    const accepted = await person.client.post(`/api/invitations/${token}/accept`);
    if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
    const promoted = await delegate.client.patch(`${base}/members/${person.user.id}`, { role: "representative" });
    if (promoted.status !== 200) throw new Error(`promotion failed: ${JSON.stringify(promoted.body)}`);
    others.push(person);
  }
  return { delegate, others, base };
}
