import type { Tx } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { openDebate } from "../debates/index.js";
import type { LockedProposal } from "./access.js";

/**
 * Opens the proposal's discussion thread in the debates, in the submission's transaction: written for
 * the author association, in the proposal's category, its body the proposal's text and a link back.
 */
export async function openDiscussion(tx: Tx, proposal: LockedProposal, authorId: string): Promise<string> {
  const debate = await openDebate(tx, {
    title: proposal.title,
    bodyMd: `${proposal.bodyMd}\n\n---\n\n[/proposals/${proposal.id}](/proposals/${proposal.id})`,
    authorId,
    associationId: proposal.associationId,
    categoryId: proposal.categoryId,
    subject: { kind: "proposal", id: proposal.id },
  });
  return debate.id;
}

/** Refuses a category that is not one of the debates' categories (field `categoryId`). */
export async function assertCategory(tx: Tx, categoryId: string | null | undefined): Promise<void> {
  if (!categoryId) return;
  const found = await tx.debateCategory.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!found) throw new AppError("VALIDATION_FAILED", { fields: [{ path: "categoryId", reason: "not_found" }] });
}
