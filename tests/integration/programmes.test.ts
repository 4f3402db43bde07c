import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProgrammeDetail, ProgrammePage, ProgrammeProgress } from "../../common/programmes.js";
import { type ApiAnswer, ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";
import {
  adoptedProgramme,
  draftedProgramme,
  type ProgrammeCast,
  programmeCast,
  programmeDocument,
  voteAndClose,
} from "../helpers/programmes.js";
import { countStatements, type StatementCounter } from "../helpers/statements.js";

// A work programme from the committee's draft to its follow-up: amendments voted first, then each
// axis, then the whole; the adopted version frozen and recorded in the register; then each action
// updated by its lead association only, overdue actions flagged on the public progress page.
describe("work programmes (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;
  let cast: ProgrammeCast;
  let counter: StatementCounter;

  beforeAll(async () => {
    counter = countStatements(await openTestEmbedded());
    app = await startAssociationsApp(() => counter.database);
    admin = (await adminWithCharter(app)).client;
    cast = await programmeCast(app, admin);
  });
  afterAll(async () => {
    await app?.close();
  });

  const state = () => databaseFingerprint(app.db, ["rate_limit_buckets"]);
  async function refusedUnchanged(request: () => Promise<ApiAnswer>, status: number, code: string) {
    const before = await state();
    const answer = await request();
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.body.error?.code).toBe(code);
    expect(await state()).toEqual(before);
    return answer;
  }
  const read = async (id: string) =>
    (await cast.moderator.client.get<ProgrammeDetail>(`/api/programmes/${id}`)).body.data!;

  it("adopts amendments, then each axis, then the whole: frozen, and recorded in the register", async () => {
    // Only moderators create one; only its committee (or a moderator) writes the draft.
    await refusedUnchanged(
      () =>
        cast.leadA.client.post("/api/programmes", {
          title: "برنامج",
          periodStart: "2026-01-01",
          periodEnd: "2026-12-31",
          committeeIds: [cast.leadA.user.id],
        }),
      403,
      "FORBIDDEN",
    );
    const draft = await draftedProgramme(cast);
    expect(draft.axes.map((axis) => axis.actions.length)).toEqual([2, 1]);
    // Bad documents: a lead that is no member association, a period ending before it starts, an action
    // ending before it starts, no action in an axis.
    const document = programmeDocument(cast);
    const firstAction = document.axes[0]!.actions[0]!;
    const bad = [
      {
        ...document,
        axes: [{ ...document.axes[0]!, actions: [{ ...firstAction, leadAssociationIds: [cast.drafter.user.id] }] }],
      },
      { ...document, periodEnd: "2025-12-31" },
      { ...document, axes: [{ ...document.axes[0]!, actions: [{ ...firstAction, endDate: "2026-01-01" }] }] },
      { ...document, axes: [{ ...document.axes[0]!, actions: [] }] },
    ];
    for (const body of bad) {
      const refused = await refusedUnchanged(
        () => cast.drafter.client.put(`/api/programmes/${draft.id}`, body),
        400,
        "VALIDATION_FAILED",
      );
      expect(refused.body.error?.details?.fields).toBeDefined();
    }
    await refusedUnchanged(
      () => cast.other.client.put(`/api/programmes/${draft.id}`, programmeDocument(cast)),
      403,
      "FORBIDDEN",
    );
    // A draft is the committee's: others do not see it, nor find it in the list.
    expect((await cast.other.client.get(`/api/programmes/${draft.id}`)).status).toBe(404);
    const listed = async (client: ApiClient) =>
      (await client.get<ProgrammePage>("/api/programmes")).body.data!.items.map((item) => item.id);
    expect(await listed(cast.other.client)).not.toContain(draft.id);
    expect(await listed(new ApiClient(app.url))).not.toContain(draft.id);
    expect(await listed(cast.drafter.client)).toContain(draft.id);

    const submitted = await cast.moderator.client.post<ProgrammeDetail>(`/api/programmes/${draft.id}/submit`);
    expect(submitted.body.data!.status).toBe("amendments");
    // The committee's text is now changed by amendments only.
    await refusedUnchanged(
      () => cast.drafter.client.put(`/api/programmes/${draft.id}`, programmeDocument(cast)),
      409,
      "PROGRAMME_FROZEN",
    );

    const axis = draft.axes[0]!;
    const proposed = await cast.other.client.post<{ id: string; programme: ProgrammeDetail }>(
      `/api/programmes/${draft.id}/amendments`,
      {
        associationId: cast.other.association.id,
        targetKind: "axis",
        targetId: axis.id,
        field: "descriptionMd",
        kind: "passage",
        passage: "التدبير المالي",
        replacement: "التدبير المالي والإداري",
        rationale: "التدبير الإداري لا يقل أهمية.",
      },
    );
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const shown = proposed.body.data!.programme;
    expect(shown.amendments[0]!.diff).toContainEqual({ kind: "ins", text: expect.stringContaining("والإداري") });
    // Acting for an association the person does not represent: refused.
    await refusedUnchanged(
      () =>
        cast.other.client.post(`/api/programmes/${draft.id}/amendments`, {
          associationId: cast.leadA.association.id,
          targetKind: "introduction",
          field: "introductionMd",
          kind: "full",
          text: "نص بديل",
        }),
      403,
      "FORBIDDEN",
    );

    // Axes wait for the amendments.
    await refusedUnchanged(
      () => cast.moderator.client.post(`/api/programmes/axes/${axis.id}/vote`),
      409,
      "PROGRAMME_VOTE_ORDER",
    );
    const amendmentId = proposed.body.data!.id;
    const inVote = await cast.moderator.client.post<ProgrammeDetail>(`/api/programmes/amendments/${amendmentId}/vote`);
    expect(inVote.status, JSON.stringify(inVote.body)).toBe(200);
    expect(inVote.body.data!.status).toBe("voting");
    const amendmentVoteId = inVote.body.data!.amendments[0]!.voteId!;
    expect(await app.db.vote.findUniqueOrThrow({ where: { id: amendmentVoteId } })).toMatchObject({
      status: "open",
      subjectKind: "programme_amendment",
      subjectId: amendmentId,
      scopeKind: null,
    });
    // No amendment once the votes began.
    await refusedUnchanged(
      () =>
        cast.other.client.post(`/api/programmes/${draft.id}/amendments`, {
          associationId: cast.other.association.id,
          targetKind: "introduction",
          field: "introductionMd",
          kind: "full",
          text: "نص بديل",
        }),
      409,
      "INVALID_STATE",
    );
    await voteAndClose(cast, amendmentVoteId, "for");
    const amended = await read(draft.id);
    expect(amended.amendments[0]!.state).toBe("adopted");
    expect(amended.axes[0]!.descriptionMd).toBe("تكوين أطر الجمعيات في التدبير المالي والإداري.");

    // The whole waits for every axis.
    await refusedUnchanged(
      () => cast.moderator.client.post(`/api/programmes/${draft.id}/vote`),
      409,
      "PROGRAMME_VOTE_ORDER",
    );
    const first = await cast.moderator.client.post<ProgrammeDetail>(`/api/programmes/axes/${axis.id}/vote`);
    await voteAndClose(cast, first.body.data!.axes[0]!.voteId!, "for");
    const second = await cast.moderator.client.post<ProgrammeDetail>(`/api/programmes/axes/${draft.axes[1]!.id}/vote`);
    await voteAndClose(cast, second.body.data!.axes[1]!.voteId!, "against");
    const axesVoted = await read(draft.id);
    expect(axesVoted.axes.map((a) => a.state)).toEqual(["adopted", "not_adopted"]);
    expect(axesVoted.abilities.voteWhole).toBe(true);

    const whole = await cast.moderator.client.post<ProgrammeDetail>(`/api/programmes/${draft.id}/vote`);
    expect(whole.status, JSON.stringify(whole.body)).toBe(200);
    await voteAndClose(cast, whole.body.data!.voteId!, "for");

    const adopted = await read(draft.id);
    expect(adopted.status).toBe("adopted");
    expect(adopted.decisionNumber).toMatch(/^\d{4}\/\d{3}$/);
    const record = await app.db.decisionRecord.findUniqueOrThrow({ where: { voteId: adopted.voteId! } });
    expect(record.number).toBe(adopted.decisionNumber);
    expect(record.id).toBe(adopted.decisionId);
    const content = JSON.parse(record.canonical) as { textMd: string; outcome: string };
    expect(content.outcome).toBe("adopted");
    // The adopted version: the amended text, the adopted axis, not the rejected one.
    expect(content.textMd).toContain("التدبير المالي والإداري");
    expect(content.textMd).toContain("دورات في التدبير المالي");
    expect(content.textMd).not.toContain("بنك المعلومات");

    // Frozen: no edit, no amendment, no new vote.
    await refusedUnchanged(
      () => cast.moderator.client.put(`/api/programmes/${draft.id}`, programmeDocument(cast)),
      409,
      "PROGRAMME_FROZEN",
    );
    await refusedUnchanged(
      () =>
        cast.other.client.post(`/api/programmes/${draft.id}/amendments`, {
          associationId: cast.other.association.id,
          targetKind: "introduction",
          field: "introductionMd",
          kind: "full",
          text: "نص بديل",
        }),
      409,
      "PROGRAMME_FROZEN",
    );
    await refusedUnchanged(
      () =>
        cast.moderator.client.patch(`/api/programmes/${draft.id}/settings`, { committeeIds: [cast.drafter.user.id] }),
      409,
      "PROGRAMME_FROZEN",
    );
  });

  it("takes updates of an action from its lead association only, and flags overdue actions", async () => {
    const programme = await adoptedProgramme(cast);
    const [training, guide] = programme.axes[0]!.actions as [
      ProgrammeDetail["axes"][0]["actions"][0],
      ProgrammeDetail["axes"][0]["actions"][0],
    ];
    // The guide ended in 2025 and has not started: overdue.
    expect(guide.overdue).toBe(true);
    expect(training.overdue).toBe(false);

    const update = (client: ApiClient, associationId: string, actionId: string, body: Record<string, unknown> = {}) =>
      client.post<ProgrammeDetail>(`/api/programmes/actions/${actionId}/updates`, {
        associationId,
        status: "in_progress",
        progress: 40,
        note: "انطلقت الدورة الأولى بمدينة فاس.",
        ...body,
      });

    // Another member association, a moderator, a lead's person acting for another association: refused.
    await refusedUnchanged(
      () => update(cast.other.client, cast.other.association.id, training.id),
      403,
      "PROGRAMME_NOT_LEAD",
    );
    await refusedUnchanged(
      () => update(cast.moderator.client, cast.leadA.association.id, training.id),
      403,
      "PROGRAMME_NOT_LEAD",
    );
    await refusedUnchanged(
      () => update(cast.leadB.client, cast.leadB.association.id, training.id),
      403,
      "PROGRAMME_NOT_LEAD",
    );
    // Bad input: dropped without a reason, done below 100 %, progress out of range.
    for (const body of [{ status: "dropped" }, { status: "done", progress: 80 }, { progress: 140 }]) {
      await refusedUnchanged(
        () => update(cast.leadA.client, cast.leadA.association.id, training.id, body),
        400,
        "VALIDATION_FAILED",
      );
    }

    const done = await update(cast.leadA.client, cast.leadA.association.id, training.id);
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    // Either lead of a shared action may post; done clears the overdue flag.
    const finished = await update(cast.leadB.client, cast.leadB.association.id, guide.id, {
      status: "done",
      progress: 100,
      note: "نُشر الدليل.",
    });
    expect(finished.status, JSON.stringify(finished.body)).toBe(201);
    expect(finished.body.data!.represents).toEqual([
      { id: cast.leadB.association.id, name: cast.leadB.association.nameAr },
    ]);
    const after = finished.body.data!.axes[0]!.actions;
    expect(after[0]).toMatchObject({ status: "in_progress", progress: 40, overdue: false });
    expect(after[1]).toMatchObject({ status: "done", progress: 100, overdue: false });

    const progress = (await new ApiClient(app.url).get<ProgrammeProgress>(`/api/programmes/${programme.id}/progress`))
      .body.data!;
    expect(progress.byStatus).toEqual({ not_started: 1, in_progress: 1, done: 1, dropped: 0 });
    expect(progress.progress).toBe(47);
    expect(progress.overdue).toBe(0);
    expect(progress.actions[0]!.history).toHaveLength(1);
    expect(progress.actions[0]!.history[0]).toMatchObject({
      association: { id: cast.leadA.association.id },
      note: "انطلقت الدورة الأولى بمدينة فاس.",
    });
    expect(progress.overTime.at(-1)!.progress).toBe(47);
    expect(progress.decisionNumber).toBe(programme.decisionNumber);

    const audit = await app.db.auditEntry.findMany({ where: { action: "programme_action.updated" } });
    expect(audit).toHaveLength(2);
  });

  it("reads a programme and its progress page in a bounded number of statements", async () => {
    const programme = await adoptedProgramme(cast);
    const anonymous = new ApiClient(app.url);
    counter.reset();
    expect((await anonymous.get(`/api/programmes/${programme.id}`)).status).toBe(200);
    expect(counter.count()).toBeLessThanOrEqual(4);
    await cast.leadA.client.get("/api/auth/me");
    // What the session costs a signed-in request: the list's own two statements taken away.
    counter.reset();
    await cast.leadA.client.get("/api/programmes");
    const session = counter.count() - 2;
    counter.reset();
    expect((await cast.leadA.client.get(`/api/programmes/${programme.id}`)).status).toBe(200);
    // The programme's four, and the viewer's associations.
    expect(counter.count() - session).toBeLessThanOrEqual(5);

    counter.reset();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => new ApiClient(app.url).get(`/api/programmes/${programme.id}/progress`)),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    // One load for the crowd (the programme with its actions and updates, then the names).
    expect(counter.count()).toBeLessThanOrEqual(3);
    counter.reset();
    await anonymous.get(`/api/programmes/${programme.id}/progress`);
    expect(counter.count()).toBe(0);

    // An update's commit drops the page: the next reader sees it.
    const action = programme.axes[1]!.actions[0]!;
    await cast.leadB.client.post(`/api/programmes/actions/${action.id}/updates`, {
      associationId: cast.leadB.association.id,
      status: "dropped",
      progress: 0,
      note: "توقف لغياب التمويل.",
      droppedReason: "غياب التمويل",
    });
    const page = (await anonymous.get<ProgrammeProgress>(`/api/programmes/${programme.id}/progress`)).body.data!;
    expect(page.byStatus.dropped).toBe(1);
    expect(page.actions.find((a) => a.id === action.id)!.droppedReason).toBe("غياب التمويل");

    counter.reset();
    expect((await anonymous.get("/api/programmes")).status).toBe(200);
    expect(counter.count()).toBeLessThanOrEqual(2);
  });
});
