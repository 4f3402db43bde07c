import { randomUUID } from "node:crypto";
import type { BallotChoice, VoteMethod } from "../../../common/tally.js";
import type { BallotCast, CastBallotInput, OpenBallot, ReceiptCheck, VoteStatus } from "../../../common/votes.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { AppError, fieldError } from "../../http/errors.js";
import { parseInput } from "../../http/validate.js";
import { denial } from "./policy.js";
import { newReceipt, receiptBelongsTo, receiptHash } from "./receipts.js";
import { ballotChoice } from "./schema.js";
import { checkBallot } from "./tally.js";

type LockedVote = {
  id: string;
  status: VoteStatus;
  method: VoteMethod;
  max_choices: number | null;
  secrecy: "open" | "secret";
  results: "live" | "at_close";
  receipt_key: Uint8Array;
  options: { id: string; label: string }[];
  held: { userId: string; voterKey: string; associationId: string | null }[];
};

/**
 * The vote, share-locked for the rest of the transaction, with its options and the votes each of the
 * people casting holds in it: one statement.
 */
async function lockForBallots(tx: Tx, voteId: string, userIds: string[]): Promise<LockedVote | undefined> {
  const [vote] = await tx.$queryRaw<LockedVote[]>`
    SELECT v.id, v.status::text AS status, v.method, v.max_choices, v.secrecy, v.results, v.receipt_key,
      (SELECT coalesce(json_agg(json_build_object('id', o.id, 'label', o.label) ORDER BY o.position), '[]')
         FROM vote_options o WHERE o.vote_id = v.id) AS options,
      (SELECT coalesce(json_agg(json_build_object(
                 'userId', w.user_id, 'voterKey', w.voter_key, 'associationId', w.association_id)), '[]')
         FROM vote_voters w
         WHERE w.vote_id = v.id AND w.user_id IN (SELECT value::uuid FROM jsonb_array_elements_text(${JSON.stringify(userIds)}::jsonb))) AS held
    FROM votes v WHERE v.id = ${voteId}::uuid FOR SHARE OF v`;
  return vote;
}

/** The ballot's shape, then whether it fits the vote: BALLOT_INVALID naming the problem otherwise. */
function validChoice(vote: LockedVote, raw: unknown): BallotChoice {
  let choice: BallotChoice;
  try {
    choice = parseInput(ballotChoice, raw) as BallotChoice;
  } catch (error) {
    const fields = error instanceof AppError ? error.details?.fields : undefined;
    throw new AppError("BALLOT_INVALID", {
      fields: (fields ?? []).map((field) => ({ ...field, path: `choice.${field.path}` })),
    });
  }
  const problem = checkBallot(vote.method, vote.options, vote.max_choices, choice);
  if (problem) throw new AppError("BALLOT_INVALID", { fields: [{ path: "choice", reason: problem }], problem });
  return choice;
}

/** Which of the votes the person holds in this vote the ballot is for. */
function heldVoterKey(vote: LockedVote, userId: string, associationId: string | undefined): string {
  const chosen = vote.held.filter(
    (row) => row.userId === userId && (!associationId || row.associationId === associationId),
  );
  if (chosen.length === 0) throw new AppError("NOT_IN_ELECTORATE");
  if (chosen.length > 1) throw fieldError("VALIDATION_FAILED", [{ path: "associationId", reason: "required" }]);
  return chosen[0]!.voterKey;
}

type BallotRequest = {
  actor: Actor;
  input: Omit<CastBallotInput, "choice"> & { choice: unknown };
};
type Checked = { voterKey: string; choice: BallotChoice; receipt: string; ballotId: string; receiptHash: string };
/** Each request's answer: its ballot, or the error that refused it alone. */
type Outcome = { ok: true; cast: Omit<BallotCast, "cast"> } | { ok: false; error: unknown };

