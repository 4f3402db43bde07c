import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { AuditEntry } from "../../common/audit.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("the audit log names what it shows (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  const entries = async (query: string) =>
    (await admin.get<Paginated<AuditEntry>>(`/api/admin/audit?${query}`)).body.data!.items;

  it("gives each entry its association by name and address", async () => {
    const rep = await activeAssociation(app, admin, { nameAr: "جمعية السجل المقروء", nameFr: "Journal Lisible" });
    const [approved] = await entries(`associationId=${rep.association.id}&action=application.approved`);
    expect(approved!.association).toEqual({
      id: rep.association.id,
      slug: rep.association.slug,
      nameAr: "جمعية السجل المقروء",
      nameFr: "Journal Lisible",
    });
    expect(approved!.subject).toBeNull();
  });

  it("names the person acted on", async () => {
    const { user } = await newMember(app, { name: "أمينة العلوي" });
    const changed = await admin.put(`/api/admin/users/${user.id}/role`, { role: "moderator" });
    expect(changed.status).toBe(200);
    const [entry] = await entries(`targetType=user&targetId=${user.id}`);
    expect(entry).toMatchObject({
      action: "user.role_changed",
      subject: { kind: "person", id: user.id, name: "أمينة العلوي" },
      data: { from: "member", to: "moderator" },
    });
  });

  it("names a field of action and a frozen electorate by their own names", async () => {
    const created = await admin.post<{ id: string }>("/api/admin/fields", {
      nameAr: "الفنون الشعبية",
      nameFr: "Arts populaires",
    });
    expect(created.status).toBe(201);
    const [field] = await entries(`targetType=field&targetId=${created.body.data!.id}`);
    expect(field!.subject).toEqual({
      kind: "field",
      id: created.body.data!.id,
      name: "الفنون الشعبية",
      nameFr: "Arts populaires",
    });

    const frozen = await admin.post<{ id: string }>("/api/admin/electorate/snapshots", { label: "هيئة الجمع العام" });
    expect(frozen.status).toBe(201);
    const [snapshot] = await entries(`action=electorate.frozen&targetId=${frozen.body.data!.id}`);
    expect(snapshot!.subject).toMatchObject({ kind: "electorate_snapshot", name: "هيئة الجمع العام" });
  });
});
