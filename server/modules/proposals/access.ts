import type { Role } from "../../../common/api.js";
import type { ProposalState } from "../../../common/proposals.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { publishAfterCommit } from "../../db/transaction.js";
import type { DomainEvent } from "../../events/bus.js";
import { AppError } from "../../http/errors.js";
import { effectiveStatus } from "../associations/index.js";
import { writeAudit } from "../audit/index.js";
import { noticeTransition } from "./notices.js";
import {
  type ProposalAction,
  type ProposalActor,
  type ProposalResource,
  proposalDenial,
  targetState,
} from "./policy.js";

/** The associations a person represents that are active now (only those act on proposals). */
export async function activeRepresentations(db: Db | Tx, userId: string, now = new Date()): Promise<string[]> {
  const rows = await db.associationMember.findMany({
    where: { userId, role: "representative" },
    select: { associationId: true, association: { select: { status: true, suspendedUntil: true } } },
  });
  return rows.filter((row) => effectiveStatus(row.association, now) === "active").map((row) => row.associationId);
}

/** A relation of one association the person represents to the proposal. */
export type Represented = { associationId: string; relation: "author" | "sponsor" | "representative" };

/** How each association the person represents stands towards a proposal. */
export function relations(represents: string[], authorId: string, sponsorIds: string[]): Represented[] {
  return represents.map((associationId) => ({
    associationId,
    relation: associationId === authorId ? "author" : sponsorIds.includes(associationId) ? "sponsor" : "representative",
  }));
}

/**
 * The person as the policy sees them when acting for `associationId` (or, without one, through their
 * strongest tie to the proposal: author, then sponsor, then any representative).
 */
export function policyActor(role: Role, represented: Represented[], associationId?: string): ProposalActor {
  if (associationId !== undefined) {
    const tie = represented.find((r) => r.associationId === associationId);
    return { kind: "person", role, relation: tie?.relation ?? "none" };
  }
  const order = ["author", "sponsor", "representative"] as const;
  const relation = order.find((r) => represented.some((x) => x.relation === r)) ?? "none";
  return { kind: "person", role, relation };
}

/** A proposal locked for the rest of the transaction, with what the policy needs. */
export type LockedProposal = {
  id: string;
  title: string;
  state: ProposalState;
  associationId: string;
  categoryId: string | null;
  bodyMd: string;
  currentVersion: number;
  debateId: string | null;
  voteId: string | null;
  sponsorIds: string[];
  resource: ProposalResource;
};

/**
 * Locks the proposal's row until the transaction ends (steps on one proposal queue up) and reads
 * what the policy needs; NOT_FOUND when there is none.
 */
export async function lockProposal(tx: Tx, id: string, minSponsors: number): Promise<LockedProposal> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM proposals WHERE id = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND");
  const row = await tx.proposal.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      state: true,
      associationId: true,
      categoryId: true,
      bodyMd: true,
      currentVersion: true,
      debateId: true,
      voteId: true,
      sponsors: { select: { associationId: true } },
      _count: { select: { amendments: { where: { state: "in_vote" } } } },
    },
  });
  const sponsorIds = row.sponsors.map((s) => s.associationId);
  publishAfterCommit(tx, proposalChanged(id));
  return {
    ...row,
    sponsorIds,
    resource: {
      state: row.state,
      sponsorCount: sponsorIds.length,
      minSponsors,
      amendmentsInVote: row._count.amendments,
    },
  };
}

/** The socket room of a proposal's readers. */
export const proposalRoom = (id: string) => `proposal:${id}`;

/** What a change to one proposal makes stale, and the room told about it after the commit. */
export const proposalChanged = (id: string): DomainEvent => ({
  type: "proposal:changed",
  stale: ["proposals", `proposal:${id}`],
  broadcast: { rooms: [proposalRoom(id)], event: "proposal:changed", payload: { proposalId: id } },
});

/** Refuses the step with the policy's code unless it is allowed. */
export function ensure(actor: ProposalActor, action: ProposalAction, proposal: LockedProposal): void {
  const denial = proposalDenial(actor, action, proposal.resource);
  if (denial) throw new AppError(denial, denial === "PROPOSAL_SPONSORS_MISSING" ? sponsorDetails(proposal) : undefined);
}

const sponsorDetails = (proposal: LockedProposal) => ({
  sponsors: proposal.resource.sponsorCount,
  required: proposal.resource.minSponsors,
});

/** The person's relation to a locked proposal, from the associations they represent now. */
export async function actorOn(
  tx: Tx,
  actor: Actor,
  proposal: LockedProposal,
  associationId?: string,
): Promise<ProposalActor> {
  const represented = relations(await activeRepresentations(tx, actor.id), proposal.associationId, proposal.sponsorIds);
  return policyActor(actor.role, represented, associationId);
}

/**
 * Moves a locked proposal by `action` (already allowed): the state, its transition row (who, when,
 * why), the audit row and the notices to its associations, in the caller's transaction.
 */
export async function moveProposal(
  tx: Tx,
  proposal: LockedProposal,
  action: keyof typeof targetState,
  actorId: string | null,
  reason: string | null,
  extra: { inadmissibleReason?: string; submittedAt?: Date; voteId?: string; debateId?: string } = {},
): Promise<ProposalState> {
  const to = targetState[action];
  const moved = await tx.proposal.updateMany({
    where: { id: proposal.id, state: proposal.state },
    data: { state: to, ...extra },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT");
  await tx.proposalTransition.create({
    data: { proposalId: proposal.id, fromState: proposal.state, toState: to, actorId, reason },
  });
  await writeAudit(tx, {
    actorId,
    action: "proposal.transitioned",
    targetType: "proposal",
    targetId: proposal.id,
    associationId: proposal.associationId,
    data: { title: proposal.title, from: proposal.state, to, ...(reason ? { reason } : {}) },
  });
  await noticeTransition(tx, proposal, to, actorId, reason);
  return to;
}
