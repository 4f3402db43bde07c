import type { AmendmentInput } from "../../../common/proposals.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { renderMarkdown } from "../../markdown/render.js";
import { writeAudit } from "../audit/index.js";
import { activeRepresentations, actorOn, ensure, type LockedProposal, lockProposal } from "./access.js";
import { replacePassage } from "./diff.js";
import { noticeAmendment } from "./notices.js";
import { type AmendmentAction, amendmentDenial } from "./policy.js";
import type { ProposalSettings } from "./service.js";

/** A member association proposes a change to the current text: the whole new text, or a passage replaced. */
export async function proposeAmendment(
  db: Db,
  settings: ProposalSettings,
  actor: Actor,
  proposalId: string,
  input: AmendmentInput,
): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const proposal = await lockProposal(tx, proposalId, settings.minSponsors);
    if (!(await activeRepresentations(tx, actor.id)).includes(input.associationId)) {
      throw new AppError("FORBIDDEN", { fields: [{ path: "associationId", reason: "not_representative" }] });
    }
    ensure(await actorOn(tx, actor, proposal, input.associationId), "amend", proposal);
    const newBodyMd =
      input.kind === "full" ? input.bodyMd : replacePassage(proposal.bodyMd, input.passage, input.replacement);
    if (newBodyMd === null) {
      throw new AppError("AMENDMENT_PASSAGE_NOT_FOUND", { fields: [{ path: "passage", reason: "not_found_once" }] });
    }
    if (newBodyMd === proposal.bodyMd) {
      const path = input.kind === "full" ? "bodyMd" : "replacement";
      throw new AppError("VALIDATION_FAILED", { fields: [{ path, reason: "unchanged" }] });
    }
    const amendment = await tx.proposalAmendment.create({
      data: {
        proposalId,
        associationId: input.associationId,
        authorId: actor.id,
        kind: input.kind,
        passage: input.kind === "passage" ? input.passage : null,
        replacement: input.kind === "passage" ? input.replacement : null,
        baseVersion: proposal.currentVersion,
        newBodyMd,
        rationale: input.rationale ?? "",
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "amendment.proposed",
      targetType: "amendment",
      targetId: amendment.id,
      associationId: input.associationId,
      data: { title: proposal.title, proposalId, kind: input.kind, baseVersion: proposal.currentVersion },
    });
    await noticeAmendment(tx, proposal, input.associationId, actor.id);
    return amendment;
  });
}

type AmendmentRow = {
  id: string;
  proposalId: string;
  kind: string;
  passage: string | null;
  replacement: string | null;
  baseVersion: number;
  newBodyMd: string;
  state: string;
  voteId: string | null;
};

/** Reads an amendment and locks its proposal (steps on one proposal queue up). */
export async function lockAmendment(
  tx: Tx,
  settings: ProposalSettings,
  amendmentId: string,
): Promise<{ proposal: LockedProposal; amendment: AmendmentRow }> {
  const found = await tx.proposalAmendment.findUnique({ where: { id: amendmentId }, select: { proposalId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  const proposal = await lockProposal(tx, found.proposalId, settings.minSponsors);
  const amendment = await tx.proposalAmendment.findUniqueOrThrow({ where: { id: amendmentId } });
  return { proposal, amendment };
}

/**
 * The text the amendment gives the proposal now. Written against the current version, its own text;
 * against an older one, a passage replacement still applies if its passage is in the text once;
 * a whole new text written against an older version would undo the changes since: AMENDMENT_OUTDATED.
 */
function amendedText(proposal: LockedProposal, amendment: AmendmentRow): string {
  if (amendment.baseVersion === proposal.currentVersion) return amendment.newBodyMd;
  const replaced =
    amendment.kind === "passage" && amendment.passage !== null
      ? replacePassage(proposal.bodyMd, amendment.passage, amendment.replacement ?? "")
      : null;
  if (replaced === null) {
    throw new AppError("AMENDMENT_OUTDATED", { baseVersion: amendment.baseVersion, current: proposal.currentVersion });
  }
  return replaced;
}

/** Makes the amendment the proposal's next version; answers its number. */
export async function applyAmendment(
  tx: Tx,
  proposal: LockedProposal,
  amendment: AmendmentRow,
  actorId: string | null,
): Promise<number> {
  const bodyMd = amendedText(proposal, amendment);
  const bodyHtml = renderMarkdown(bodyMd);
  const number = proposal.currentVersion + 1;
  await tx.proposalVersion.create({
    data: { proposalId: proposal.id, number, bodyMd, bodyHtml, amendmentId: amendment.id, createdById: actorId },
  });
  await tx.proposal.update({ where: { id: proposal.id }, data: { bodyMd, bodyHtml, currentVersion: number } });
  return number;
}

/**
 * The author association accepts an amendment (the next version of the text) or rejects it, with an
 * optional reason; answers the proposal's id.
 */
export async function decideAmendment(
  db: Db,
  settings: ProposalSettings,
  actor: Actor,
  amendmentId: string,
  decision: "accept" | "reject",
  reason: string | undefined,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { proposal, amendment } = await lockAmendment(tx, settings, amendmentId);
    ensureAmendment(await actorOn(tx, actor, proposal), decision, proposal, amendment);
    if (decision === "accept") await applyAmendment(tx, proposal, amendment, actor.id);
    await closeAmendment(tx, proposal, amendment, decision === "accept" ? "accepted" : "rejected", actor.id, reason);
    return proposal.id;
  });
}

/** Refuses an amendment step with the policy's code unless it is allowed. */
export function ensureAmendment(
  actor: Parameters<typeof amendmentDenial>[0],
  action: AmendmentAction,
  proposal: LockedProposal,
  amendment: AmendmentRow,
): void {
  const denial = amendmentDenial(actor, action, proposal.state, amendment.state as never);
  if (denial) throw new AppError(denial);
}

/** Records an amendment's outcome (conditional on its state: decided once) and its audit row. */
export async function closeAmendment(
  tx: Tx,
  proposal: LockedProposal,
  amendment: AmendmentRow,
  outcome: "accepted" | "rejected" | "adopted" | "not_adopted",
  actorId: string | null,
  reason: string | undefined,
): Promise<void> {
  const changed = await tx.proposalAmendment.updateMany({
    where: { id: amendment.id, state: amendment.state as never },
    data: { state: outcome, decidedById: actorId, decidedAt: new Date(), decisionReason: reason ?? null },
  });
  if (changed.count !== 1) throw new AppError("CONFLICT");
  await writeAudit(tx, {
    actorId,
    action: "amendment.decided",
    targetType: "amendment",
    targetId: amendment.id,
    associationId: proposal.associationId,
    data: { title: proposal.title, proposalId: proposal.id, outcome, ...(reason ? { reason } : {}) },
  });
}
