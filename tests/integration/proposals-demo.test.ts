import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { DecisionDetail, VerifyReport } from "../../common/decisions.js";
import type { ProposalDetail, ProposalSummary } from "../../common/proposals.js";
import type { VoteDetail, VoteSummary } from "../../common/votes.js";
import { seedDemo } from "../../server/demo/seed.js";
import { createLogger } from "../../server/logger.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

const password = "demo-tashawur-2026";

describe("the demo's proposals and votes", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    expect(await seedDemo(app.db, createLogger({ logLevel: "silent" }))).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
  });

  const login = async (name: string) => {
    const client = new ApiClient(app.url);
    const answer = await client.post("/api/auth/login", { email: `${name}@tashawur.example`, password });
    expect(answer.status).toBe(200);
    return client;
  };

  it("shows a proposal adopted by a closed vote, with its record in a register that verifies intact", async () => {
    const visitor = new ApiClient(app.url);
    const adopted = await visitor.get<Paginated<ProposalSummary>>("/api/proposals?state=adopted");
    expect(adopted.body.data!.items).toHaveLength(1);
    const proposal = (await visitor.get<ProposalDetail>(`/api/proposals/${adopted.body.data!.items[0]!.id}`)).body
      .data!;
    expect(proposal.sponsors.length).toBeGreaterThanOrEqual(proposal.minSponsors);
    expect(proposal.transitions.map((t) => t.to)).toEqual([
      "draft",
      "submitted",
      "in_discussion",
      "in_vote",
      "adopted",
    ]);
    const vote = (await visitor.get<VoteDetail>(`/api/votes/${proposal.voteId}`)).body.data!;
    expect(vote.status).toBe("closed");
    expect(vote.result?.outcome).toBe("adopted");
    expect(proposal.decision).not.toBeNull();
    const record = (await visitor.get<DecisionDetail>(`/api/decisions/${proposal.decision!.id}`)).body.data!;
    expect(record.title).toBe(proposal.title);
    const verified = (await visitor.get<VerifyReport>("/api/decisions/verify")).body.data!;
    expect(verified).toMatchObject({ ok: true, problem: null });
    // Every record the demo wrote is checked (the founding assembly's, this proposal's, the programme's).
    expect(verified.count).toBe(await app.db.decisionRecord.count());
    expect(verified.count).toBeGreaterThanOrEqual(5);
  });

  it("shows a proposal in discussion with co-signers, an accepted amendment (version 2) and one waiting", async () => {
    const visitor = new ApiClient(app.url);
    const open = await visitor.get<Paginated<ProposalSummary>>("/api/proposals?state=in_discussion");
    expect(open.body.data!.items).toHaveLength(1);
    const proposal = (await visitor.get<ProposalDetail>(`/api/proposals/${open.body.data!.items[0]!.id}`)).body.data!;
    expect(proposal.sponsors).toHaveLength(2);
    expect(proposal.currentVersion).toBe(2);
    expect(proposal.bodyMd).toContain("ورقيا وإلكترونيا");
    expect(proposal.amendments.map((a) => a.state).sort()).toEqual(["accepted", "proposed"]);
    expect(proposal.debateId).not.toBeNull();
    // The moderator may put it to the vote; the author may decide the waiting amendment.
    const moderator = await login("moderator");
    const seen = (await moderator.get<ProposalDetail>(`/api/proposals/${proposal.id}`)).body.data!;
    expect(seen.abilities.putToVote).toBe(true);
  });

  it("has an open vote, closing in a few weeks, that a demo delegate who has not voted can cast", async () => {
    const amina = await login("amina");
    const list = await amina.get<Paginated<VoteSummary>>("/api/votes?status=open");
    const open = list.body.data!.items;
    expect(open).toHaveLength(1);
    const vote = (await amina.get<VoteDetail>(`/api/votes/${open[0]!.id}`)).body.data!;
    expect(vote.method).toBe("ranked");
    expect(new Date(vote.closesAt!).getTime()).toBeGreaterThan(Date.now() + 14 * 24 * 3600_000);
    expect(vote.abilities).toMatchObject({ vote: true, hasVoted: false, seeResult: true });
    expect(vote.descriptionHtml).toContain("<strong>برنامج العمل</strong>");
    const ranking = vote.options.map((option) => option.id).reverse();
    const cast = await amina.post(`/api/votes/${vote.id}/ballot`, { choice: { method: "ranked", ranking } });
    expect(cast.status).toBe(201);
  });
});