/**
 * Casts the ballots of `requests` (at most one per person) in the transaction `tx`: the vote share-locked
 * once, every new voter's participation and ballot in one statement, then the changes one by one. A
 * ballot that is refused (not in the electorate, malformed, a bad receipt) is refused alone; an error
 * of the database fails the transaction, and so all of them.
 */
async function castTogether(tx: Tx, voteId: string, requests: BallotRequest[]): Promise<Outcome[]> {
  const vote = await lockForBallots(
    tx,
    voteId,
    requests.map((request) => request.actor.id),
  );
  if (!vote) return requests.map(() => ({ ok: false, error: new AppError("NOT_FOUND") }));
  const stateDenied = denial(requests[0]!.actor, "cast", {
    status: vote.status,
    secrecy: vote.secrecy,
    results: vote.results,
    holdsVote: true,
    hasVoted: false,
  });
  if (stateDenied) return requests.map(() => ({ ok: false, error: new AppError(stateDenied) }));
  const secret = vote.secrecy === "secret";

  const outcomes: Outcome[] = [];
  const checked: (Checked | undefined)[] = requests.map(({ actor, input }, i) => {
    try {
      const voterKey = heldVoterKey(vote, actor.id, input.associationId);
      const choice = validChoice(vote, input.choice);
      const receipt = newReceipt(vote.receipt_key, voteId, voterKey);
      return { voterKey, choice, receipt, ballotId: randomUUID(), receiptHash: receiptHash(receipt) };
    } catch (error) {
      outcomes[i] = { ok: false, error };
      return undefined;
    }
  });
  const valid = checked.filter((row): row is Checked => row !== undefined);
  // Every participation row and, for those that are new, the ballot, in one statement: a second ballot
  // of the same voter (from another transaction) waits here on the primary key until the first
  // commits, then finds it.
  // In the order of their keys, so that two processes writing overlapping batches cannot deadlock.
  const rows = [...valid]
    .sort((a, b) => (a.voterKey < b.voterKey ? -1 : 1))
    .map((row) => ({
      voter_key: row.voterKey,
      ballot_key: secret ? null : row.voterKey,
      id: row.ballotId,
      receipt_hash: row.receiptHash,
      choice: row.choice,
    }));
  const joined =
    rows.length === 0
      ? []
      : await tx.$queryRaw<{ voter_key: string }[]>`
      WITH input AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          AS i(voter_key uuid, ballot_key uuid, id uuid, receipt_hash text, choice jsonb)
      ), joined AS (
        INSERT INTO vote_participation (vote_id, voter_key)
        SELECT ${voteId}::uuid, voter_key FROM input
        ON CONFLICT DO NOTHING RETURNING voter_key
      ), ballots AS (
        INSERT INTO vote_ballots (id, vote_id, voter_key, receipt_hash, choice)
        SELECT i.id, ${voteId}::uuid, i.ballot_key, i.receipt_hash, i.choice
        FROM input i JOIN joined j ON j.voter_key = i.voter_key
        RETURNING id
      )
      SELECT voter_key::text AS voter_key FROM joined`;
  const fresh = new Set(joined.map((row) => row.voter_key));

  for (const [i, row] of checked.entries()) {
    if (!row) continue;
    if (fresh.has(row.voterKey)) {
      outcomes[i] = { ok: true, cast: { voteId, replaced: false, receipt: row.receipt } };
      continue;
    }
    try {
      await replaceBallot(tx, vote, row, requests[i]!.input.receipt);
      outcomes[i] = { ok: true, cast: { voteId, replaced: true, receipt: row.receipt } };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes[i] = { ok: false, error };
    }
  }
  if (outcomes.some((outcome) => outcome.ok)) {
    publishAfterCommit(tx, { type: "vote:ballot_cast", stale: [`vote-ballots:${voteId}`] });
  }
  return outcomes;
}

/**
 * A voter's second ballot: it changes the first (open vote), or, in a secret vote, it needs the first
 * one's receipt, which names the ballot it replaces (and only its own voter can use it).
 */
