import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProposalDetail } from "../../common/proposals.js";
import type { ApiAnswer, ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";
import { discussedProposal, type ProposalCast, proposalCast, proposalText } from "../helpers/proposals.js";

// The whole flow with the votes and the register: amendments voted before the main vote, the main
// vote opened by a moderator, three delegates voting, the close adopting (or rejecting) the proposal
// and recording the text adopted in the register.
describe("proposals put to the vote (embedded PGlite)", () => {
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
  async function refusedUnchanged(request: () => Promise<ApiAnswer>, status: number, code: string) {
    const before = await state();
    const answer = await request();
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.body.error?.code).toBe(code);
    expect(await state()).toEqual(before);
  }

  /** The three delegates (author and both sponsors) cast `choice` in the vote. */
  async function voteAll(voteId: string, choice: "for" | "against") {
    for (const voter of [cast.author, ...cast.sponsors]) {
      const cast = await voter.client.post(`/api/votes/${voteId}/ballot`, {
        choice: { method: "for_against_abstain", choice },
      });
      expect(cast.status, JSON.stringify(cast.body)).toBeLessThan(300);
    }
  }
  const read = async (id: string) => (await admin.get<ProposalDetail>(`/api/proposals/${id}`)).body.data!;

  it("votes an amendment first, then the proposal: adopted, its adopted text in the register", async () => {
    const proposal = await discussedProposal(cast);
    const amender = cast.sponsors[0]!;
    const proposed = await amender.client.post<{ id: string }>(`/api/proposals/${proposal.id}/amendments`, {
      associationId: amender.association.id,
      kind: "passage",
      passage: "ميزانية سنوية",
      replacement: "ميزانية سنوية قارة",
    });
    const amendmentId = proposed.body.data!.id;
    // Only a moderator puts it to a vote.
    await refusedUnchanged(
      () => cast.author.client.post(`/api/proposals/amendments/${amendmentId}/vote`),
      403,
      "FORBIDDEN",
    );
    const amendmentVote = await cast.moderator.client.post<ProposalDetail>(
      `/api/proposals/amendments/${amendmentId}/vote`,
    );
    expect(amendmentVote.status, JSON.stringify(amendmentVote.body)).toBe(200);
    const inVote = amendmentVote.body.data!.amendments[0]!;
    expect(inVote).toMatchObject({ state: "in_vote" });
    // The main vote waits for the amendment's.
    await refusedUnchanged(
      () => cast.moderator.client.post(`/api/proposals/${proposal.id}/vote`),
      409,
      "INVALID_STATE",
    );
    await voteAll(inVote.voteId!, "for");
    expect((await cast.moderator.client.post(`/api/votes/${inVote.voteId}/close`)).status).toBe(200);
    const amended = await read(proposal.id);
    expect(amended.amendments[0]).toMatchObject({ state: "adopted", resultVersion: 2 });
    expect(amended.bodyMd).toContain("ميزانية سنوية قارة");

    const opened = await cast.moderator.client.post<ProposalDetail>(`/api/proposals/${proposal.id}/vote`, {
      majority: "simple",
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    const voting = opened.body.data!;
    expect(voting.state).toBe("in_vote");
    const vote = await app.db.vote.findUniqueOrThrow({ where: { id: voting.voteId! } });
    expect(vote).toMatchObject({
      status: "open",
      method: "for_against_abstain",
      electorate: "associations",
      subjectKind: "proposal",
      subjectId: proposal.id,
    });

    // Once the vote is open: no withdrawing, no amendment, nothing changed.
    await refusedUnchanged(
      () => cast.author.client.post(`/api/proposals/${proposal.id}/withdraw`, {}),
      409,
      "INVALID_STATE",
    );
    await refusedUnchanged(
      () =>
        amender.client.post(`/api/proposals/${proposal.id}/amendments`, {
          associationId: amender.association.id,
          kind: "full",
          bodyMd: `${proposalText}\n\nإضافة`,
        }),
      409,
      "INVALID_STATE",
    );
    expect(voting.abilities).toMatchObject({ withdraw: false, putToVote: false, amend: false });

    await voteAll(voting.voteId!, "for");
    expect((await cast.moderator.client.post(`/api/votes/${voting.voteId}/close`)).status).toBe(200);
    const adopted = await read(proposal.id);
    expect(adopted.state).toBe("adopted");
    expect(adopted.transitions.at(-1)).toMatchObject({
      from: "in_vote",
      to: "adopted",
      actor: null,
      reason: "adopted",
    });
    expect(adopted.decision).not.toBeNull();
    const record = await app.db.decisionRecord.findUniqueOrThrow({ where: { id: adopted.decision!.id } });
    expect(record).toMatchObject({ voteId: voting.voteId, proposalId: proposal.id, outcome: "adopted" });
    expect(record.number).toBe(adopted.decision!.number);
    // The text adopted is the amended version, as the register keeps it.
    expect(JSON.parse(record.canonical).textMd).toBe(amended.bodyMd);
  });

  it("is rejected when the vote goes against it", async () => {
    const proposal = await discussedProposal(cast);
    const voting = (await cast.moderator.client.post<ProposalDetail>(`/api/proposals/${proposal.id}/vote`)).body.data!;
    await voteAll(voting.voteId!, "against");
    await cast.moderator.client.post(`/api/votes/${voting.voteId}/close`);
    const rejected = await read(proposal.id);
    expect(rejected.state).toBe("rejected");
    expect(rejected.transitions.at(-1)).toMatchObject({ to: "rejected", reason: "rejected" });
  });

  it("leaves an amendment not adopted when its vote fails, and the text as it was", async () => {
    const proposal = await discussedProposal(cast);
    const amender = cast.sponsors[1]!;
    const proposed = await amender.client.post<{ id: string }>(`/api/proposals/${proposal.id}/amendments`, {
      associationId: amender.association.id,
      kind: "full",
      bodyMd: "نص بديل كامل.",
    });
    const voting = (
      await cast.moderator.client.post<ProposalDetail>(`/api/proposals/amendments/${proposed.body.data!.id}/vote`)
    ).body.data!;
    await voteAll(voting.amendments[0]!.voteId!, "against");
    await cast.moderator.client.post(`/api/votes/${voting.amendments[0]!.voteId}/close`);
    const after = await read(proposal.id);
    expect(after.amendments[0]).toMatchObject({ state: "not_adopted", resultVersion: null });
    expect(after.currentVersion).toBe(1);
    expect(after.bodyMd).toBe(proposalText);
  });
});
