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
  held: { voterKey: string; associationId: string | null }[];
};

/**
 * The vote, share-locked for the rest of the transaction, with its options and the votes the person
 * holds in it: one statement.
 */
async function lockForBallot(tx: Tx, voteId: string, userId: string): Promise<LockedVote | undefined> {
  const [vote] = await tx.$queryRaw<LockedVote[]>`
    SELECT v.id, v.status::text AS status, v.method, v.max_choices, v.secrecy, v.results, v.receipt_key,
      (SELECT coalesce(json_agg(json_build_object('id', o.id, 'label', o.label) ORDER BY o.position), '[]')
         FROM vote_options o WHERE o.vote_id = v.id) AS options,
      (SELECT coalesce(json_agg(json_build_object('voterKey', w.voter_key, 'associationId', w.association_id)), '[]')
         FROM vote_voters w WHERE w.vote_id = v.id AND w.user_id = ${userId}::uuid) AS held
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
function heldVoterKey(vote: LockedVote, associationId: string | undefined): string {
  const chosen = associationId ? vote.held.filter((row) => row.associationId === associationId) : vote.held;
  if (chosen.length === 0) throw new AppError("NOT_IN_ELECTORATE");
  if (chosen.length > 1) throw fieldError("VALIDATION_FAILED", [{ path: "associationId", reason: "required" }]);
  return chosen[0]!.voterKey;
}

/**
 * Casts (or changes) the person's ballot, in one transaction answered only once committed. The vote's
 * row is share-locked, so a close waits for the ballots in flight and a ballot after it finds it closed.
 * The participation row's primary key keeps one ballot per voter: of two sent at once, the second
 * changes the first (open vote) or is refused with ALREADY_VOTED (secret vote without the receipt).
 * A secret vote's ballot carries no voter: changing it means presenting its receipt, which names the
 * ballot it replaces (and only its own voter can use it).
 */
export async function castBallot(
  db: Db,
  actor: Actor,
  voteId: string,
  input: Omit<CastBallotInput, "choice"> & { choice: unknown },
): Promise<BallotCast> {
  return inTransaction(db, async (tx) => {
    const vote = await lockForBallot(tx, voteId, actor.id);
    if (!vote) throw new AppError("NOT_FOUND");
    const stateDenied = denial(actor, "cast", {
      status: vote.status,
      secrecy: vote.secrecy,
      results: vote.results,
      holdsVote: true,
      hasVoted: false,
    });
    if (stateDenied) throw new AppError(stateDenied);
    const voterKey = heldVoterKey(vote, input.associationId);
    const choice = validChoice(vote, input.choice);
    const secret = vote.secrecy === "secret";

    const receipt = newReceipt(vote.receipt_key, voteId, voterKey);
    const ballot = {
      voteId,
      voterKey: secret ? null : voterKey,
      receiptHash: receiptHash(receipt),
      choice: choice as unknown as Prisma.InputJsonValue,
    };
    // The participation row and, when it is new, the ballot, in one statement: a second ballot of the
    // same voter waits here on the primary key until the first commits, then finds it.
    const first = await tx.$executeRaw`
      WITH joined AS (
        INSERT INTO vote_participation (vote_id, voter_key) VALUES (${voteId}::uuid, ${voterKey}::uuid)
        ON CONFLICT DO NOTHING RETURNING vote_id
      )
      INSERT INTO vote_ballots (id, vote_id, voter_key, receipt_hash, choice)
      SELECT ${randomUUID()}::uuid, vote_id, ${ballot.voterKey}::uuid, ${ballot.receiptHash}, ${JSON.stringify(choice)}::jsonb
      FROM joined`;
    const replaced = first !== 1;
    if (replaced && !secret) {
      await tx.voteBallot.update({
        where: { voteId_voterKey: { voteId, voterKey } },
        data: { receiptHash: ballot.receiptHash, choice: ballot.choice },
      });
    } else if (replaced) {
      if (!input.receipt) throw new AppError("ALREADY_VOTED");
      if (!receiptBelongsTo(vote.receipt_key, voteId, voterKey, input.receipt)) throw new AppError("RECEIPT_INVALID");
      // The participation row is locked with the replacement: one change of this voter's at a time.
      await tx.$queryRaw`
        SELECT 1 FROM vote_participation WHERE vote_id = ${voteId}::uuid AND voter_key = ${voterKey}::uuid FOR UPDATE`;
      const removed = await tx.voteBallot.deleteMany({ where: { voteId, receiptHash: receiptHash(input.receipt) } });
      if (removed.count !== 1) throw new AppError("RECEIPT_INVALID");
      await tx.voteBallot.create({ data: { id: randomUUID(), ...ballot } });
    }
    const cast = await tx.voteParticipation.count({ where: { voteId } });
    publishAfterCommit(tx, { type: "vote:ballot_cast", stale: [`vote-ballots:${voteId}`] });
    return { voteId, replaced, receipt, cast };
  });
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
