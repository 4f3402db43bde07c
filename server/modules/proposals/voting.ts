import { Router } from "express";
import type { ProposalVoteInput } from "../../../common/proposals.js";
import type { MajorityRule } from "../../../common/tally.js";
import type { VoteResultsShown } from "../../../common/votes.js";
import type { Actor } from "../../auth/actor.js";
import { actorOf, requireUser } from "../../auth/guards.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import type { ModuleDeps } from "../module.js";
import {
  type ClosedVote,
  createVote,
  type DecisionContext,
  onVoteClosed,
  openVote,
  type VoteScope,
} from "../votes/index.js";
import { actorOn, ensure, lockProposal, moveProposal } from "./access.js";
import { applyAmendment, closeAmendment, ensureAmendment, lockAmendment } from "./amendments.js";
import { voteInput } from "./schema.js";
import type { ProposalSettings } from "./service.js";
import { readProposal } from "./views.js";

/** The vote's settings from a moderator's choices: for / against / abstain, the associations' electorate by default. */
function voteSettings(input: ProposalVoteInput) {
  return {
    method: "for_against_abstain" as const,
    electorate: input.electorate ?? ("associations" as const),
    majority: input.majority ?? ("simple" as const),
    ...(input.quorum !== undefined ? { quorum: input.quorum } : {}),
    ...(input.secrecy ? { secrecy: input.secrecy } : {}),
    ...(input.closesAt ? { closesAt: input.closesAt } : {}),
  };
}

/**
 * A moderator puts a proposal in discussion to the vote: the vote is created on its current text and
 * opened (its electorate frozen) in the same transaction as the proposal moves to "in_vote".
 */
export async function putProposalToVote(
  db: Db,
  settings: ProposalSettings,
  actor: Actor,
  id: string,
  input: ProposalVoteInput,
): Promise<void> {
  await inTransaction(db, (tx) => openProposalVote(tx, actor, id, input, settings.minSponsors));
}

/**
 * The same step inside the caller's transaction (a live session puts its item's proposal to the
 * vote): the policy is the proposal's own; answers the vote and the proposal's title. Its close
 * adopts or rejects the proposal and records the decision, as for a vote opened here.
 */
export async function openProposalVote(
  tx: Tx,
  actor: Actor,
  id: string,
  input: ProposalVoteInput & {
    results?: VoteResultsShown;
    basis?: { scope: VoteScope; majority: MajorityRule } | null;
  },
  minSponsors = 0,
): Promise<{ voteId: string; title: string }> {
  const proposal = await lockProposal(tx, id, minSponsors);
  ensure(await actorOn(tx, actor, proposal), "put_to_vote", proposal);
  const vote = await createVote(tx, {
    title: proposal.title,
    description: proposal.bodyMd,
    ...voteSettings(input),
    ...(input.results ? { results: input.results } : {}),
    // Held in a body (an assembly's session): its voters, quorum and the item's majority.
    ...(input.basis ?? {}),
    createdById: actor.id,
    subject: { kind: "proposal", id },
  });
  await openVote(tx, vote.id, actor);
  await moveProposal(tx, proposal, "put_to_vote", actor.id, null, { voteId: vote.id });
  return { voteId: vote.id, title: proposal.title };
}

/**
 * A moderator puts an amendment to the vote before the main vote: opened at once; the proposal's
 * main vote waits until it closes. Answers the proposal's id.
 */
export async function putAmendmentToVote(
  db: Db,
  settings: ProposalSettings,
  actor: Actor,
  amendmentId: string,
  input: ProposalVoteInput,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { proposal, amendment } = await lockAmendment(tx, settings, amendmentId);
    ensureAmendment(await actorOn(tx, actor, proposal), "put_to_vote", proposal, amendment);
    const vote = await createVote(tx, {
      title: proposal.title,
      description: amendment.newBodyMd,
      ...voteSettings(input),
      createdById: actor.id,
      subject: { kind: "amendment", id: amendmentId },
    });
    await openVote(tx, vote.id, actor);
    const moved = await tx.proposalAmendment.updateMany({
      where: { id: amendmentId, state: "proposed" },
      data: { state: "in_vote", voteId: vote.id },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return proposal.id;
  });
}

