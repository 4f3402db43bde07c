import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ack } from "../../common/realtime.js";
import type { BallotCast } from "../../common/votes.js";
import { castBallot } from "../../server/modules/votes/ballots.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { connected, socketFor, type TestSocket } from "../helpers/sockets.js";
import { manyDelegates, openedVote } from "../helpers/votes.js";

const forChoice = { method: "for_against_abstain", choice: "for" } as const;

describe("ballots cast over the socket (embedded PGlite)", () => {
  let app: TestApp;
  let moderator: ApiClient;
  let delegates: Awaited<ReturnType<typeof manyDelegates>>;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    moderator = (await newMember(app, { role: "moderator", name: "مشرفة" })).client;
    delegates = await manyDelegates(app, 8);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await app?.close();
  });

  async function socketOf(client: ApiClient) {
    const socket = socketFor(app.url, client);
    sockets.push(socket);
    await connected(socket);
    return socket;
  }
  const cast = (socket: TestSocket, payload: Record<string, unknown>) =>
    new Promise<Ack<BallotCast>>((resolve) => socket.emit("vote:cast", payload as never, resolve));

  it("acknowledges a ballot with its receipt once it is stored, and a change of an open vote's ballot", async () => {
    const vote = await openedVote(moderator, { secrecy: "secret" });
    const socket = await socketOf(delegates[0]!.client);
    const answer = await cast(socket, { voteId: vote.id, choice: forChoice });
    expect(answer).toMatchObject({ ok: true, data: { voteId: vote.id, replaced: false, cast: 1 } });
    const receipt = answer.ok ? answer.data.receipt : "";
    const check = await moderator.get<{ found: boolean }>(`/api/votes/${vote.id}/receipts/${receipt}`);
    expect(check.body.data).toMatchObject({ found: true });
    expect(await app.db.voteParticipation.count({ where: { voteId: vote.id } })).toBe(1);

    // A second ballot without the receipt is refused; with it, it replaces the first.
    expect(await cast(socket, { voteId: vote.id, choice: forChoice })).toMatchObject({
      ok: false,
      error: { code: "ALREADY_VOTED" },
    });
    const changed = await cast(socket, { voteId: vote.id, choice: { ...forChoice, choice: "against" }, receipt });
    expect(changed).toMatchObject({ ok: true, data: { replaced: true, cast: 1 } });
    const stored = await app.db.voteBallot.findMany({ where: { voteId: vote.id } });
    expect(stored.map((ballot) => ballot.choice)).toEqual([{ ...forChoice, choice: "against" }]);
  });

  it("refuses with a code, and stores nothing: malformed payloads, wrong ballots, outsiders, closed votes", async () => {
    const vote = await openedVote(moderator);
    const socket = await socketOf(delegates[1]!.client);
    const outsider = await socketOf((await newMember(app, { name: "ليس مندوبا" })).client);
    const code = async (socketTo: TestSocket, payload: Record<string, unknown>) => {
      const answer = await cast(socketTo, payload);
      return answer.ok ? "ok" : answer.error.code;
    };
    expect(await code(socket, { voteId: "not-a-vote", choice: forChoice })).toBe("VALIDATION_FAILED");
    expect(await code(socket, { voteId: vote.id, choice: forChoice, extra: true })).toBe("VALIDATION_FAILED");
    expect(await code(socket, { voteId: vote.id, choice: { method: "single", optionId: null } })).toBe(
      "BALLOT_INVALID",
    );
    expect(await code(socket, { voteId: vote.id, choice: { method: "for_against_abstain", choice: "maybe" } })).toBe(
      "BALLOT_INVALID",
    );
    expect(await code(outsider, { voteId: vote.id, choice: forChoice })).toBe("NOT_IN_ELECTORATE");
    expect(await code(socket, { voteId: crypto.randomUUID(), choice: forChoice })).toBe("NOT_FOUND");
    const draft = await openedVote(moderator, {}, { draft: true });
    expect(await code(socket, { voteId: draft.id, choice: forChoice })).toBe("VOTE_NOT_OPEN");
    expect(await app.db.voteParticipation.count({ where: { voteId: vote.id } })).toBe(0);

    await moderator.post(`/api/votes/${vote.id}/close`);
    expect(await code(socket, { voteId: vote.id, choice: forChoice })).toBe("VOTE_CLOSED");
    expect(await app.db.voteBallot.count({ where: { voteId: vote.id } })).toBe(0);
  });

  it("limits a socket's rate: a flood of ballots is refused with RATE_LIMITED beyond the burst", async () => {
    const vote = await openedVote(moderator, { secrecy: "open" });
    const socket = await socketOf(delegates[2]!.client);
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => cast(socket, { voteId: vote.id, choice: forChoice })),
    );
    const codes = new Set(answers.flatMap((answer) => (answer.ok ? [] : [answer.error.code])));
    expect(codes).toEqual(new Set(["RATE_LIMITED"]));
    expect(answers.filter((answer) => answer.ok).length).toBeLessThan(40);
    expect(await app.db.voteBallot.count({ where: { voteId: vote.id } })).toBe(1);
  });

  it("writes ballots arriving together in one transaction, refusing a bad one alone", async () => {
    const vote = await openedVote(moderator, { secrecy: "open" });
    const outsider = await newMember(app, { name: "خارج الهيئة" });
    let transactions = 0;
    const unsubscribe = app.events.subscribe((events) => {
      transactions += events.filter((event) => event.type === "vote:ballot_cast").length;
    });
    const actorOf = (i: number) => ({ id: delegates[i]!.user.id, role: "member" as const });
    const settle = (promise: Promise<BallotCast>) =>
      promise.then(
        (data) => ({ ok: true as const, data }),
        (error: { code?: string }) => ({ ok: false as const, code: error.code }),
      );
    // Sent in the same turn of the event loop: one batch, but a person's second ballot waits for the next.
    const answers = await Promise.all([
      ...[3, 4, 5, 6].map((i) => settle(castBallot(app.db, actorOf(i), vote.id, { choice: forChoice }))),
      settle(castBallot(app.db, actorOf(7), vote.id, { choice: { method: "single", optionId: null } })),
      settle(castBallot(app.db, { id: outsider.user.id, role: "member" }, vote.id, { choice: forChoice })),
      settle(castBallot(app.db, actorOf(3), vote.id, { choice: { ...forChoice, choice: "abstain" } })),
    ]);
    unsubscribe();
    expect(answers.map((answer) => (answer.ok ? answer.data.replaced : answer.code))).toEqual([
      false,
      false,
      false,
      false,
      "BALLOT_INVALID",
      "NOT_IN_ELECTORATE",
      true,
    ]);
    expect(answers.slice(0, 4).map((answer) => answer.ok && answer.data.cast)).toEqual([4, 4, 4, 4]);
    expect(transactions).toBe(2);
    const stored = await app.db.voteBallot.findMany({
      where: { voteId: vote.id },
      select: { voterKey: true, choice: true },
    });
    expect(stored).toHaveLength(4);
    expect(stored.filter((ballot) => (ballot.choice as { choice: string }).choice === "abstain")).toHaveLength(1);
    expect(await app.db.voteParticipation.count({ where: { voteId: vote.id } })).toBe(4);
  });
});