async function replaceBallot(tx: Tx, vote: LockedVote, row: Checked, receipt: string | undefined): Promise<void> {
  const voteId = vote.id;
  const { voterKey } = row;
  if (vote.secrecy !== "secret") {
    await tx.voteBallot.update({
      where: { voteId_voterKey: { voteId, voterKey } },
      data: { receiptHash: row.receiptHash, choice: row.choice as unknown as Prisma.InputJsonValue },
    });
    return;
  }
  if (!receipt) throw new AppError("ALREADY_VOTED");
  if (!receiptBelongsTo(vote.receipt_key, voteId, voterKey, receipt)) throw new AppError("RECEIPT_INVALID");
  // The participation row is locked with the replacement: one change of this voter's at a time.
  await tx.$queryRaw`
    SELECT 1 FROM vote_participation WHERE vote_id = ${voteId}::uuid AND voter_key = ${voterKey}::uuid FOR UPDATE`;
  const removed = await tx.voteBallot.deleteMany({ where: { voteId, receiptHash: receiptHash(receipt) } });
  if (removed.count !== 1) throw new AppError("RECEIPT_INVALID");
  await tx.voteBallot.create({
    data: {
      id: row.ballotId,
      voteId,
      voterKey: null,
      receiptHash: row.receiptHash,
      choice: row.choice as unknown as Prisma.InputJsonValue,
    },
  });
}

/** At most this many ballots are written by one transaction. */
const BATCH_LIMIT = 250;
/**
 * At most this many transactions of one vote's ballots at once in this process: with a pool of
 * connections (PostgreSQL), one that stalls does not hold up the ballots behind it.
 */
const IN_FLIGHT_LIMIT = 3;

type Waiting = BallotRequest & { resolve(cast: BallotCast): void; reject(error: unknown): void };
/** One vote's ballots in this process: those waiting, the transactions in flight and whose ballots they hold. */
type VoteQueue = { waiting: Waiting[]; inFlight: number; people: Set<string>; scheduled: boolean };
/** Per database client, per vote. */
const queues = new WeakMap<Db, Map<string, VoteQueue>>();

/**
 * The next batch: the oldest waiting ballots, at most one per person and none of a person whose
 * ballot is in flight (a second one waits for the first to be answered).
 */
function nextBatch(queue: VoteQueue): Waiting[] {
  const batch: Waiting[] = [];
  const { waiting, people } = queue;
  for (let i = 0; i < waiting.length && batch.length < BATCH_LIMIT; ) {
    const request = waiting[i]!;
    if (people.has(request.actor.id)) {
      i++;
      continue;
    }
    people.add(request.actor.id);
    batch.push(request);
    waiting.splice(i, 1);
  }
  return batch;
}

async function castBatch(db: Db, voteId: string, batch: Waiting[]): Promise<void> {
  const cast = async (requests: Waiting[]) => {
    const together = await inTransaction(db, async (tx) => {
      const outcomes = await castTogether(tx, voteId, requests);
      const count = outcomes.some((outcome) => outcome.ok)
        ? await tx.voteParticipation.count({ where: { voteId } })
        : 0;
      return { outcomes, count };
    });
    // Answered only now, once committed.
    for (const [i, outcome] of together.outcomes.entries()) {
      if (outcome.ok) requests[i]!.resolve({ ...outcome.cast, cast: together.count });
      else requests[i]!.reject(outcome.error);
    }
  };
  try {
    await cast(batch);
  } catch (error) {
    if (batch.length === 1) return batch[0]!.reject(error);
    // The database refused the transaction: each ballot alone, so that only the one at fault fails.
    for (const request of batch) await cast([request]).catch((alone: unknown) => request.reject(alone));
  }
}