/**
 * The main vote closed (in its closing transaction): the proposal is adopted when the vote's outcome
 * is "adopted", rejected otherwise (rejected, no quorum, tie); the register records its current text.
 */
async function proposalVoteClosed(tx: Tx, vote: ClosedVote): Promise<DecisionContext | null> {
  if (!vote.subject) return null;
  const proposal = await lockProposal(tx, vote.subject.id, 0);
  // Only the proposal's own main vote decides it (a vote about it set up by hand does not).
  if (proposal.voteId !== vote.id || proposal.state !== "in_vote") return null;
  const action = vote.result.outcome === "adopted" ? "adopt" : "reject";
  ensure({ kind: "system" }, action, proposal);
  await moveProposal(tx, proposal, action, null, vote.result.outcome);
  return {
    title: proposal.title,
    textMd: proposal.bodyMd,
    links: [
      { label: `المقترح «${proposal.title}»`, href: `/proposals/${proposal.id}` },
      ...(proposal.debateId
        ? [{ label: `نقاش المقترح «${proposal.title}»`, href: `/debates/${proposal.debateId}` }]
        : []),
    ],
    proposalId: proposal.id,
  };
}

/**
 * An amendment's vote closed: adopted, it becomes the next version of the text (when it still applies
 * to it; otherwise it is recorded adopted and the text is left as it is); not adopted, it is closed.
 */
async function amendmentVoteClosed(tx: Tx, vote: ClosedVote): Promise<DecisionContext | null> {
  if (!vote.subject) return null;
  const { proposal, amendment } = await lockAmendment(tx, { minSponsors: 0 }, vote.subject.id);
  if (amendment.state !== "in_vote" || amendment.voteId !== vote.id) return null;
  const adopted = vote.result.outcome === "adopted";
  let note: string | undefined;
  if (adopted) {
    try {
      await applyAmendment(tx, proposal, amendment, null);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "AMENDMENT_OUTDATED") throw error;
      note = "AMENDMENT_OUTDATED";
    }
  }
  await closeAmendment(tx, proposal, amendment, adopted ? "adopted" : "not_adopted", null, note);
  return {
    title: proposal.title,
    textMd: amendment.newBodyMd,
    links: [{ label: `المقترح «${proposal.title}»`, href: `/proposals/${proposal.id}` }],
    proposalId: proposal.id,
  };
}

/** Registers the proposals' closing handlers with the votes (once, when the module loads). */
export function registerVoteHandlers(): void {
  onVoteClosed("proposal", proposalVoteClosed);
  onVoteClosed("amendment", amendmentVoteClosed);
}

/** `/api/proposals/:id/vote` and `/api/proposals/amendments/:id/vote`: moderators put a text to a vote. */
export function proposalVoteRoutes({ db }: ModuleDeps, settings: ProposalSettings): Router {
  const router = Router();
  router.post(
    "/proposals/:id/vote",
    requireUser,
    route(async (req) => {
      const id = idParam(param(req, "id"));
      await putProposalToVote(db, settings, actorOf(req), id, parseInput(voteInput, req.body ?? {}));
      return readProposal(db, settings, req.user, id);
    }),
  );
  router.post(
    "/proposals/amendments/:amendmentId/vote",
    requireUser,
    route(async (req) => {
      const amendmentId = idParam(param(req, "amendmentId"));
      const input = parseInput(voteInput, req.body ?? {});
      const proposalId = await putAmendmentToVote(db, settings, actorOf(req), amendmentId, input);
      return readProposal(db, settings, req.user, proposalId);
    }),
  );
  return router;
}
