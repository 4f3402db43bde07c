import type { VoteDetail, VoteDraftInput, VoteDraftPatch } from "../../../common/votes.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { settleDueDelegateRequests } from "../associations/index.js";
import { cancelVote, closeVote, createVote, openVote, updateVote } from "./lifecycle.js";
import { isModerator } from "./policy.js";
import { readVote } from "./read.js";

// A moderator's steps through the API: each in one transaction, answered with the vote as it now is.

function assertModerator(actor: Actor): void {
  if (!isModerator(actor)) throw new AppError("FORBIDDEN");
}

/** `POST /api/votes`: a new draft. */
export async function draftVote(db: Db, actor: Actor, input: VoteDraftInput): Promise<VoteDetail> {
  assertModerator(actor);
  const { id } = await inTransaction(db, (tx) => createVote(tx, { ...input, createdById: actor.id }));
  return readVote(db, actor, id);
}

/** `PATCH /api/votes/:id`: the draft's configuration (VOTE_FROZEN once open). */
export async function editVote(db: Db, actor: Actor, id: string, patch: VoteDraftPatch): Promise<VoteDetail> {
  await inTransaction(db, (tx) => updateVote(tx, id, actor, patch));
  return readVote(db, actor, id);
}

/** `POST /api/votes/:id/open`. */
export async function openVoteNow(db: Db, actor: Actor, id: string): Promise<VoteDetail> {
  assertModerator(actor);
  // A delegate request whose delay ran out belongs to the electorate frozen now.
  await settleDueDelegateRequests(db);
  await inTransaction(db, (tx) => openVote(tx, id, actor));
  return readVote(db, actor, id);
}

/** `POST /api/votes/:id/close`. */
export async function closeVoteNow(db: Db, actor: Actor, id: string): Promise<VoteDetail> {
  await inTransaction(db, (tx) => closeVote(tx, id, actor));
  return readVote(db, actor, id);
}

/** `POST /api/votes/:id/cancel`. */
export async function cancelVoteNow(db: Db, actor: Actor, id: string): Promise<VoteDetail> {
  await inTransaction(db, (tx) => cancelVote(tx, id, actor));
  return readVote(db, actor, id);
}
