import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BallotCast, VoteDetail } from "../../common/votes.js";
import { openPostgres } from "../../server/db/adapters.js";
import type { ApiAnswer, ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";
import { manyDelegates, openedVote } from "../helpers/votes.js";

/** This run's test database, with enough connections for ballots to really run side by side. */
function openWidePostgres() {
  openTestPostgres().close(); // refuses anything but a test database
  return openPostgres(inject("postgresUrl"), { max: 24 });
}

const VOTERS = 500;
const TWICE = 100;

describe.skipIf(!postgresAvailable())("votes under concurrency (PostgreSQL)", () => {
  let app: TestApp;
  let moderator: ApiClient;
  let voters: Awaited<ReturnType<typeof manyDelegates>>;

  beforeAll(async () => {
    app = await startAssociationsApp(openWidePostgres);
    moderator = (await newMember(app, { role: "moderator", name: "مشرفة" })).client;
    voters = await manyDelegates(app, VOTERS);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  const faa = (i: number) => ({
    method: "for_against_abstain",
    choice: (["for", "against", "abstain"] as const)[i % 3],
  });

  /** Every voter sends a ballot at once; the first TWICE send a second one (another choice) at the same moment. */
  function castAll(voteId: string) {
    const send = (i: number, choice: unknown) =>
      voters[i]!.client.post<BallotCast>(`/api/votes/${voteId}/ballot`, { choice }).then((answer) => ({ i, answer }));
    return Promise.all([
      ...voters.map((_, i) => send(i, faa(i))),
      ...voters.slice(0, TWICE).map((_, i) => send(i, faa(i + 1))),
    ]);
  }

  async function closeAndCount(voteId: string) {
    const closed = await moderator.post<VoteDetail>(`/api/votes/${voteId}/close`);
    expect(closed.status).toBe(200);
    const [participants, ballots] = await Promise.all([
      app.db.voteParticipation.count({ where: { voteId } }),
      app.db.voteBallot.count({ where: { voteId } }),
    ]);
    return { result: closed.body.data!.result!, participants, ballots };
  }

  it("counts each of 500 delegates once in an open vote, 100 of them sending two ballots at the same moment", async () => {
    const vote = await openedVote(moderator, { secrecy: "open", results: "live" });
    const answers = await castAll(vote.id);
    expect(answers.filter(({ answer }) => answer.status !== 201).map(({ answer }) => answer.body)).toEqual([]);
    // Of each pair sent together, one replaced the other.
    const replaced = answers.filter(({ answer }) => answer.body.data?.replaced).map(({ i }) => i);
    expect(replaced.sort((a, b) => a - b)).toEqual(Array.from({ length: TWICE }, (_, i) => i));

    const { result, participants, ballots } = await closeAndCount(vote.id);
    expect(participants).toBe(VOTERS);
    expect(ballots).toBe(VOTERS);
    expect(result.cast).toBe(VOTERS);
    const figures = result.figures!;
    expect(figures.for + figures.against + figures.abstain).toBe(VOTERS);
  }, 120_000);

  it("counts each of 500 delegates once in a secret vote: of two ballots sent together, one is refused", async () => {
    const vote = await openedVote(moderator, { secrecy: "secret" });
    const answers = await castAll(vote.id);
    const refused = answers.filter(({ answer }) => answer.status !== 201);
    expect(refused).toHaveLength(TWICE);
    expect(new Set(refused.map(({ answer }) => answer.body.error?.code))).toEqual(new Set(["ALREADY_VOTED"]));
    expect(new Set(refused.map(({ i }) => i)).size).toBe(TWICE);

    const { result, participants, ballots } = await closeAndCount(vote.id);
    expect({ participants, ballots, cast: result.cast }).toEqual({
      participants: VOTERS,
      ballots: VOTERS,
      cast: VOTERS,
    });
    // Every receipt handed out names a ballot of the tally.
    const receipts = answers.flatMap(({ answer }) => (answer.status === 201 ? [answer.body.data!.receipt] : []));
    const checks = await Promise.all(
      receipts
        .slice(0, 50)
        .map((code) => moderator.get<{ counted: boolean }>(`/api/votes/${vote.id}/receipts/${code}`)),
    );
    expect(checks.every((check) => check.body.data?.counted)).toBe(true);
  }, 120_000);

  it("counts every acknowledged ballot when the close races the ballots, and none after it", async () => {
    const vote = await openedVote(moderator, { secrecy: "secret" });
    const racing = voters
      .slice(0, 200)
      .map((voter, i) => voter.client.post<BallotCast>(`/api/votes/${vote.id}/ballot`, { choice: faa(i) }));
    const closing = new Promise<ApiAnswer<VoteDetail>>((resolve) =>
      setTimeout(() => resolve(moderator.post<VoteDetail>(`/api/votes/${vote.id}/close`)), 30),
    );
    const [answers, closed] = await Promise.all([Promise.all(racing), closing]);
    expect(closed.status).toBe(200);
    const acknowledged = answers.filter((answer) => answer.status === 201).length;
    for (const answer of answers) if (answer.status !== 201) expect(answer.body.error?.code).toBe("VOTE_CLOSED");
    expect(closed.body.data!.result!.cast).toBe(acknowledged);
    expect(await app.db.voteBallot.count({ where: { voteId: vote.id } })).toBe(acknowledged);
  }, 120_000);
});

describe.skipIf(!postgresAvailable())("a vote's scheduled close (PostgreSQL)", () => {
  it("closes at start a vote whose closing time passed while the server was stopped", async () => {
    const first = await startAssociationsApp(openTestPostgres);
    const moderator = (await newMember(first, { role: "moderator", name: "مشرف" })).client;
    const vote = await openedVote(moderator, { closesAt: new Date(Date.now() + 60 * 60_000).toISOString() });
    await first.close();

    // While stopped, its time passes.
    const second = await startAssociationsApp(openTestPostgres);
    try {
      await second.db.vote.update({
        where: { id: vote.id },
        data: { closesAt: new Date(Date.now() - 60_000) },
      });
      await second.close();
      const third = await startAssociationsApp(openTestPostgres);
      try {
        let row = await third.db.vote.findUniqueOrThrow({ where: { id: vote.id } });
        for (let i = 0; i < 100 && row.status !== "closed"; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          row = await third.db.vote.findUniqueOrThrow({ where: { id: vote.id } });
        }
        expect(row.status).toBe("closed");
        expect(row.result).toMatchObject({ cast: 0 });
        const audit = await third.db.auditEntry.findFirstOrThrow({
          where: { targetId: vote.id, action: "vote.closed" },
        });
        expect(audit).toMatchObject({ actorId: null, data: expect.objectContaining({ scheduled: true }) });
      } finally {
        await third.close();
      }
    } catch (error) {
      await second.close().catch(() => {});
      throw error;
    }
  }, 60_000);
});
