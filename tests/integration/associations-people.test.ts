import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  AssociationMember,
  AssociationPageView,
  InvitationCreated,
  InvitationPreview,
  JoinRequest,
  MyAssociation,
} from "../../common/associations.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  activeAssociation,
  adminWithCharter,
  membershipState,
  newMember,
  startAssociationsApp,
} from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("people of an association (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function expectNoChange(
    action: () => Promise<{ body: { error?: { code: string; details?: Record<string, unknown> } } }>,
    code: string,
  ) {
    const before = await membershipState(app.db);
    const answer = await action();
    expect(answer.body.error?.code).toBe(code);
    expect(await membershipState(app.db)).toEqual(before);
    return answer.body.error!;
  }

  const tokenOf = (link: string) => link.split("/invitations/")[1]!;

  it("invites by email link: the outbox keeps the email, the invitee accepts once and becomes a member", async () => {
    const rep = await activeAssociation(app, admin);
    const invitee = await newMember(app, { name: "سعاد المدعوة" });
    const invited = await rep.client.post<InvitationCreated>(`/api/associations/${rep.association.id}/invitations`, {
      email: invitee.email.toUpperCase(),
    });
    expect(invited.status).toBe(201);
    const { invitation, link } = invited.body.data!;
    expect(invitation).toMatchObject({ email: invitee.email, status: "pending" });
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invitations\/[\w-]{43}$/);
    const token = tokenOf(link);

    const mail = await app.db.outboundEmail.findFirstOrThrow({ where: { to: invitee.email } });
    expect(mail.text).toContain(link);
    const stored = await app.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    const preview = await invitee.client.get<InvitationPreview>(`/api/invitations/${token}`);
    expect(preview.body.data).toMatchObject({
      email: invitee.email,
      status: "pending",
      association: { id: rep.association.id },
    });

    const accepted = await invitee.client.post<MyAssociation>(`/api/invitations/${token}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.data).toMatchObject({
      role: "member",
      isPrimaryDelegate: false,
      association: { id: rep.association.id },
    });
    const members = await rep.client.get<AssociationMember[]>(`/api/associations/${rep.association.id}/members`);
    expect(members.body.data!.map((m) => [m.name, m.role])).toContainEqual(["سعاد المدعوة", "member"]);

    const reused = await expectNoChange(() => invitee.client.post(`/api/invitations/${token}/accept`), "INVALID_STATE");
    expect(reused.details).toMatchObject({ reason: "used" });
    const audit = await app.db.auditEntry.findFirst({ where: { action: "member.joined", targetId: invitee.user.id } });
    expect(audit?.associationId).toBe(rep.association.id);
  });

  it("refuses expired, revoked, unknown and other-account invitation links", async () => {
    const rep = await activeAssociation(app, admin);
    const invitee = await newMember(app);
    const invite = async (email: string) =>
      (await rep.client.post<InvitationCreated>(`/api/associations/${rep.association.id}/invitations`, { email })).body
        .data!;

    const expiring = await invite(invitee.email);
    await app.db.invitation.update({
      where: { id: expiring.invitation.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await expectNoChange(
      () => invitee.client.post(`/api/invitations/${tokenOf(expiring.link)}/accept`),
      "INVALID_STATE",
    );
    expect(expired.details).toMatchObject({ reason: "expired" });

    const revoking = await invite(invitee.email);
    const revoked = await rep.client.delete<{ status: string }>(
      `/api/associations/${rep.association.id}/invitations/${revoking.invitation.id}`,
    );
    expect(revoked.body.data!.status).toBe("revoked");
    const refused = await expectNoChange(
      () => invitee.client.post(`/api/invitations/${tokenOf(revoking.link)}/accept`),
      "INVALID_STATE",
    );
    expect(refused.details).toMatchObject({ reason: "revoked" });

    await expectNoChange(() => invitee.client.post(`/api/invitations/${"x".repeat(43)}/accept`), "NOT_FOUND");

    const forSomeoneElse = await invite(`someone-else-${Date.now()}@test.example`);
    const mismatch = await expectNoChange(
      () => invitee.client.post(`/api/invitations/${tokenOf(forSomeoneElse.link)}/accept`),
      "FORBIDDEN",
    );
    expect(mismatch.details).toMatchObject({ reason: "email_mismatch" });

    // Inviting the same person twice while pending is a conflict.
    await expectNoChange(
      () =>
        rep.client.post(`/api/associations/${rep.association.id}/invitations`, {
          email: forSomeoneElse.invitation.email,
        }),
      "CONFLICT",
    );
  });

  it("a member who is not a representative cannot invite, name roles or decide join requests", async () => {
    const rep = await activeAssociation(app, admin);
    const member = await newMember(app);
    const { link } = (
      await rep.client.post<InvitationCreated>(`/api/associations/${rep.association.id}/invitations`, {
        email: member.email,
      })
    ).body.data!;
    await member.client.post(`/api/invitations/${tokenOf(link)}/accept`);
    const base = `/api/associations/${rep.association.id}`;
    await expectNoChange(() => member.client.post(`${base}/invitations`, { email: "x@test.example" }), "FORBIDDEN");
    await expectNoChange(
      () => member.client.patch(`${base}/members/${member.user.id}`, { role: "representative" }),
      "FORBIDDEN",
    );
    await expectNoChange(() => member.client.put(`${base}/delegate`, { userId: member.user.id }), "FORBIDDEN");
    await expectNoChange(() => member.client.get(`${base}/join-requests`), "FORBIDDEN");
    await expectNoChange(() => member.client.post(`${base}/withdraw`, {}), "FORBIDDEN");
    // Admins do not manage an association's internal list either (independence).
    await expectNoChange(
      () => admin.patch(`${base}/members/${member.user.id}`, { role: "representative" }),
      "FORBIDDEN",
    );
    await expectNoChange(() => admin.post(`${base}/invitations`, { email: "y@test.example" }), "FORBIDDEN");
  });

  it("join requests: asked once, approved by a representative, the person becomes a member", async () => {
    const rep = await activeAssociation(app, admin);
    const base = `/api/associations/${rep.association.slug}`;
    const asker = await newMember(app, { name: "مراد الطالب" });
    const asked = await asker.client.post<JoinRequest>(`${base}/join-requests`, { message: "أود الانضمام" });
    expect(asked.status).toBe(201);
    await expectNoChange(() => asker.client.post(`${base}/join-requests`, {}), "CONFLICT");
    const pending = await rep.client.get<JoinRequest[]>(`${base}/join-requests?status=pending`);
    expect(pending.body.data!.map((r) => r.user.name)).toEqual(["مراد الطالب"]);
    const approved = await rep.client.post<JoinRequest>(`${base}/join-requests/${asked.body.data!.id}/approve`);
    expect(approved.body.data!.status).toBe("approved");
    await expectNoChange(() => rep.client.post(`${base}/join-requests/${asked.body.data!.id}/reject`), "INVALID_STATE");
    const mine = await asker.client.get<MyAssociation[]>("/api/me/associations");
    expect(mine.body.data!.map((m) => [m.association.id, m.role])).toEqual([[rep.association.id, "member"]]);
    await expectNoChange(() => asker.client.post(`${base}/join-requests`, {}), "CONFLICT");

    const other = await newMember(app);
    const second = await other.client.post<JoinRequest>(`${base}/join-requests`, {});
    const rejected = await rep.client.post<JoinRequest>(`${base}/join-requests/${second.body.data!.id}/reject`);
    expect(rejected.body.data!.status).toBe("rejected");
    expect(await app.db.associationMember.count({ where: { userId: other.user.id } })).toBe(0);
  });

  it("names representatives up to the limit, exactly one primary delegate, and keeps the last representative", async () => {
    const rep = await activeAssociation(app, admin);
    const base = `/api/associations/${rep.association.id}`;
    const people = [];
    for (const name of ["نادية", "حميد"]) {
      const person = await newMember(app, { name });
      const { link } = (await rep.client.post<InvitationCreated>(`${base}/invitations`, { email: person.email })).body
        .data!;
      await person.client.post(`/api/invitations/${tokenOf(link)}/accept`);
      people.push(person);
    }
    const [nadia, hamid] = people as [(typeof people)[0], (typeof people)[0]];
    const promoted = await rep.client.patch<AssociationMember[]>(`${base}/members/${nadia.user.id}`, {
      role: "representative",
    });
    expect(promoted.body.data!.filter((m) => m.role === "representative")).toHaveLength(2);
    const limit = await expectNoChange(
      () => rep.client.patch(`${base}/members/${hamid.user.id}`, { role: "representative" }),
      "REPRESENTATIVE_LIMIT",
    );
    expect(limit.details).toMatchObject({ max: 2 });

    // The primary delegate must be a representative; naming another moves it, never duplicates it.
    await expectNoChange(() => rep.client.put(`${base}/delegate`, { userId: hamid.user.id }), "INVALID_STATE");
    const moved = await rep.client.put<AssociationMember[]>(`${base}/delegate`, { userId: nadia.user.id });
    expect(moved.body.data!.filter((m) => m.isPrimaryDelegate).map((m) => m.userId)).toEqual([nadia.user.id]);
    expect(await app.db.associationDelegate.count({ where: { associationId: rep.association.id } })).toBe(1);
    const changes = await app.db.delegateChange.findMany({
      where: { associationId: rep.association.id },
      orderBy: { id: "asc" },
    });
    expect(changes.map((c) => c.delegateId)).toEqual([rep.user.id, nadia.user.id]);

    // The new delegate (a representative too) now acts; the delegate cannot be demoted or removed.
    await expectNoChange(
      () => rep.client.patch(`${base}/members/${nadia.user.id}`, { role: "member" }),
      "INVALID_STATE",
    );
    await expectNoChange(() => rep.client.delete(`${base}/members/${nadia.user.id}`), "INVALID_STATE");
    const demoted = await nadia.client.patch<AssociationMember[]>(`${base}/members/${rep.user.id}`, { role: "member" });
    expect(demoted.body.data!.find((m) => m.userId === rep.user.id)!.role).toBe("member");
    // The former representative can no longer act; the last representative cannot step down.
    await expectNoChange(() => rep.client.post(`${base}/invitations`, { email: "z@test.example" }), "FORBIDDEN");
    await expectNoChange(() => nadia.client.delete(`${base}/members/${nadia.user.id}`), "INVALID_STATE");
    // A member may leave on their own.
    const left = await hamid.client.delete(`${base}/members/${hamid.user.id}`);
    expect(left.status).toBe(200);
    expect(
      await app.db.associationMember.count({ where: { associationId: rep.association.id, userId: hamid.user.id } }),
    ).toBe(0);
    const roleAudit = await app.db.auditEntry.findMany({
      where: { associationId: rep.association.id, action: { in: ["member.role_changed", "member.delegate_changed"] } },
    });
    expect(roleAudit.map((row) => row.action).sort()).toEqual([
      "member.delegate_changed",
      "member.role_changed",
      "member.role_changed",
    ]);
  });

  it("a person may belong to several associations", async () => {
    const first = await activeAssociation(app, admin);
    const second = await activeAssociation(app, admin);
    const person = await newMember(app);
    for (const rep of [first, second]) {
      const { link } = (
        await rep.client.post<InvitationCreated>(`/api/associations/${rep.association.id}/invitations`, {
          email: person.email,
        })
      ).body.data!;
      expect((await person.client.post(`/api/invitations/${tokenOf(link)}/accept`)).status).toBe(200);
    }
    const mine = await person.client.get<MyAssociation[]>("/api/me/associations");
    expect(mine.body.data!.map((m) => m.association.id).sort()).toEqual(
      [first.association.id, second.association.id].sort(),
    );
  });

  it("a suspended association's representatives cannot act for it; reinstated, they can again", async () => {
    const rep = await activeAssociation(app, admin);
    const base = `/api/associations/${rep.association.id}`;
    const suspended = await admin.post<{ status: string; suspension: { reason: string; until: null } }>(
      `/api/admin/associations/${rep.association.id}/suspend`,
      { reason: "إخلال بالتزامات الميثاق" },
    );
    expect(suspended.body.data).toMatchObject({
      status: "suspended",
      suspension: { reason: "إخلال بالتزامات الميثاق", until: null },
    });
    await expectNoChange(
      () => rep.client.post(`${base}/invitations`, { email: "s@test.example" }),
      "ASSOCIATION_SUSPENDED",
    );
    await expectNoChange(() => rep.client.patch(base, { city: "فاس" }), "ASSOCIATION_SUSPENDED");
    await expectNoChange(() => rep.client.put(`${base}/delegate`, { userId: rep.user.id }), "ASSOCIATION_SUSPENDED");
    await expectNoChange(() => rep.client.post(`${base}/withdraw`, {}), "ASSOCIATION_SUSPENDED");
    const locked = await expectNoChange(() => rep.client.patch(base, { city: "فاس" }), "ASSOCIATION_SUSPENDED");
    expect(locked.code).toBe("ASSOCIATION_SUSPENDED");
    await expectNoChange(
      () => admin.post(`/api/admin/associations/${rep.association.id}/suspend`, { reason: "مرة ثانية" }),
      "INVALID_STATE",
    );

    const reinstated = await admin.post<{ status: string }>(
      `/api/admin/associations/${rep.association.id}/reinstate`,
      {},
    );
    expect(reinstated.body.data!.status).toBe("active");
    expect((await rep.client.patch(base, { city: "فاس" })).status).toBe(200);
  });

  it("a suspension whose end date has passed reads as ended", async () => {
    const rep = await activeAssociation(app, admin);
    const until = new Date(Date.now() + 60_000).toISOString();
    const answer = await admin.post<{ suspension: { until: string } }>(
      `/api/admin/associations/${rep.association.id}/suspend`,
      {
        reason: "توقيف مؤقت",
        until,
      },
    );
    expect(answer.body.data!.suspension.until).toBe(until);
    await app.db.association.update({
      where: { id: rep.association.id },
      data: { suspendedUntil: new Date(Date.now() - 1000) },
    });
    const page = await rep.client.get<{ status: string }>(`/api/associations/${rep.association.id}`);
    expect(page.body.data!.status).toBe("active");
    expect((await rep.client.patch(`/api/associations/${rep.association.id}`, { city: "طنجة" })).status).toBe(200);
    expect((await app.db.association.findUniqueOrThrow({ where: { id: rep.association.id } })).status).toBe("active");
  });

  it("shows a visitor a suspension's end as soon as it comes, and any change once committed", async () => {
    const rep = await activeAssociation(app, admin);
    const visitor = new ApiClient(app.url);
    const page = `/api/associations/${rep.association.slug}`;
    expect((await visitor.get<AssociationPageView>(page)).body.data!.status).toBe("active");

    const until = new Date(Date.now() + 1500);
    await admin.post(`/api/admin/associations/${rep.association.id}/suspend`, {
      reason: "توقيف قصير",
      until: until.toISOString(),
    });
    const suspended = (await visitor.get<AssociationPageView>(page)).body.data!;
    expect(suspended.status).toBe("suspended");
    expect((await visitor.get<AssociationPageView>(page)).body.data!.suspension?.until).toBe(until.toISOString());

    // Nothing is written when the end comes: the page read from memory must end by itself.
    await new Promise((resolve) => setTimeout(resolve, until.getTime() - Date.now() + 50));
    const ended = (await visitor.get<AssociationPageView>(page)).body.data!;
    expect(ended.status).toBe("active");
    expect(ended.suspension).toBeNull();

    await rep.client.patch(`/api/associations/${rep.association.id}`, { city: "وجدة" });
    expect((await visitor.get<AssociationPageView>(page)).body.data!.city).toBe("وجدة");
  });

  it("its representatives withdraw an active association", async () => {
    const rep = await activeAssociation(app, admin);
    const withdrawn = await rep.client.post<{ status: string }>(`/api/associations/${rep.association.id}/withdraw`, {
      note: "قرار الجمع العام",
    });
    expect(withdrawn.body.data!.status).toBe("withdrawn");
    await expectNoChange(
      () => rep.client.patch(`/api/associations/${rep.association.id}`, { city: "فاس" }),
      "INVALID_STATE",
    );
    expect((await admin.get(`/api/associations/${rep.association.slug}`)).status).toBe(200);
    expect((await (await newMember(app)).client.get(`/api/associations/${rep.association.slug}`)).status).toBe(404);
  });
});
