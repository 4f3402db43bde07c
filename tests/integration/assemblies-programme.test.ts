import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssemblyDetail } from "../../common/assemblies.js";
import type { ProgrammeDetail } from "../../common/programmes.js";
import type { VoteDetail } from "../../common/votes.js";
import type { TestApp } from "../helpers/app.js";
import { convenedAssembly, dayArrives } from "../helpers/assemblies.js";
import { adminWithCharter, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";
import { type ProgrammeCast, programmeCast, programmeDocument } from "../helpers/programmes.js";

// Three active member associations: the first two come to the assembly, the third gives its vote to
// the first. The assembly adopts a two-axis programme item by item: each axis, then the whole.
describe("a work programme adopted item by item in a general assembly (embedded PGlite)", () => {
  let app: TestApp;
  let cast: ProgrammeCast;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    const admin = (await adminWithCharter(app)).client;
    cast = await programmeCast(app, admin);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("counts the delegates present and the proxy's holder, and records the adopted programme", async () => {
    const moderator = cast.moderator.client;
    const { leadA, leadB, other } = cast;
    const assembly = await convenedAssembly(moderator);
    const at = (rest = "") => `/api/assemblies/${assembly.id}${rest}`;
    expect(
      (await other.client.post(at("/proxies"), { giverId: other.association.id, holderId: leadA.association.id }))
        .status,
    ).toBe(201);

    const created = await moderator.post<ProgrammeDetail>("/api/programmes", {
      title: "برنامج العمل 2026-2027",
      periodStart: "2026-01-01",
      periodEnd: "2027-12-31",
      committeeIds: [cast.drafter.user.id],
      assemblyId: assembly.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data!.id;
    await cast.drafter.client.put(`/api/programmes/${id}`, programmeDocument(cast));
    await moderator.post(`/api/programmes/${id}/submit`);
    const draft = (await moderator.get<ProgrammeDetail>(`/api/programmes/${id}`)).body.data!;
    expect(draft.assemblyId).toBe(assembly.id);

    // Before the assembly sits, its votes cannot open: nothing changes.
    const before = await databaseFingerprint(app.db);
    const early = await moderator.post(`/api/programmes/axes/${draft.axes[0]!.id}/vote`);
    expect(early.body.error).toMatchObject({ code: "INVALID_STATE", details: { reason: "assembly_not_in_session" } });
    expect(await databaseFingerprint(app.db)).toEqual(before);

    await dayArrives(app.db, assembly.id);
    for (const who of [leadA, leadB]) {
      expect((await who.client.post(at("/check-ins"), { associationId: who.association.id })).status).toBe(201);
    }
    const sitting = await moderator.post<AssemblyDetail>(at("/start"));
    expect(sitting.body.data).toMatchObject({ status: "in_session", quorum: { present: 2, represented: 1 } });

    /** Opens an item's vote, casts the ballots of the assembly at once from its clients, closes it. */
    const adopt = async (open: string, voteIdOf: (p: ProgrammeDetail) => string, choices: [string, string, string]) => {
      const opened = await moderator.post<ProgrammeDetail>(open);
      expect(opened.status, JSON.stringify(opened.body)).toBe(200);
      const voteId = voteIdOf(opened.body.data!);
      const vote = (await leadA.client.get<VoteDetail>(`/api/votes/${voteId}`)).body.data!;
      expect(vote.electorateSize).toBe(3);
      expect(vote.held.map((row) => row.associationId).sort()).toEqual(
        [leadA.association.id, other.association.id].sort(),
      );
      const ballot = (client: typeof leadA.client, choice: string, associationId: string) =>
        client.post(`/api/votes/${voteId}/ballot`, {
          choice: { method: "for_against_abstain", choice },
          associationId,
        });
      const answers = await Promise.all([
        ballot(leadA.client, choices[0], leadA.association.id),
        ballot(leadA.client, choices[1], other.association.id),
        ballot(leadB.client, choices[2], leadB.association.id),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
      // The association represented does not vote itself.
      const itself = await other.client.post(`/api/votes/${voteId}/ballot`, {
        choice: { method: "for_against_abstain", choice: "for" },
      });
      expect(itself.body.error?.code).toBe("NOT_IN_ELECTORATE");
      const closed = await moderator.post<VoteDetail>(`/api/votes/${voteId}/close`);
      return closed.body.data!.result!;
    };

    // The first axis: two for (the holder's own and the proxy's), one against: adopted.
    const first = await adopt(`/api/programmes/axes/${draft.axes[0]!.id}/vote`, (p) => p.axes[0]!.voteId!, [
      "for",
      "for",
      "against",
    ]);
    expect(first).toMatchObject({ outcome: "adopted", figures: { for: 2, against: 1, abstain: 0 } });
    // The second: the proxy's vote against, so one for and two against: rejected.
    const second = await adopt(`/api/programmes/axes/${draft.axes[1]!.id}/vote`, (p) => p.axes[1]!.voteId!, [
      "for",
      "against",
      "against",
    ]);
    expect(second.outcome).toBe("rejected");
    const whole = await adopt(`/api/programmes/${id}/vote`, (p) => p.voteId!, ["for", "for", "for"]);
    expect(whole.outcome).toBe("adopted");

    const adopted = (await moderator.get<ProgrammeDetail>(`/api/programmes/${id}`)).body.data!;
    expect(adopted.status).toBe("adopted");
    expect(adopted.axes.map((axis) => axis.state)).toEqual(["adopted", "not_adopted"]);
    expect(adopted.decisionNumber).toMatch(/^\d{4}\/\d+$/);
    expect(await app.db.decisionRecord.count({ where: { id: adopted.decisionId! } })).toBe(1);
  });
});
