import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { AssociationMember, InvitationCreated } from "../../common/associations.js";
import type { AuditEntry } from "../../common/audit.js";
import type { Electorate, ElectorateSnapshot, ElectorateSnapshotSummary } from "../../common/electorate.js";
import type { FieldOfAction } from "../../common/reference.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  activeAssociation,
  adminWithCharter,
  apply,
  newMember,
  startAssociationsApp,
} from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("admin console: electorate, audit log, reference data (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

  it("answers the electorate at two instants differently after a suspension and a delegate change", async () => {
    const a = await activeAssociation(app, admin);
    const b = await activeAssociation(app, admin);
    // B names a second representative as its primary delegate.
    const second = await newMember(app, { name: "زينب المندوبة" });
    const { link } = (
      await b.client.post<InvitationCreated>(`/api/associations/${b.association.id}/invitations`, {
        email: second.email,
      })
    ).body.data!;
    await second.client.post(`/api/invitations/${link.split("/invitations/")[1]}/accept`);
    await b.client.patch(`/api/associations/${b.association.id}/members/${second.user.id}`, { role: "representative" });
    await pause();

    const first = await admin.post<ElectorateSnapshot>("/api/admin/electorate/snapshots", { label: "قبل التغيير" });
    expect(first.status).toBe(201);
    const t1 = first.body.data!.at;
    const entry = (snapshot: { entries: ElectorateSnapshot["entries"] }, id: string) =>
      snapshot.entries.find((e) => e.associationId === id);
    expect(entry(first.body.data!, a.association.id)?.delegate?.id).toBe(a.user.id);
    expect(entry(first.body.data!, b.association.id)?.delegate?.id).toBe(b.user.id);
    await pause();

    await admin.post(`/api/admin/associations/${a.association.id}/suspend`, { reason: "توقيف" });
    const moved = await b.client.put<AssociationMember[]>(`/api/associations/${b.association.id}/delegate`, {
      userId: second.user.id,
    });
    expect(moved.status).toBe(200);
    await pause();

    const later = await admin.post<ElectorateSnapshot>("/api/admin/electorate/snapshots", { label: "بعد التغيير" });
    expect(entry(later.body.data!, a.association.id)).toBeUndefined();
    expect(entry(later.body.data!, b.association.id)?.delegate).toEqual({ id: second.user.id, name: "زينب المندوبة" });

    // The past does not change: asking again for t1 gives the first answer.
    const again = await admin.get<Electorate>(`/api/admin/electorate?at=${encodeURIComponent(t1)}`);
    expect(entry(again.body.data!, a.association.id)?.delegate?.id).toBe(a.user.id);
    expect(entry(again.body.data!, b.association.id)?.delegate?.id).toBe(b.user.id);

    // Frozen snapshots keep their entries; the list counts them.
    const list = await admin.get<ElectorateSnapshotSummary[]>("/api/admin/electorate/snapshots");
    const summary = list.body.data!.find((s) => s.id === first.body.data!.id)!;
    expect(summary.associationCount).toBe(first.body.data!.entries.length);
    const read = await admin.get<ElectorateSnapshot>(`/api/admin/electorate/snapshots/${first.body.data!.id}`);
    expect(entry(read.body.data!, a.association.id)?.delegate?.id).toBe(a.user.id);
    const stored = await app.db.electorateEntry.count({ where: { snapshotId: later.body.data!.id } });
    expect(stored).toBe(later.body.data!.entries.length);

    // Pending associations are never in it; the future is refused; members cannot read it.
    const pending = await apply((await newMember(app)).client);
    const now = await admin.get<Electorate>("/api/admin/electorate");
    expect(entry(now.body.data!, pending.body.data!.association.id)).toBeUndefined();
    const future = await admin.get(
      `/api/admin/electorate?at=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`,
    );
    expect(future.body.error!.code).toBe("VALIDATION_FAILED");
    expect((await a.client.get("/api/admin/electorate")).body.error!.code).toBe("FORBIDDEN");
  });

  it("writes audit rows in the change's transaction, lists them by action and target, and PostgreSQL refuses to alter them", async () => {
    const rep = await activeAssociation(app, admin);
    await admin.post(`/api/admin/associations/${rep.association.id}/suspend`, { reason: "سبب التوقيف" });
    await admin.post(`/api/admin/associations/${rep.association.id}/reinstate`, { note: "رفع التوقيف" });

    const listed = await admin.get<Paginated<AuditEntry>>(
      `/api/admin/audit?targetType=association&targetId=${rep.association.id}`,
    );
    expect(listed.body.data!.items.map((e) => e.action)).toEqual(["association.reinstated", "association.suspended"]);
    expect(listed.body.data!.items[1]).toMatchObject({
      actor: { name: "مديرة المنصة" },
      data: { reason: "سبب التوقيف", until: null },
      associationId: rep.association.id,
    });
    const byAction = await admin.get<Paginated<AuditEntry>>("/api/admin/audit?action=application.approved&pageSize=1");
    expect(byAction.body.data!.items).toHaveLength(1);
    expect(byAction.body.data!.total).toBeGreaterThanOrEqual(1);
    const byAssociation = await admin.get<Paginated<AuditEntry>>(
      `/api/admin/audit?associationId=${rep.association.id}`,
    );
    expect(byAssociation.body.data!.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(["application.submitted", "application.approved", "association.suspended"]),
    );
    expect((await rep.client.get("/api/admin/audit")).body.error!.code).toBe("FORBIDDEN");

    const id = Number(listed.body.data!.items[0]!.id);
    await expect(
      app.db.$executeRawUnsafe(`UPDATE audit_entries SET action = 'forged' WHERE id = ${id}`),
    ).rejects.toThrow(/append-only/);
    await expect(app.db.$executeRawUnsafe(`DELETE FROM audit_entries WHERE id = ${id}`)).rejects.toThrow(/append-only/);
    await expect(app.db.auditEntry.deleteMany({})).rejects.toThrow();
    await expect(app.db.$executeRawUnsafe("DELETE FROM association_status_changes")).rejects.toThrow(/append-only/);
    await expect(app.db.$executeRawUnsafe("UPDATE delegate_changes SET delegate_id = NULL")).rejects.toThrow(
      /append-only/,
    );
    expect((await app.db.auditEntry.findUniqueOrThrow({ where: { id } })).action).toBe("association.reinstated");
  });

  it("an audit row exists only if its change does: a failed change leaves neither", async () => {
    const rep = await activeAssociation(app, admin);
    const before = await app.db.auditEntry.count();
    const refused = await admin.post(`/api/admin/associations/${rep.association.id}/reinstate`, {});
    expect(refused.body.error!.code).toBe("INVALID_STATE");
    expect(await app.db.auditEntry.count()).toBe(before);
  });

  it("lets admins add, rename, deactivate fields of action, and never delete one in use", async () => {
    const created = await admin.post<FieldOfAction>("/api/admin/fields", {
      nameAr: "الاقتصاد التضامني",
      nameFr: "Économie solidaire",
    });
    expect(created.status).toBe(201);
    expect(created.body.data!.code).toBe("economie_solidaire");
    const duplicate = await admin.post("/api/admin/fields", {
      code: "economie_solidaire",
      nameAr: "مكرر",
      nameFr: "Doublon",
    });
    expect(duplicate.body.error!.code).toBe("CONFLICT");
    const id = created.body.data!.id;
    const renamed = await admin.patch<FieldOfAction>(`/api/admin/fields/${id}`, {
      nameAr: "الاقتصاد الاجتماعي والتضامني",
    });
    expect(renamed.body.data!.nameAr).toBe("الاقتصاد الاجتماعي والتضامني");

    const rep = await activeAssociation(app, admin, { fieldCodes: ["economie_solidaire"] });
    const inUse = await admin.delete(`/api/admin/fields/${id}`);
    expect(inUse.body.error!.code).toBe("INVALID_STATE");
    expect(await app.db.fieldOfAction.count({ where: { id } })).toBe(1);

    const deactivated = await admin.patch<FieldOfAction>(`/api/admin/fields/${id}`, { active: false });
    expect(deactivated.body.data!.active).toBe(false);
    const publicList = await admin.get<FieldOfAction[]>("/api/reference/fields");
    expect(publicList.body.data!.map((f) => f.id)).not.toContain(id);
    const all = await admin.get<FieldOfAction[]>("/api/reference/fields?all=1");
    expect(all.body.data!.map((f) => f.id)).toContain(id);
    // Kept on the association that has it, refused to a new one.
    const page = await rep.client.get<{ fields: FieldOfAction[] }>(`/api/associations/${rep.association.id}`);
    expect(page.body.data!.fields.map((f) => f.id)).toContain(id);
    const refused = await apply((await newMember(app)).client, { fieldIds: [id] });
    expect(refused.body.error!.code).toBe("VALIDATION_FAILED");

    const unused = await admin.post<FieldOfAction>("/api/admin/fields", {
      code: "temporary_field",
      nameAr: "مؤقت",
      nameFr: "Temporaire",
    });
    expect((await admin.delete(`/api/admin/fields/${unused.body.data!.id}`)).status).toBe(200);
    const member = (await newMember(app, { role: "moderator" })).client;
    expect((await member.post("/api/admin/fields", { nameAr: "س", nameFr: "x" })).body.error!.code).toBe("FORBIDDEN");
    const audit = await app.db.auditEntry.findMany({ where: { targetType: "field", targetId: id } });
    expect(audit.map((row) => row.action).sort()).toEqual(["field.created", "field.updated", "field.updated"]);
  });

  it("lists every association for admins, with counts per application status", async () => {
    const pending = await apply((await newMember(app)).client);
    const list = await admin.get<Paginated<{ id: string; status: string }>>(
      "/api/admin/associations?status=pending&pageSize=50",
    );
    expect(list.body.data!.items.map((i) => i.id)).toContain(pending.body.data!.association.id);
    expect(list.body.data!.items.every((i) => i.status === "pending")).toBe(true);
    const queue = await admin.get<{ counts: Record<string, number>; total: number }>("/api/admin/applications");
    const counts = queue.body.data!.counts;
    expect(Object.keys(counts).sort()).toEqual(["approved", "info_requested", "rejected", "under_review"]);
    expect(counts.under_review).toBe(await app.db.membershipApplication.count({ where: { status: "under_review" } }));
    expect(counts.approved).toBe(await app.db.membershipApplication.count({ where: { status: "approved" } }));
  });

  it("changes platform roles with an audit row, keeps the last admin, and refuses non-admins", async () => {
    const person = await newMember(app, { name: "سهام المشرفة" });
    const found = await admin.get<Paginated<{ id: string; email: string }>>(
      `/api/admin/users?q=${encodeURIComponent(person.email.slice(0, 12))}`,
    );
    expect(found.body.data!.items.map((u) => u.id)).toContain(person.user.id);
    const changed = await admin.put<{ role: string }>(`/api/admin/users/${person.user.id}/role`, { role: "moderator" });
    expect(changed.body.data!.role).toBe("moderator");
    const me = await person.client.get<{ user: { role: string } }>("/api/auth/me");
    expect(me.body.data!.user.role).toBe("moderator");
    const audit = await app.db.auditEntry.findFirstOrThrow({
      where: { action: "user.role_changed", targetId: person.user.id },
    });
    expect(audit.data).toEqual({ from: "member", to: "moderator" });
    expect(
      (await person.client.put(`/api/admin/users/${person.user.id}/role`, { role: "admin" })).body.error!.code,
    ).toBe("FORBIDDEN");
    // Demote every other admin, then the last one cannot be demoted.
    const admins = await app.db.user.findMany({ where: { role: "admin" } });
    const self = (await admin.get<{ user: { id: string } }>("/api/auth/me")).body.data!.user.id;
    for (const other of admins.filter((a) => a.id !== self)) {
      await admin.put(`/api/admin/users/${other.id}/role`, { role: "member" });
    }
    const before = await app.db.auditEntry.count();
    const last = await admin.put(`/api/admin/users/${self}/role`, { role: "member" });
    expect(last.body.error).toMatchObject({ code: "INVALID_STATE", details: { reason: "last_admin" } });
    expect(await app.db.auditEntry.count()).toBe(before);
    expect((await app.db.user.findUniqueOrThrow({ where: { id: self } })).role).toBe("admin");
  });
});
