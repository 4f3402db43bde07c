import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssemblyDetail } from "../../common/assemblies.js";
import type { InvitationCreated } from "../../common/associations.js";
import { type AuditAction, auditActions } from "../../common/audit.js";
import type { CharterVersion } from "../../common/charter.js";
import type { FieldOfAction } from "../../common/reference.js";
import type { SessionCommand } from "../../common/sessions.js";
import type { ApiAnswer, ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { assemblyInput, convenedAssembly, dayArrives } from "../helpers/assemblies.js";
import {
  activeAssociation,
  adminWithCharter,
  apply,
  files,
  newMember,
  publishCharter,
  startAssociationsApp,
  unique,
} from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";
import { adoptedProgramme, draftedProgramme, programmeCast, programmeDocument } from "../helpers/programmes.js";
import { draftProposal, proposalCast, proposalText, submittedProposal } from "../helpers/proposals.js";
import { createLiveSession } from "../helpers/sessions.js";
import { connected, socketFor } from "../helpers/sockets.js";
import { openedVote } from "../helpers/votes.js";

// Every action of the audit log, from the code's own list: the one request that does it writes
// exactly one row of that action; and when the database refuses that audit row, the whole change is
// rolled back (the row is written inside the change's transaction, never after the commit).
// `Record<AuditAction, ...>` makes a new action without a scenario fail to compile.

type Step = () => Promise<ApiAnswer>;

/** A multipart form: text fields and one PDF, with the session cookie and the CSRF token. */
async function withFields<T = unknown>(
  client: ApiClient,
  path: string,
  field: string,
  bytes: Buffer,
  fields: Record<string, string>,
): Promise<ApiAnswer<T>> {
  if (!client.csrfToken) await client.refreshCsrf();
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(field, new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), "document.pdf");
  const response = await fetch(client.baseUrl + path, {
    method: "POST",
    headers: { cookie: client.cookieHeader, "x-csrf-token": client.csrfToken! },
    body: form,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
}

describe("audit sweep over every audit action (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
    await app.db.$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit row refused by the test'; END $$`);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The database refuses the audit rows of `action` until `stop()` is called. */
  async function refuseAuditOf(action: AuditAction) {
    await app.db.$executeRawUnsafe(
      `CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_entries FOR EACH ROW
       WHEN (NEW.action = '${action}') EXECUTE FUNCTION test_refuse_audit()`,
    );
    return { stop: () => app.db.$executeRawUnsafe("DROP TRIGGER test_refuse_audit ON audit_entries") };
  }

  /** A representative's association with a second person in its list. */
  async function withMember() {
    const rep = await activeAssociation(app, admin);
    const member = await newMember(app, { name: "عضو في القائمة" });
    const { link } = (
      await rep.client.post<InvitationCreated>(`/api/associations/${rep.association.id}/invitations`, {
        email: member.email,
      })
    ).body.data!;
    await member.client.post(`/api/invitations/${link.split("/invitations/")[1]}/accept`);
    return { rep, member, base: `/api/associations/${rep.association.id}` };
  }

  /** The same, the second person a representative too (not the primary delegate). */
  async function withRepresentative() {
    const found = await withMember();
    await found.rep.client.patch(`${found.base}/members/${found.member.user.id}`, { role: "representative" });
    return found;
  }

  async function applied() {
    const applicant = await newMember(app, { name: "مقدمة الطلب" });
    const application = await apply(applicant.client);
    return { applicant, id: (application.body.data as { id: string }).id };
  }

  async function joinRequest() {
    const rep = await activeAssociation(app, admin);
    const asker = await newMember(app, { name: "طالب الانضمام" });
    const base = `/api/associations/${rep.association.id}`;
    await asker.client.post(`${base}/join-requests`, { message: "أرغب في الانضمام" });
    const request = await app.db.joinRequest.findFirstOrThrow({
      where: { associationId: rep.association.id, userId: asker.user.id },
    });
    return { rep, path: `${base}/join-requests/${request.id}` };
  }

  async function field() {
    const name = `حقل ${unique()}`;
    const created = await admin.post<FieldOfAction>("/api/admin/fields", { nameAr: name, nameFr: `Champ ${unique()}` });
    return created.body.data!.id;
  }

  /** A debate opened by a member, with one reply by another; a moderator to act on them. */
  async function debateWithReply() {
    const author = await newMember(app, { name: "صاحبة النقاش" });
    const other = await newMember(app, { name: "محاور" });
    const moderator = await newMember(app, { name: "مشرف", role: "moderator" });
    const debate = (
      await author.client.post<{ id: string }>("/api/debates", {
        title: "نقاش للتدقيق",
        bodyMd: "نص النقاش",
        categoryId: null,
        associationId: null,
      })
    ).body.data!;
    const reply = (
      await other.client.post<{ id: string }>(`/api/debates/${debate.id}/replies`, {
        parentId: null,
        stance: "for",
        bodyMd: "رد",
        quoteOfId: null,
        associationId: null,
      })
    ).body.data!;
    return { author, other, moderator: moderator.client, debateId: debate.id, replyId: reply.id };
  }

  async function debateCategory() {
    const created = await admin.post<{ id: string }>("/api/admin/debates/categories", {
      slug: `theme-${randomUUID().slice(0, 8)}`,
      nameAr: "فئة للتدقيق",
    });
    return created.body.data!.id;
  }

  /** For each action: prepare what it needs, and return the one request that does it. */
  /** An assembly in session (its quorum made one association, the one checked in). */
  async function assemblyInSession() {
    const rep = await activeAssociation(app, admin);
    const a = await convenedAssembly(admin);
    await app.db.assembly.update({ where: { id: a.id }, data: { quorumShare: 0.0001 } });
    await dayArrives(app.db, a.id);
    await rep.client.post(`/api/assemblies/${a.id}/check-ins`, { associationId: rep.association.id });
    return a;
  }

  const scenarios: Record<AuditAction, () => Promise<Step>> = {
    "application.submitted": async () => {
      const applicant = await newMember(app, { name: "مقدم الطلب" });
      return () => apply(applicant.client);
    },
    "application.info_requested": async () => {
      const { id } = await applied();
      return () => admin.post(`/api/admin/applications/${id}/request-info`, { note: "المرجو إرفاق القانون الأساسي" });
    },
    "application.responded": async () => {
      const { applicant, id } = await applied();
      await admin.post(`/api/admin/applications/${id}/request-info`, { note: "المرجو التوضيح" });
      return () => applicant.client.post(`/api/applications/${id}/response`, { note: "هذا هو التوضيح" });
    },
    "application.approved": async () => {
      const { id } = await applied();
      return () => admin.post(`/api/admin/applications/${id}/approve`, {});
    },
    "application.rejected": async () => {
      const { id } = await applied();
      return () => admin.post(`/api/admin/applications/${id}/reject`, { reason: "لا تستوفي الشروط" });
    },
    "association.suspended": async () => {
      const rep = await activeAssociation(app, admin);
      return () => admin.post(`/api/admin/associations/${rep.association.id}/suspend`, { reason: "مخالفة الميثاق" });
    },
    "association.reinstated": async () => {
      const rep = await activeAssociation(app, admin);
      await admin.post(`/api/admin/associations/${rep.association.id}/suspend`, { reason: "مخالفة الميثاق" });
      return () => admin.post(`/api/admin/associations/${rep.association.id}/reinstate`, { note: "رفع التوقيف" });
    },
    "association.withdrawn": async () => {
      const rep = await activeAssociation(app, admin);
      return () => rep.client.post(`/api/associations/${rep.association.id}/withdraw`, {});
    },
    "association.charter_accepted": async () => {
      const rep = await activeAssociation(app, admin);
      const version: CharterVersion = await publishCharter(admin, "charter", "ميثاق منقح");
      return () =>
        rep.client.post(`/api/associations/${rep.association.id}/charter-acceptances`, { versionId: version.id });
    },
    "member.joined": async () => {
      const rep = await activeAssociation(app, admin);
      const person = await newMember(app, { name: "عضو جديد" });
      const { link } = (
        await rep.client.post<InvitationCreated>(`/api/associations/${rep.association.id}/invitations`, {
          email: person.email,
        })
      ).body.data!;
      return () => person.client.post(`/api/invitations/${link.split("/invitations/")[1]}/accept`);
    },
    "member.removed": async () => {
      const { rep, member, base } = await withMember();
      return () => rep.client.delete(`${base}/members/${member.user.id}`);
    },
    "member.role_changed": async () => {
      const { rep, member, base } = await withMember();
      return () => rep.client.patch(`${base}/members/${member.user.id}`, { role: "representative" });
    },
    "member.delegate_changed": async () => {
      const { rep, member, base } = await withMember();
      await rep.client.patch(`${base}/members/${member.user.id}`, { role: "representative" });
      return () => rep.client.put(`${base}/delegate`, { userId: member.user.id });
    },
    "delegate.requested": async () => {
      const { member, base } = await withRepresentative();
      return () => member.client.post(`${base}/delegate/requests`, { reason: "المندوب مسافر" });
    },
    "delegate.objected": async () => {
      const { rep, member, base } = await withRepresentative();
      const opened = await member.client.post<{ pending: { id: string } }>(`${base}/delegate/requests`, {});
      return () => rep.client.post(`${base}/delegate/requests/${opened.body.data!.pending.id}/objection`, {});
    },
    "delegate.request_cancelled": async () => {
      const { member, base } = await withRepresentative();
      const opened = await member.client.post<{ pending: { id: string } }>(`${base}/delegate/requests`, {});
      return () => member.client.delete(`${base}/delegate/requests/${opened.body.data!.pending.id}`);
    },
    "join_request.approved": async () => {
      const { rep, path } = await joinRequest();
      return () => rep.client.post(`${path}/approve`, {});
    },
    "join_request.rejected": async () => {
      const { rep, path } = await joinRequest();
      return () => rep.client.post(`${path}/reject`, {});
    },
    "invitation.created": async () => {
      const rep = await activeAssociation(app, admin);
      const email = `invited-${randomUUID().slice(0, 8)}@test.example`;
      return () => rep.client.post(`/api/associations/${rep.association.id}/invitations`, { email });
    },
    "invitation.revoked": async () => {
      const rep = await activeAssociation(app, admin);
      const base = `/api/associations/${rep.association.id}`;
      const sent = await rep.client.post<InvitationCreated>(`${base}/invitations`, {
        email: `invited-${randomUUID().slice(0, 8)}@test.example`,
      });
      return () => rep.client.delete(`${base}/invitations/${sent.body.data!.invitation.id}`);
    },
    "user.role_changed": async () => {
      const person = await newMember(app, { name: "مشرفة مقبلة" });
      return () => admin.put(`/api/admin/users/${person.user.id}/role`, { role: "moderator" });
    },
    "charter.published": async () => () =>
      admin.post("/api/admin/charter/versions", { kind: "charter", title: "ميثاق منقح", bodyMd: `نص ${unique()}` }),
    "field.created": async () => {
      const code = `field_${unique().replace(/[^a-z0-9]/g, "")}`;
      return () => admin.post("/api/admin/fields", { code, nameAr: "حقل جديد", nameFr: "Nouveau champ" });
    },
    "field.updated": async () => {
      const id = await field();
      return () => admin.patch(`/api/admin/fields/${id}`, { nameAr: "حقل معدل" });
    },
    "field.deleted": async () => {
      const id = await field();
      return () => admin.delete(`/api/admin/fields/${id}`);
    },
    "electorate.frozen": async () => () => admin.post("/api/admin/electorate/snapshots", { label: "هيئة ناخبة" }),
    "proposal.transitioned": async () => {
      const cast = await proposalCast(app, admin, 0);
      const draft = await draftProposal(cast);
      return () => cast.author.client.post(`/api/proposals/${draft.id}/submit`);
    },
    "proposal.signed": async () => {
      const cast = await proposalCast(app, admin, 1);
      const proposal = await submittedProposal({ ...cast, sponsors: [] });
      const sponsor = cast.sponsors[0]!;
      return () => sponsor.client.put(`/api/proposals/${proposal.id}/sponsors/${sponsor.association.id}`);
    },
    "proposal.unsigned": async () => {
      const cast = await proposalCast(app, admin, 1);
      const proposal = await submittedProposal(cast);
      const sponsor = cast.sponsors[0]!;
      return () => sponsor.client.delete(`/api/proposals/${proposal.id}/sponsors/${sponsor.association.id}`);
    },
    "amendment.proposed": async () => {
      const cast = await proposalCast(app, admin, 1);
      const proposal = await submittedProposal(cast);
      const sponsor = cast.sponsors[0]!;
      return () =>
        sponsor.client.post(`/api/proposals/${proposal.id}/amendments`, {
          associationId: sponsor.association.id,
          kind: "full",
          bodyMd: `${proposalText}\n\nإضافة`,
        });
    },
    "amendment.decided": async () => {
      const cast = await proposalCast(app, admin, 1);
      const proposal = await submittedProposal(cast);
      const sponsor = cast.sponsors[0]!;
      const proposed = await sponsor.client.post<{ id: string }>(`/api/proposals/${proposal.id}/amendments`, {
        associationId: sponsor.association.id,
        kind: "full",
        bodyMd: `${proposalText}\n\nإضافة`,
      });
      return () => cast.author.client.post(`/api/proposals/amendments/${proposed.body.data!.id}/reject`);
    },
    "debate_category.created": async () => () =>
      admin.post("/api/admin/debates/categories", { slug: `theme-${randomUUID().slice(0, 8)}`, nameAr: "فئة جديدة" }),
    "debate_category.updated": async () => {
      const id = await debateCategory();
      return () => admin.patch(`/api/admin/debates/categories/${id}`, { nameAr: "فئة معدلة", position: 3 });
    },
    "debate_category.deleted": async () => {
      const id = await debateCategory();
      return () => admin.delete(`/api/admin/debates/categories/${id}`);
    },
    "debate.hidden": async () => {
      const { moderator, debateId } = await debateWithReply();
      return () => moderator.post(`/api/debates/${debateId}/hide`, { reason: "مخالفة" });
    },
    "debate.restored": async () => {
      const { moderator, debateId } = await debateWithReply();
      await moderator.post(`/api/debates/${debateId}/hide`, { reason: "مخالفة" });
      return () => moderator.post(`/api/debates/${debateId}/restore`, { reason: "مراجعة" });
    },
    "debate.locked": async () => {
      const { moderator, debateId } = await debateWithReply();
      return () => moderator.post(`/api/debates/${debateId}/lock`, {});
    },
    "debate.unlocked": async () => {
      const { moderator, debateId } = await debateWithReply();
      await moderator.post(`/api/debates/${debateId}/lock`, {});
      return () => moderator.post(`/api/debates/${debateId}/unlock`, {});
    },
    "debate.pinned": async () => {
      const { moderator, debateId } = await debateWithReply();
      return () => moderator.post(`/api/debates/${debateId}/pin`, {});
    },
    "debate.unpinned": async () => {
      const { moderator, debateId } = await debateWithReply();
      await moderator.post(`/api/debates/${debateId}/pin`, {});
      return () => moderator.post(`/api/debates/${debateId}/unpin`, {});
    },
    "debate.moved": async () => {
      const { moderator, debateId } = await debateWithReply();
      const categoryId = await debateCategory();
      return () => moderator.post(`/api/debates/${debateId}/move`, { categoryId });
    },
    "debate.closed": async () => {
      const { author, debateId } = await debateWithReply();
      return () => author.client.post(`/api/debates/${debateId}/close`, { conclusionMd: "الخلاصة" });
    },
    "debate.slow_mode_set": async () => {
      const { moderator, debateId } = await debateWithReply();
      return () => moderator.put(`/api/debates/${debateId}/slow-mode`, { seconds: 60 });
    },
    "debate_reply.hidden": async () => {
      const { moderator, replyId } = await debateWithReply();
      return () => moderator.post(`/api/debates/replies/${replyId}/hide`, { reason: "مخالفة" });
    },
    "debate_reply.restored": async () => {
      const { moderator, replyId } = await debateWithReply();
      await moderator.post(`/api/debates/replies/${replyId}/hide`, { reason: "مخالفة" });
      return () => moderator.post(`/api/debates/replies/${replyId}/restore`, { reason: "مراجعة" });
    },
    "debate_flag.dismissed": async () => {
      const { author, moderator, replyId } = await debateWithReply();
      const flag = await author.client.post<{ id: string }>(`/api/debates/replies/${replyId}/flags`, {
        reason: "بلاغ",
      });
      return () => moderator.post(`/api/moderation/flags/${flag.body.data!.id}/dismiss`, { reason: "لا مخالفة" });
    },
    "vote.created": async () => () => admin.post("/api/votes", { title: "تصويت جديد", method: "for_against_abstain" }),
    "vote.opened": async () => {
      const draft = await openedVote(admin, {}, { draft: true });
      return () => admin.post(`/api/votes/${draft.id}/open`);
    },
    "vote.closed": async () => {
      const vote = await openedVote(admin);
      return () => admin.post(`/api/votes/${vote.id}/close`);
    },
    "vote.cancelled": async () => {
      const draft = await openedVote(admin, {}, { draft: true });
      return () => admin.post(`/api/votes/${draft.id}/cancel`);
    },
    "decision.recorded": async () => () =>
      withFields(admin, "/api/decisions", "source", files.pdf, {
        title: "قرار الجمع العام",
        textMd: "نص القرار",
        decidedAt: "2024-06-15",
        outcome: "adopted",
      }),
    "decision.corrected": async () => {
      const recorded = await withFields<{ id: string }>(admin, "/api/decisions", "source", files.pdf, {
        title: "قرار يُصحَّح",
        textMd: "نص القرار",
        decidedAt: "2024-06-15",
        outcome: "adopted",
      });
      return () =>
        admin.post(`/api/decisions/${recorded.body.data!.id}/corrections`, { title: "تصحيح", textMd: "نص مصحح" });
    },
    "session.created": async () => () =>
      admin.post("/api/sessions", { title: "جلسة مبرمجة", scheduledAt: "2030-03-01T10:00:00+01:00" }),
    "session.updated": async () => {
      const session = await createLiveSession(admin);
      let n = 0;
      return () => admin.patch(`/api/sessions/${session.id}`, { title: `عنوان جديد ${++n}` });
    },
    "session.agenda_changed": async () => {
      const session = await createLiveSession(admin);
      let n = 0;
      return () =>
        actOverSocket(admin, session.id, {
          action: "agenda",
          items: [{ title: `بند جديد ${++n}`, budgetMinutes: 15 }],
        });
    },
    "session.minutes_approved": async () => {
      const session = await createLiveSession(admin);
      await actOverSocket(admin, session.id, { action: "start" });
      await actOverSocket(admin, session.id, { action: "end" });
      return () => admin.post(`/api/sessions/${session.id}/minutes/approve`);
    },
    "assembly.created": async () => () => admin.post("/api/assemblies", assemblyInput()),
    "assembly.updated": async () => {
      const a = await convenedAssembly(admin, {}, { draft: true });
      return () => admin.patch(`/api/assemblies/${a.id}`, assemblyInput({ title: "عنوان جديد" }));
    },
    "assembly.document_added": async () => {
      const a = await convenedAssembly(admin, {}, { draft: true });
      return () => withFields(admin, `/api/assemblies/${a.id}/documents`, "document", files.pdf, {});
    },
    "assembly.document_removed": async () => {
      const a = await convenedAssembly(admin, {}, { draft: true });
      const added = await withFields<AssemblyDetail>(
        admin,
        `/api/assemblies/${a.id}/documents`,
        "document",
        files.pdf,
        {},
      );
      return () => admin.delete(`/api/assemblies/${a.id}/documents/${added.body.data!.documents[0]!.id}`);
    },
    "assembly.convened": async () => {
      const a = await convenedAssembly(admin, {}, { draft: true });
      return () => admin.post(`/api/assemblies/${a.id}/convene`, {});
    },
    "assembly.started": async () => {
      const a = await assemblyInSession();
      await app.db.assembly.update({ where: { id: a.id }, data: { status: "convened" } });
      return () => admin.post(`/api/assemblies/${a.id}/start`);
    },
    "assembly.closed": async () => {
      const a = await assemblyInSession();
      await admin.post(`/api/assemblies/${a.id}/start`);
      return () => admin.post(`/api/assemblies/${a.id}/close`);
    },
    "assembly.cancelled": async () => {
      const a = await convenedAssembly(admin);
      return () => admin.post(`/api/assemblies/${a.id}/cancel`);
    },
    "assembly.registered": async () => {
      const rep = await activeAssociation(app, admin);
      const a = await convenedAssembly(admin);
      return () => rep.client.post(`/api/assemblies/${a.id}/registrations`, { associationId: rep.association.id });
    },
    "assembly.checked_in": async () => {
      const rep = await activeAssociation(app, admin);
      const a = await convenedAssembly(admin);
      await dayArrives(app.db, a.id);
      return () => rep.client.post(`/api/assemblies/${a.id}/check-ins`, { associationId: rep.association.id });
    },
    "assembly.proxy_given": async () => {
      const [giver, holder] = [await activeAssociation(app, admin), await activeAssociation(app, admin)];
      const a = await convenedAssembly(admin);
      return () =>
        giver.client.post(`/api/assemblies/${a.id}/proxies`, {
          giverId: giver.association.id,
          holderId: holder.association.id,
        });
    },
    "assembly.proxy_revoked": async () => {
      const [giver, holder] = [await activeAssociation(app, admin), await activeAssociation(app, admin)];
      const a = await convenedAssembly(admin);
      const given = await giver.client.post<AssemblyDetail>(`/api/assemblies/${a.id}/proxies`, {
        giverId: giver.association.id,
        holderId: holder.association.id,
      });
      return () => giver.client.post(`/api/assemblies/${a.id}/proxies/${given.body.data!.proxies[0]!.id}/revoke`);
    },
    "programme.created": async () => {
      const cast = await programmeCast(app, admin);
      return () =>
        cast.moderator.client.post("/api/programmes", {
          title: "برنامج عمل",
          periodStart: "2026-01-01",
          periodEnd: "2026-12-31",
          committeeIds: [cast.drafter.user.id],
        });
    },
    "programme.edited": async () => {
      const cast = await programmeCast(app, admin);
      const draft = await draftedProgramme(cast);
      return () => cast.drafter.client.put(`/api/programmes/${draft.id}`, programmeDocument(cast));
    },
    "programme.settings_changed": async () => {
      const cast = await programmeCast(app, admin);
      const draft = await draftedProgramme(cast);
      return () =>
        cast.moderator.client.patch(`/api/programmes/${draft.id}/settings`, {
          committeeIds: [cast.drafter.user.id, cast.moderator.user.id],
        });
    },
    "programme.submitted": async () => {
      const cast = await programmeCast(app, admin);
      const draft = await draftedProgramme(cast);
      return () => cast.moderator.client.post(`/api/programmes/${draft.id}/submit`);
    },
    "programme_amendment.proposed": async () => {
      const cast = await programmeCast(app, admin);
      const draft = await draftedProgramme(cast);
      await cast.moderator.client.post(`/api/programmes/${draft.id}/submit`);
      return () =>
        cast.other.client.post(`/api/programmes/${draft.id}/amendments`, {
          associationId: cast.other.association.id,
          targetKind: "introduction",
          field: "introductionMd",
          kind: "full",
          text: "مقدمة معدلة",
        });
    },
    "programme_action.updated": async () => {
      const cast = await programmeCast(app, admin);
      const programme = await adoptedProgramme(cast);
      return () =>
        cast.leadA.client.post(`/api/programmes/actions/${programme.axes[0]!.actions[0]!.id}/updates`, {
          associationId: cast.leadA.association.id,
          status: "in_progress",
          progress: 10,
          note: "بداية العمل",
        });
    },
  };

  /** A live session's command over a socket, answered as an HTTP answer would be. */
  async function actOverSocket(client: ApiClient, sessionId: string, command: SessionCommand): Promise<ApiAnswer> {
    const socket = socketFor(app.url, client);
    try {
      await connected(socket);
      const ack = await socket.emitWithAck("session:act", { sessionId, command });
      return ack.ok
        ? { status: 200, body: { data: ack.data }, headers: new Headers() }
        : { status: 400, body: { error: ack.error }, headers: new Headers() };
    } finally {
      socket.disconnect();
    }
  }

  it("has a scenario for every action of the code's list, and no other", () => {
    expect(Object.keys(scenarios).sort()).toEqual([...auditActions].sort());
  });

  // An attempt counts against a rate limit even when it fails: that counter is meant to move.
  const state = () => databaseFingerprint(app.db, ["rate_limit_buckets"]);

  it.each(auditActions)("%s: one row, and no change at all when the audit row is refused", async (action) => {
    const step = await scenarios[action]();

    const refusal = await refuseAuditOf(action);
    let refused: ApiAnswer;
    const before = await state();
    try {
      refused = await step();
    } finally {
      await refusal.stop();
    }
    expect(refused.body.error?.code).toBe("INTERNAL");
    expect(await state()).toEqual(before);

    const last = (await app.db.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const done = await step();
    expect(done.status, JSON.stringify(done.body)).toBeLessThan(300);
    const written = await app.db.auditEntry.findMany({ where: { id: { gt: last } } });
    expect(written.filter((row) => row.action === action)).toHaveLength(1);
  });
});