/**
 * Casts (or changes) the person's ballot, answered only once its transaction has committed. Ballots
 * for the same vote arriving while transactions of its ballots are in flight wait and are then written
 * together, in one transaction (one statement for the new ones); each is refused or accepted on its own.
 * The vote's row is share-locked, so a close waits for the ballots in flight and a ballot after it
 * finds it closed. The participation row's primary key keeps one ballot per voter: of two sent at
 * once, the second changes the first (open vote) or is refused with ALREADY_VOTED (secret vote without
 * the receipt). A secret vote's ballot carries no voter: changing it means presenting its receipt.
 */
export function castBallot(
  db: Db,
  actor: Actor,
  voteId: string,
  input: Omit<CastBallotInput, "choice"> & { choice: unknown },
): Promise<BallotCast> {
  let votes = queues.get(db);
  if (!votes) {
    votes = new Map();
    queues.set(db, votes);
  }
  let queue = votes.get(voteId);
  if (!queue) {
    queue = { waiting: [], inFlight: 0, people: new Set(), scheduled: false };
    votes.set(voteId, queue);
  }
  const answer = new Promise<BallotCast>((resolve, reject) => queue.waiting.push({ actor, input, resolve, reject }));
  if (!queue.scheduled) {
    queue.scheduled = true;
    // At the end of this turn of the event loop: the ballots read with this one join its batch.
    setImmediate(() => {
      queue.scheduled = false;
      pump(db, votes, voteId, queue);
    });
  }
  return answer;
}

/** Starts transactions of the vote's waiting ballots while fewer than IN_FLIGHT_LIMIT are running. */
function pump(db: Db, votes: Map<string, VoteQueue>, voteId: string, queue: VoteQueue): void {
  while (queue.inFlight < IN_FLIGHT_LIMIT) {
    const batch = nextBatch(queue);
    if (batch.length === 0) break;
    queue.inFlight++;
    void castBatch(db, voteId, batch).finally(() => {
      queue.inFlight--;
      for (const request of batch) queue.people.delete(request.actor.id);
      pump(db, votes, voteId, queue);
    });
  }
  if (queue.inFlight === 0 && queue.waiting.length === 0 && !queue.scheduled) votes.delete(voteId);
}

/** Whether the ballot a receipt names is among the vote's ballots (counted in the tally once closed). */
export async function checkReceipt(db: Db, voteId: string, code: string): Promise<ReceiptCheck> {
  const [vote, ballot] = await Promise.all([
    db.vote.findUnique({ where: { id: voteId }, select: { status: true } }),
    db.voteBallot.findUnique({
      where: { voteId_receiptHash: { voteId, receiptHash: receiptHash(code) } },
      select: { choice: true },
    }),
  ]);
  if (!vote || vote.status === "draft" || vote.status === "cancelled") throw new AppError("NOT_FOUND");
  return {
    found: ballot !== null,
    counted: ballot !== null && vote.status === "closed",
    choice: (ballot?.choice as BallotChoice | undefined) ?? null,
  };
}

/** An open vote's ballots, each with its voter, once the vote is closed (FORBIDDEN for a secret vote). */
export async function openBallots(db: Db, voteId: string): Promise<OpenBallot[]> {
  const vote = await db.vote.findUnique({ where: { id: voteId }, select: { status: true, secrecy: true } });
  if (!vote || vote.status === "draft" || vote.status === "cancelled") throw new AppError("NOT_FOUND");
  if (vote.secrecy === "secret") throw new AppError("FORBIDDEN");
  // Who voted what is shown once the vote is closed, never while ballots can still change.
  if (vote.status !== "closed") throw new AppError("FORBIDDEN");
  const rows = await db.$queryRaw<{ voter_key: string; name: string; choice: BallotChoice }[]>`
    SELECT b.voter_key, v.name, b.choice FROM vote_ballots b
    JOIN vote_voters v ON v.vote_id = b.vote_id AND v.voter_key = b.voter_key
    WHERE b.vote_id = ${voteId}::uuid ORDER BY v.name, b.voter_key`;
  return rows.map((row) => ({ voterKey: row.voter_key, name: row.name, choice: row.choice }));
}
