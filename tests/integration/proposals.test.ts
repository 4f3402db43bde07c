import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { ProposalDetail, ProposalSummary, ProposalVersion, ProposalVersionDiff } from "../../common/proposals.js";
import type { ApiAnswer, ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";
import {
  discussedProposal,
  draftProposal,
  type ProposalCast,
  proposalCast,
  proposalText,
  submittedProposal,
} from "../helpers/proposals.js";

describe("proposals (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;
  let cast: ProposalCast;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded, { PROPOSAL_MIN_SPONSORS: "2" });
    admin = (await adminWithCharter(app)).client;
    cast = await proposalCast(app, admin, 2);
  });
  afterAll(async () => {
    await app?.close();
  });

  const state = () => databaseFingerprint(app.db, ["rate_limit_buckets"]);

  /** The request is refused with `code` and nothing at all is written. */
  async function refusedUnchanged(request: () => Promise<ApiAnswer>, status: number, code: string) {
    const before = await state();
    const answer = await request();
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.body.error?.code).toBe(code);
    expect(answer.body.error?.message).toMatch(/\p{Script=Arabic}/u);
    expect(await state()).toEqual(before);
    return answer;
  }

  it("keeps a draft to its association, renders its text sanitised and keeps the source", async () => {
    const created = await cast.author.client.post<{ id: string }>("/api/proposals", {
      title: "مقترح فيه رابط",
      bodyMd: "نص **مهم** <script>alert(1)</script> [رابط](javascript:alert(1))",
      associationId: cast.author.association.id,
    });
    expect(created.status).toBe(201);
    const id = created.body.data!.id;
    const mine = (await cast.author.client.get<ProposalDetail>(`/api/proposals/${id}`)).body.data!;
    expect(mine.state).toBe("draft");
    expect(mine.bodyMd).toContain("<script>");
    expect(mine.bodyHtml).toContain("<strong>مهم</strong>");
    expect(mine.bodyHtml).not.toContain("<script");
    expect(mine.bodyHtml).not.toMatch(/href="javascript/);
    expect(mine.abilities).toMatchObject({ edit: true, submit: true, withdraw: true });
    expect((await cast.sponsors[0]!.client.get(`/api/proposals/${id}`)).status).toBe(404);
    expect((await cast.moderator.client.get(`/api/proposals/${id}`)).status).toBe(404);
    const listed = await cast.sponsors[0]!.client.get<Paginated<ProposalSummary>>("/api/proposals?pageSize=50");
    expect(listed.body.data!.items.map((p) => p.id)).not.toContain(id);
  });

  it("refuses a person who does not represent the association, and writes nothing", async () => {
    const stranger = await newMember(app, { name: "عضو عادي" });
    await refusedUnchanged(
      () =>
        stranger.client.post("/api/proposals", {
          title: "مقترح باسم غيري",
          bodyMd: proposalText,
          associationId: cast.author.association.id,
        }),
      403,
      "FORBIDDEN",
    );
    // A representative of another association may not write for this one either.
    await refusedUnchanged(
      () =>
        cast.sponsors[0]!.client.post("/api/proposals", {
          title: "مقترح باسم غيري",
          bodyMd: proposalText,
          associationId: cast.author.association.id,
        }),
      403,
      "FORBIDDEN",
    );
    const draft = await draftProposal(cast);
    await refusedUnchanged(
      () => cast.sponsors[0]!.client.patch(`/api/proposals/${draft.id}`, { title: "عنوان آخر" }),
      404,
      "NOT_FOUND",
    );
  });

  it("refuses a category that is not a debate category", async () => {
    await refusedUnchanged(
      () =>
        cast.author.client.post("/api/proposals", {
          title: "مقترح مصنف",
          bodyMd: proposalText,
          associationId: cast.author.association.id,
          categoryId: "00000000-0000-4000-8000-000000000000",
        }),
      400,
      "VALIDATION_FAILED",
    );
  });

  it("refuses bad input naming the fields", async () => {
    const answer = await refusedUnchanged(
      () =>
        cast.author.client.post("/api/proposals", {
          title: "  ",
          bodyMd: "",
          associationId: "not-an-id",
        }),
      400,
      "VALIDATION_FAILED",
    );
    const paths = [...new Set((answer.body.error!.details!.fields as { path: string }[]).map((f) => f.path))].sort();
    expect(paths).toEqual(["associationId", "bodyMd", "title"]);
  });

  it("moves through submission, co-signing and discussion, keeping every transition", async () => {
    const draft = await draftProposal(cast);
    const submitted = (await cast.author.client.post<ProposalDetail>(`/api/proposals/${draft.id}/submit`)).body.data!;
    expect(submitted.state).toBe("submitted");
    expect(submitted.submittedAt).not.toBeNull();
    // Its discussion thread is opened in the debates, for the author association, about this proposal.
    const debate = await app.db.debate.findUniqueOrThrow({ where: { id: submitted.debateId! } });
    expect(debate).toMatchObject({
      subjectKind: "proposal",
      subjectId: draft.id,
      associationId: cast.author.association.id,
      authorId: cast.author.user.id,
    });
    // The author's own association cannot sign; the others can, once.
    const asSponsor = (await cast.sponsors[0]!.client.get<ProposalDetail>(`/api/proposals/${draft.id}`)).body.data!;
    expect(asSponsor.abilities.signAs).toEqual([cast.sponsors[0]!.association.id]);
    await refusedUnchanged(
      () => cast.author.client.put(`/api/proposals/${draft.id}/sponsors/${cast.author.association.id}`),
      403,
      "FORBIDDEN",
    );
    const signed = await cast.sponsors[0]!.client.put<ProposalDetail>(
      `/api/proposals/${draft.id}/sponsors/${cast.sponsors[0]!.association.id}`,
    );
    expect(signed.body.data!.sponsors.map((s) => s.association.id)).toEqual([cast.sponsors[0]!.association.id]);
    expect(signed.body.data!.abilities.unsignAs).toEqual([cast.sponsors[0]!.association.id]);
    await refusedUnchanged(
      () => cast.sponsors[0]!.client.put(`/api/proposals/${draft.id}/sponsors/${cast.sponsors[0]!.association.id}`),
      409,
      "CONFLICT",
    );

    // One sponsor of the two required: the discussion cannot open.
    const missing = await refusedUnchanged(
      () => cast.moderator.client.post(`/api/proposals/${draft.id}/admit`),
      409,
      "PROPOSAL_SPONSORS_MISSING",
    );
    expect(missing.body.error!.details).toMatchObject({ sponsors: 1, required: 2 });

    await cast.sponsors[1]!.client.put(`/api/proposals/${draft.id}/sponsors/${cast.sponsors[1]!.association.id}`);
    // A member who is not a moderator cannot open it.
    await refusedUnchanged(() => cast.author.client.post(`/api/proposals/${draft.id}/admit`), 403, "FORBIDDEN");
    const admitted = await cast.moderator.client.post<ProposalDetail>(`/api/proposals/${draft.id}/admit`);
    expect(admitted.status).toBe(200);
    const proposal = admitted.body.data!;
    expect(proposal.state).toBe("in_discussion");
    expect(proposal.transitions.map((t) => [t.from, t.to, t.actor?.id])).toEqual([
      [null, "draft", cast.author.user.id],
      ["draft", "submitted", cast.author.user.id],
      ["submitted", "in_discussion", cast.moderator.user.id],
    ]);
    // Signatures are withdrawn only while submitted.
    await refusedUnchanged(
      () => cast.sponsors[1]!.client.delete(`/api/proposals/${draft.id}/sponsors/${cast.sponsors[1]!.association.id}`),
      409,
      "INVALID_STATE",
    );
    const audit = await app.db.auditEntry.findMany({ where: { targetId: draft.id }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual([
      "proposal.transitioned",
      "proposal.signed",
      "proposal.signed",
      "proposal.transitioned",
    ]);
  });

  it("lets a sponsor withdraw its signature while submitted", async () => {
    const submitted = await submittedProposal(cast);
    const sponsor = cast.sponsors[0]!;
    const answer = await sponsor.client.delete<ProposalDetail>(
      `/api/proposals/${submitted.id}/sponsors/${sponsor.association.id}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.data!.sponsors.map((s) => s.association.id)).toEqual([cast.sponsors[1]!.association.id]);
    expect(answer.body.data!.abilities.signAs).toEqual([sponsor.association.id]);
  });

  it("takes an amendment as a passage, shows its diff, and makes a new version when the author accepts", async () => {
    const proposal = await discussedProposal(cast);
    const amender = cast.sponsors[0]!;
    const proposed = await amender.client.post<{ id: string; proposal: ProposalDetail }>(
      `/api/proposals/${proposal.id}/amendments`,
      {
        associationId: amender.association.id,
        kind: "passage",
        passage: "المشاركة المدنية للشباب",
        replacement: "المشاركة الفعلية للشباب والنساء",
        rationale: "توسيع الفئة المستهدفة",
      },
    );
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const amendment = proposed.body.data!.proposal.amendments.find((a) => a.id === proposed.body.data!.id)!;
    expect(amendment.state).toBe("proposed");
    expect(amendment.diff.filter((p) => p.kind === "del").map((p) => p.text.trim())).toEqual(["المدنية"]);
    expect(amendment.diff.filter((p) => p.kind === "ins").map((p) => p.text.trim())).toEqual(["الفعلية", "والنساء"]);
    expect(amendment.abilities).toEqual({ accept: false, reject: false, putToVote: false });

    // Only the author association decides.
    await refusedUnchanged(
      () => amender.client.post(`/api/proposals/amendments/${amendment.id}/accept`),
      403,
      "FORBIDDEN",
    );
    const authorView = (await cast.author.client.get<ProposalDetail>(`/api/proposals/${proposal.id}`)).body.data!;
    expect(authorView.amendments[0]!.abilities).toMatchObject({ accept: true, reject: true });
    const accepted = await cast.author.client.post<ProposalDetail>(`/api/proposals/amendments/${amendment.id}/accept`);
    expect(accepted.status).toBe(200);
    const after = accepted.body.data!;
    expect(after.currentVersion).toBe(2);
    expect(after.bodyMd).toContain("المشاركة الفعلية للشباب والنساء");
    expect(after.versions.map((v) => [v.number, v.amendmentId])).toEqual([
      [1, null],
      [2, amendment.id],
    ]);
    expect(after.amendments[0]).toMatchObject({ state: "accepted", resultVersion: 2 });
    // Decided once.
    await refusedUnchanged(
      () => cast.author.client.post(`/api/proposals/amendments/${amendment.id}/reject`),
      409,
      "INVALID_STATE",
    );

    const first = (await cast.moderator.client.get<ProposalVersion>(`/api/proposals/${proposal.id}/versions/١`)).body
      .data!;
    expect(first.bodyMd).toBe(proposalText);
    const diff = (await admin.get<ProposalVersionDiff>(`/api/proposals/${proposal.id}/diff?from=1&to=2`)).body.data!;
    expect(
      diff.parts
        .filter((p) => p.kind !== "ins")
        .map((p) => p.text)
        .join(""),
    ).toBe(proposalText);
    expect(
      diff.parts
        .filter((p) => p.kind !== "del")
        .map((p) => p.text)
        .join(""),
    ).toBe(after.bodyMd);
  });

  it("refuses an amendment that cannot apply, and one written against an older version", async () => {
    const proposal = await discussedProposal(cast);
    const amender = cast.sponsors[1]!;
    const base = `/api/proposals/${proposal.id}/amendments`;
    await refusedUnchanged(
      () =>
        amender.client.post(base, {
          associationId: amender.association.id,
          kind: "passage",
          passage: "نص غير موجود",
          replacement: "بديل",
        }),
      422,
      "AMENDMENT_PASSAGE_NOT_FOUND",
    );
    await refusedUnchanged(
      () => amender.client.post(base, { associationId: amender.association.id, kind: "full", bodyMd: proposalText }),
      400,
      "VALIDATION_FAILED",
    );
    // Written for an association the person does not represent.
    await refusedUnchanged(
      () =>
        amender.client.post(base, {
          associationId: cast.sponsors[0]!.association.id,
          kind: "full",
          bodyMd: `${proposalText}\n\nإضافة`,
        }),
      403,
      "FORBIDDEN",
    );
    const whole = await amender.client.post<{ id: string }>(base, {
      associationId: amender.association.id,
      kind: "full",
      bodyMd: `${proposalText}\n\n## المادة الثالثة\n\nتقييم سنوي.`,
    });
    const passage = await amender.client.post<{ id: string }>(base, {
      associationId: amender.association.id,
      kind: "passage",
      passage: "ميزانية سنوية",
      replacement: "ميزانية سنوية قارة",
    });
    expect([whole.status, passage.status]).toEqual([201, 201]);
    await cast.author.client.post(`/api/proposals/amendments/${passage.body.data!.id}/accept`);
    // The whole text written on version 1 would undo version 2.
    await refusedUnchanged(
      () => cast.author.client.post(`/api/proposals/amendments/${whole.body.data!.id}/accept`),
      409,
      "AMENDMENT_OUTDATED",
    );
    const rejected = await cast.author.client.post<ProposalDetail>(
      `/api/proposals/amendments/${whole.body.data!.id}/reject`,
      { reason: "تجاوزه تعديل سابق" },
    );
    expect(rejected.body.data!.amendments.find((a) => a.id === whole.body.data!.id)).toMatchObject({
      state: "rejected",
      decisionReason: "تجاوزه تعديل سابق",
      resultVersion: null,
    });
  });

  it("lets the author withdraw before the vote and a moderator declare it not admissible with a reason", async () => {
    const proposal = await discussedProposal(cast);
    await refusedUnchanged(
      () => cast.moderator.client.post(`/api/proposals/${proposal.id}/inadmissible`, {}),
      400,
      "VALIDATION_FAILED",
    );
    await refusedUnchanged(
      () => cast.sponsors[0]!.client.post(`/api/proposals/${proposal.id}/withdraw`, {}),
      403,
      "FORBIDDEN",
    );
    const declared = await cast.moderator.client.post<ProposalDetail>(`/api/proposals/${proposal.id}/inadmissible`, {
      reason: "خارج اختصاص المنتدى",
    });
    expect(declared.body.data).toMatchObject({ state: "not_admissible", inadmissibleReason: "خارج اختصاص المنتدى" });
    expect(declared.body.data!.transitions.at(-1)).toMatchObject({
      to: "not_admissible",
      reason: "خارج اختصاص المنتدى",
    });
    await refusedUnchanged(
      () => cast.author.client.post(`/api/proposals/${proposal.id}/withdraw`, {}),
      409,
      "INVALID_STATE",
    );

    const other = await submittedProposal(cast);
    const withdrawn = await cast.author.client.post<ProposalDetail>(`/api/proposals/${other.id}/withdraw`, {
      reason: "سنعيد صياغته",
    });
    expect(withdrawn.body.data).toMatchObject({ state: "withdrawn" });
    expect(withdrawn.body.data!.abilities.amend).toBe(false);
  });

  it("lists with filters by state and association, and pages", async () => {
    const answer = await admin.get<Paginated<ProposalSummary>>("/api/proposals?pageSize=50");
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const all = answer.body.data!;
    expect(all.items.every((p) => p.state !== "draft")).toBe(true);
    const inDiscussion = (
      await admin.get<Paginated<ProposalSummary>>(
        `/api/proposals?state=in_discussion&association=${cast.author.association.id}&pageSize=50`,
      )
    ).body.data!;
    expect(inDiscussion.total).toBeGreaterThan(0);
    expect(inDiscussion.items.every((p) => p.state === "in_discussion")).toBe(true);
    expect(inDiscussion.items.every((p) => p.association.id === cast.author.association.id)).toBe(true);
    const firstPage = (await admin.get<Paginated<ProposalSummary>>("/api/proposals?pageSize=2&page=1")).body.data!;
    const secondPage = (await admin.get<Paginated<ProposalSummary>>("/api/proposals?pageSize=2&page=2")).body.data!;
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.total).toBe(all.total);
    expect(secondPage.items.map((p) => p.id)).not.toContain(firstPage.items[0]!.id);
    expect((await admin.get("/api/proposals?state=nonsense")).status).toBe(400);
  });
});
