import type { ProposalState } from "../../../common/proposals.js";
import type { Tx } from "../../db/client.js";
import { notify } from "../notifications/index.js";
import type { LockedProposal } from "./access.js";

/** The states a proposal's associations are told it reached. */
const noticed: ReadonlySet<ProposalState> = new Set([
  "in_discussion",
  "not_admissible",
  "in_vote",
  "adopted",
  "rejected",
]);

/** The representatives of the author association and of every co-signing one (each person once). */
async function concerned(tx: Tx, proposal: LockedProposal): Promise<string[]> {
  const rows = await tx.associationMember.findMany({
    where: { associationId: { in: [proposal.associationId, ...proposal.sponsorIds] }, role: "representative" },
    select: { userId: true },
  });
  return rows.map((row) => row.userId);
}

/**
 * Tells the author association and the co-signers that the proposal was admitted, declared not
 * admissible, put to the vote, adopted or rejected (in the step's transaction; not the one who acted).
 */
export async function noticeTransition(
  tx: Tx,
  proposal: LockedProposal,
  to: ProposalState,
  actorId: string | null,
  reason: string | null,
): Promise<void> {
  if (!noticed.has(to)) return;
  await notify(tx, {
    userIds: await concerned(tx, proposal),
    ...(actorId ? { exceptUserId: actorId } : {}),
    kind: "proposal.transitioned",
    data: { proposal: { id: proposal.id, title: proposal.title }, state: to, reason: reason ?? null },
  });
}

/** Tells the author association and the co-signers that another association proposed an amendment. */
export async function noticeAmendment(tx: Tx, proposal: LockedProposal, associationId: string, actorId: string) {
  const association = await tx.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { id: true, slug: true, nameAr: true, nameFr: true },
  });
  await notify(tx, {
    userIds: await concerned(tx, proposal),
    exceptUserId: actorId,
    kind: "proposal.amended",
    data: { proposal: { id: proposal.id, title: proposal.title }, association },
  });
}
