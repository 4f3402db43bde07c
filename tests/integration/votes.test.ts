import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda } from "../../common/agenda.js";
import type { NotificationPage } from "../../common/notifications.js";
import type { BallotCast, OpenBallot, ReceiptCheck, VoteDetail } from "../../common/votes.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";
import { openedVote } from "../helpers/votes.js";

type Delegate = Awaited<ReturnType<typeof activeAssociation>>;

describe("votes (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;
  let moderator: ApiClient;
  let delegates: Delegate[];
  let outsider: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
    moderator = (await newMember(app, { role: "moderator", name: "مشرفة التصويت" })).client;
    delegates = [];
    for (let i = 0; i < 3; i++) delegates.push(await activeAssociation(app, admin));
    outsider = (await newMember(app, { name: "شخص خارج الهيئة" })).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  const ballot = (client: ApiClient, voteId: string, body: unknown) =>
    client.post<BallotCast>(`/api/votes/${voteId}/ballot`, body);
  const faa = (choice: "for" | "against" | "abstain") => ({ choice: { method: "for_against_abstain", choice } });

  it("runs an open vote shown live: three delegates vote, one changes, the close counts the last ballots", async () => {
    const vote = await openedVote(moderator, { secrecy: "open", results: "live", majority: "simple" });
    expect(vote.status).toBe("open");
    expect(vote.electorateSize).toBe(delegates.length);

    // Each delegate is told, and finds the vote waiting on the home page.
    const notes = await delegates[0]!.client.get<NotificationPage>("/api/notifications");
    expect(notes.body.data!.items.some((item) => item.kind === "vote.opened" && item.data.vote?.id === vote.id)).toBe(
      true,
    );
    const waiting = await delegates[0]!.client.get<Agenda>("/api/me/agenda");
    expect(waiting.body.data!.items).toContainEqual(
      expect.objectContaining({ kind: "vote_to_cast", vote: expect.objectContaining({ id: vote.id }) }),
    );

    const [a, b, c] = delegates;
    expect((await ballot(a!.client, vote.id, faa("for"))).status).toBe(201);
    expect((await ballot(b!.client, vote.id, faa("against"))).status).toBe(201);
    const changed = await ballot(b!.client, vote.id, faa("for"));
    expect(changed.body.data).toMatchObject({ replaced: true, cast: 2 });
    expect((await ballot(c!.client, vote.id, faa("abstain"))).status).toBe(201);

    const live = (await outsider.get<VoteDetail>(`/api/votes/${vote.id}`)).body.data!;
    expect(live.cast).toBe(3);
    expect(live.result?.figures).toEqual({ for: 2, against: 0, abstain: 1 });
    expect(live.abilities).toMatchObject({ vote: false, close: false });
    const mine = (await a!.client.get<VoteDetail>(`/api/votes/${vote.id}`)).body.data!;
    expect(mine.abilities).toMatchObject({ vote: true, hasVoted: true });
    const afterVoting = await a!.client.get<Agenda>("/api/me/agenda");
    expect(afterVoting.body.data!.items.some((item) => item.kind === "vote_to_cast")).toBe(false);

    const closed = await moderator.post<VoteDetail>(`/api/votes/${vote.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.data!.status).toBe("closed");
    expect(closed.body.data!.result).toMatchObject({
      cast: 3,
      outcome: "adopted",
      figures: { for: 2, against: 0, abstain: 1 },
    });
    expect(await app.db.voteBallot.count({ where: { voteId: vote.id } })).toBe(3);

    // Who voted what, once closed.
    const ballots = (await outsider.get<OpenBallot[]>(`/api/votes/${vote.id}/ballots`)).body.data!;
    expect(ballots.map((row) => [row.voterKey, row.choice])).toEqual(
      expect.arrayContaining([
        [a!.association.id, { method: "for_against_abstain", choice: "for" }],
        [b!.association.id, { method: "for_against_abstain", choice: "for" }],
        [c!.association.id, { method: "for_against_abstain", choice: "abstain" }],
      ]),
    );
    const audit = await app.db.auditEntry.findMany({ where: { targetType: "vote", targetId: vote.id } });
    expect(audit.map((row) => row.action).sort()).toEqual(["vote.closed", "vote.created", "vote.opened"]);
  });

  it("hides a secret vote's figures until the close, and an open vote's chosen at close", async () => {
    for (const input of [{ secrecy: "secret" as const }, { secrecy: "open" as const, results: "at_close" as const }]) {
      const vote = await openedVote(moderator, input);
      await ballot(delegates[0]!.client, vote.id, faa("for"));
      for (const viewer of [moderator, delegates[0]!.client, outsider]) {
        const seen = (await viewer.get<VoteDetail>(`/api/votes/${vote.id}`)).body.data!;
        expect(seen.result).toBeNull();
        expect(seen.cast).toBe(1);
      }
      await moderator.post(`/api/votes/${vote.id}/close`);
      expect((await outsider.get<VoteDetail>(`/api/votes/${vote.id}`)).body.data!.result?.figures?.for).toBe(1);
    }
  });

  it("gives a secret ballot's voter a receipt that alone replaces it, and checks it in the tally", async () => {
    const vote = await openedVote(moderator, { secrecy: "secret" });
    const [a, b] = delegates;
    const first = (await ballot(a!.client, vote.id, faa("against"))).body.data!;
    const other = (await ballot(b!.client, vote.id, faa("for"))).body.data!;
    expect(first.receipt).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);

    const state = () => databaseFingerprint(app.db, ["rate_limit_buckets"]);
    const before = await state();
    const again = await ballot(a!.client, vote.id, faa("for"));
    expect(again.body.error?.code).toBe("ALREADY_VOTED");
    // Another voter's receipt is refused: a receipt is bound to whom it was given.
    const stolen = await ballot(a!.client, vote.id, { ...faa("for"), receipt: other.receipt });
    expect(stolen.body.error?.code).toBe("RECEIPT_INVALID");
    expect(await state()).toEqual(before);

    const changed = (await ballot(a!.client, vote.id, { ...faa("for"), receipt: first.receipt })).body.data!;
    expect(changed).toMatchObject({ replaced: true, cast: 2 });
    expect(changed.receipt).not.toBe(first.receipt);
    // The old receipt named the ballot replaced: it no longer counts, nor replaces anything.
    const reused = await ballot(a!.client, vote.id, { ...faa("abstain"), receipt: first.receipt });
    expect(reused.body.error?.code).toBe("RECEIPT_INVALID");
    expect(await app.db.voteBallot.count({ where: { voteId: vote.id } })).toBe(2);

    await moderator.post(`/api/votes/${vote.id}/close`);
    const check = (code: string) => outsider.get<ReceiptCheck>(`/api/votes/${vote.id}/receipts/${code}`);
    expect((await check(changed.receipt)).body.data).toEqual({
      found: true,
      counted: true,
      choice: { method: "for_against_abstain", choice: "for" },
    });
    expect((await check(first.receipt.toLowerCase())).body.data).toMatchObject({ found: false, counted: false });
    expect((await outsider.get<VoteDetail>(`/api/votes/${vote.id}`)).body.data!.result?.figures).toEqual({
      for: 2,
      against: 0,
      abstain: 0,
    });
    expect((await outsider.get(`/api/votes/${vote.id}/ballots`)).body.error?.code).toBe("FORBIDDEN");
  });

  it("keeps the electorate frozen at opening: an association admitted after has no vote", async () => {
    const vote = await openedVote(moderator);
    const late = await activeAssociation(app, admin);
    const answer = await ballot(late.client, vote.id, faa("for"));
    expect(answer.body.error?.code).toBe("NOT_IN_ELECTORATE");
    await moderator.post(`/api/votes/${vote.id}/close`);
  });

  describe("refuses, with a clear code and nothing changed", () => {
    const state = () => databaseFingerprint(app.db, ["rate_limit_buckets"]);
    type Answer = { status: number; body: { error?: { code: string } } };
    /** Each case prepares what it needs and returns the one request that must be refused. */
    type Case = [string, () => Promise<() => Promise<Answer>>, number, string];

    const cases: Case[] = [
      [
        "a ballot in a draft vote",
        async () => {
          const draft = await openedVote(moderator, {}, { draft: true });
          return () => ballot(delegates[0]!.client, draft.id, faa("for"));
        },
        409,
        "VOTE_NOT_OPEN",
      ],
      [
        "a ballot in a closed vote",
        async () => {
          const vote = await openedVote(moderator);
          await ballot(delegates[0]!.client, vote.id, faa("for"));
          await moderator.post(`/api/votes/${vote.id}/close`);
          return () => ballot(delegates[0]!.client, vote.id, faa("against"));
        },
        409,
        "VOTE_CLOSED",
      ],
      [
        "a ballot from someone outside the electorate",
        async () => {
          const vote = await openedVote(moderator);
          return () => ballot(outsider, vote.id, faa("for"));
        },
        403,
        "NOT_IN_ELECTORATE",
      ],
      [
        "two choices in a single-choice vote",
        async () => {
          const vote = await openedVote(moderator, { method: "single", options: ["أ", "ب", "ج"] });
          const [x, y] = vote.options;
          return () =>
            ballot(delegates[0]!.client, vote.id, { choice: { method: "approval", optionIds: [x!.id, y!.id] } });
        },
        400,
        "BALLOT_INVALID",
      ],
      [
        "a ranking with duplicates",
        async () => {
          const vote = await openedVote(moderator, { method: "ranked", options: ["أ", "ب", "ج"] });
          const [x, y] = vote.options;
          return () =>
            ballot(delegates[0]!.client, vote.id, { choice: { method: "ranked", ranking: [x!.id, y!.id, x!.id] } });
        },
        400,
        "BALLOT_INVALID",
      ],
      [
        "more approvals than the maximum",
        async () => {
          const vote = await openedVote(moderator, { method: "approval", options: ["أ", "ب", "ج"], maxChoices: 2 });
          const all = vote.options.map((option) => option.id);
          return () => ballot(delegates[0]!.client, vote.id, { choice: { method: "approval", optionIds: all } });
        },
        400,
        "BALLOT_INVALID",
      ],
      [
        "an option of another vote",
        async () => {
          const vote = await openedVote(moderator, { method: "single", options: ["أ", "ب"] });
          const elsewhere = await openedVote(moderator, { method: "single", options: ["ج", "د"] });
          const foreign = elsewhere.options[0]!.id;
          return () => ballot(delegates[0]!.client, vote.id, { choice: { method: "single", optionId: foreign } });
        },
        400,
        "BALLOT_INVALID",
      ],
      [
        "a malformed ballot",
        async () => {
          const vote = await openedVote(moderator);
          return () =>
            ballot(delegates[0]!.client, vote.id, { choice: { method: "for_against_abstain", choice: "maybe" } });
        },
        400,
        "BALLOT_INVALID",
      ],
      [
        "changing an open vote's configuration",
        async () => {
          const vote = await openedVote(moderator);
          return () => moderator.patch(`/api/votes/${vote.id}`, { secrecy: "open" });
        },
        409,
        "VOTE_FROZEN",
      ],
      [
        "closing twice",
        async () => {
          const vote = await openedVote(moderator);
          await moderator.post(`/api/votes/${vote.id}/close`);
          return () => moderator.post(`/api/votes/${vote.id}/close`);
        },
        409,
        "VOTE_CLOSED",
      ],
      [
        "closing a draft",
        async () => {
          const draft = await openedVote(moderator, {}, { draft: true });
          return () => moderator.post(`/api/votes/${draft.id}/close`);
        },
        409,
        "VOTE_NOT_OPEN",
      ],
      [
        "a delegate opening a vote",
        async () => {
          const draft = await openedVote(moderator, {}, { draft: true });
          return () => delegates[0]!.client.post(`/api/votes/${draft.id}/open`);
        },
        403,
        "FORBIDDEN",
      ],
      [
        "a delegate creating a vote",
        async () => () =>
          delegates[0]!.client.post("/api/votes", { title: "تصويت غير مأذون", method: "for_against_abstain" }),
        403,
        "FORBIDDEN",
      ],
      [
        "a secret vote shown live",
        async () => () =>
          moderator.post("/api/votes", {
            title: "تصويت سري",
            method: "for_against_abstain",
            secrecy: "secret",
            results: "live",
          }),
        400,
        "VALIDATION_FAILED",
      ],
    ];

    it.each(cases)("%s", async (_label, prepare, status, code) => {
      const step = await prepare();
      const before = await state();
      const answer = await step();
      expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status, code });
      expect(await state()).toEqual(before);
    });
  });
});
