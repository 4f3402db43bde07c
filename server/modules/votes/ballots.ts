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
};

/** The ballot's shape, then whether it fits the vote: BALLOT_INVALID naming the problem otherwise. */
async function validChoice(tx: Tx, vote: LockedVote, raw: unknown): Promise<BallotChoice> {
  let choice: BallotChoice;
  try {
    choice = parseInput(ballotChoice, raw) as BallotChoice;
  } catch (error) {
    const fields = error instanceof AppError ? error.details?.fields : undefined;
    throw new AppError("BALLOT_INVALID", {
      fields: (fields ?? []).map((field) => ({ ...field, path: `choice.${field.path}` })),
    });
  }
  const options = await tx.voteOption.findMany({ where: { voteId: vote.id }, orderBy: { position: "asc" } });
  const problem = checkBallot(
    vote.method,
    options.map((option) => ({ id: option.id, label: option.label })),
    vote.max_choices,
    choice,
  );
  if (problem) throw new AppError("BALLOT_INVALID", { fields: [{ path: "choice", reason: problem }], problem });
  return choice;
}

/** Which of the votes the person holds in this vote the ballot is for. */
async function heldVoterKey(tx: Tx, voteId: string, actor: Actor, associationId: string | undefined): Promise<string> {
  const held = await tx.voteVoter.findMany({
    where: { voteId, userId: actor.id },
    select: { voterKey: true, associationId: true },
  });
  const chosen = associationId ? held.filter((row) => row.associationId === associationId) : held;
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
    const [vote] = await tx.$queryRaw<LockedVote[]>`
      SELECT id, status::text AS status, method, max_choices, secrecy, results, receipt_key
      FROM votes WHERE id = ${voteId}::uuid FOR SHARE`;
    if (!vote) throw new AppError("NOT_FOUND");
    const stateDenied = denial(actor, "cast", {
      status: vote.status,
      secrecy: vote.secrecy,
      results: vote.results,
      holdsVote: true,
      hasVoted: false,
    });
    if (stateDenied) throw new AppError(stateDenied);
    const voterKey = await heldVoterKey(tx, voteId, actor, input.associationId);
    const choice = await validChoice(tx, vote, input.choice);
    const secret = vote.secrecy === "secret";

    const first = await tx.$executeRaw`
      INSERT INTO vote_participation (vote_id, voter_key) VALUES (${voteId}::uuid, ${voterKey}::uuid)
      ON CONFLICT DO NOTHING`;
    const receipt = newReceipt(vote.receipt_key, voteId, voterKey);
    const ballot = {
      voteId,
      voterKey: secret ? null : voterKey,
      receiptHash: receiptHash(receipt),
      choice: choice as unknown as Prisma.InputJsonValue,
    };
    if (first === 1) {
      await tx.voteBallot.create({ data: { id: randomUUID(), ...ballot } });
    } else if (!secret) {
      await tx.voteBallot.update({
        where: { voteId_voterKey: { voteId, voterKey } },
        data: { receiptHash: ballot.receiptHash, choice: ballot.choice },
      });
    } else {
      if (!input.receipt) throw new AppError("ALREADY_VOTED");
      if (!receiptBelongsTo(vote.receipt_key, voteId, voterKey, input.receipt)) throw new AppError("RECEIPT_INVALID");
      // The participation row is locked with the replacement: one change of this voter's at a time.
      await tx.$queryRaw`
        SELECT 1 FROM vote_participation WHERE vote_id = ${voteId}::uuid AND voter_key = ${voterKey}::uuid FOR UPDATE`;
      const replaced = await tx.voteBallot.deleteMany({ where: { voteId, receiptHash: receiptHash(input.receipt) } });
      if (replaced.count !== 1) throw new AppError("RECEIPT_INVALID");
      await tx.voteBallot.create({ data: { id: randomUUID(), ...ballot } });
    }
    const cast = await tx.voteParticipation.count({ where: { voteId } });
    publishAfterCommit(tx, { type: "vote:ballot_cast", stale: [`vote-ballots:${voteId}`] });
    return { voteId, replaced: first !== 1, receipt, cast };
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
