import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProgrammeDetail } from "../../common/programmes.js";
import { provideElectorate } from "../../server/modules/votes/index.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { draftedProgramme, type ProgrammeCast, programmeCast } from "../helpers/programmes.js";

// A programme put before an assembly: its votes are scoped to the assembly, whose module gives the
// voters. Here the assembly seats two associations, the second represented by the first's delegate
// (a proxy); the third association is not there. Registered when this file loads, after the app's
// modules, this seating stands in this file for the assemblies module's own (attendance, proxies).
let seated: ProgrammeCast | undefined;
const assemblyId = randomUUID();
provideElectorate("assembly", async (_tx, scope) => {
  if (scope.id !== assemblyId) return [];
  const { leadA, leadB } = seated!;
  return [leadA, leadB].map((entry) => ({
    voterKey: entry.association.id,
    associationId: entry.association.id,
    userId: leadA.user.id,
    name: entry.association.nameAr,
  }));
});

describe("a programme before an assembly (embedded PGlite)", () => {
  let app: TestApp;
  let cast: ProgrammeCast;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    const admin = (await adminWithCharter(app)).client;
    cast = await programmeCast(app, admin);
    seated = cast;
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The holder casts both votes it holds (its own and the proxy's), then the moderator closes. */
  async function assemblyVotes(voteId: string) {
    for (const association of [cast.leadA, cast.leadB]) {
      const ballot = await cast.leadA.client.post(`/api/votes/${voteId}/ballot`, {
        choice: { method: "for_against_abstain", choice: "for" },
        associationId: association.association.id,
      });
      expect(ballot.status, JSON.stringify(ballot.body)).toBe(201);
    }
    // The absent association holds no vote in the assembly.
    const outsider = await cast.other.client.post(`/api/votes/${voteId}/ballot`, {
      choice: { method: "for_against_abstain", choice: "against" },
    });
    expect(outsider.body.error?.code).toBe("NOT_IN_ELECTORATE");
    expect((await cast.moderator.client.post(`/api/votes/${voteId}/close`)).status).toBe(200);
  }

  it("votes each axis and the whole in the assembly, with its proxy, and adopts the programme", async () => {
    const draft = await draftedProgramme(cast);
    const placed = await cast.moderator.client.patch<ProgrammeDetail>(`/api/programmes/${draft.id}/settings`, {
      assemblyId,
    });
    expect(placed.body.data!.assemblyId).toBe(assemblyId);
    await cast.moderator.client.post(`/api/programmes/${draft.id}/submit`);
    for (const axis of draft.axes) {
      const opened = await cast.moderator.client.post<ProgrammeDetail>(`/api/programmes/axes/${axis.id}/vote`);
      const voteId = opened.body.data!.axes.find((a) => a.id === axis.id)!.voteId!;
      expect(await app.db.vote.findUniqueOrThrow({ where: { id: voteId } })).toMatchObject({
        scopeKind: "assembly",
        scopeId: assemblyId,
        electorateSize: 2,
      });
      await assemblyVotes(voteId);
    }
    // Once the votes began, the programme stays before the same assembly.
    const moved = await cast.moderator.client.patch(`/api/programmes/${draft.id}/settings`, { assemblyId: null });
    expect(moved.body.error?.code).toBe("INVALID_STATE");
    const whole = await cast.moderator.client.post<ProgrammeDetail>(`/api/programmes/${draft.id}/vote`);
    await assemblyVotes(whole.body.data!.voteId!);
    const adopted = (await cast.moderator.client.get<ProgrammeDetail>(`/api/programmes/${draft.id}`)).body.data!;
    expect(adopted.status).toBe("adopted");
    expect(adopted.decisionNumber).not.toBeNull();
  });
});
