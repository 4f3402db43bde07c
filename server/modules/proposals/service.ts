import type { ProposalCreateInput, ProposalUpdateInput } from "../../../common/proposals.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { renderMarkdown } from "../../markdown/render.js";
import { writeAudit } from "../audit/index.js";
import { activeRepresentations, actorOn, ensure, lockProposal, moveProposal, proposalChanged } from "./access.js";
import { assertCategory, openDiscussion } from "./discussion.js";

/** The forum's settings the proposals follow. */
export type ProposalSettings = { minSponsors: number };

/** Refuses an association the person does not represent (or that is not active now). */
async function requireRepresentative(tx: Tx, actor: Actor, associationId: string): Promise<void> {
  const represents = await activeRepresentations(tx, actor.id);
  if (!represents.includes(associationId)) {
    throw new AppError("FORBIDDEN", { fields: [{ path: "associationId", reason: "not_representative" }] });
  }
}

/** A new draft, written by a representative for their (active) association; its first version. */
export async function createProposal(db: Db, actor: Actor, input: ProposalCreateInput): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    await requireRepresentative(tx, actor, input.associationId);
    await assertCategory(tx, input.categoryId);
    const bodyHtml = renderMarkdown(input.bodyMd);
    const proposal = await tx.proposal.create({
      data: {
        title: input.title,
        bodyMd: input.bodyMd,
        bodyHtml,
        associationId: input.associationId,
        createdById: actor.id,
        categoryId: input.categoryId ?? null,
        versions: { create: { number: 1, bodyMd: input.bodyMd, bodyHtml, createdById: actor.id } },
        transitions: { create: { fromState: null, toState: "draft", actorId: actor.id } },
      },
      select: { id: true },
    });
    publishAfterCommit(tx, proposalChanged(proposal.id));
    return proposal;
  });
}

/** The author association edits its draft (the first version follows the text until submission). */
export async function updateProposal(
  db: Db,
  settings: ProposalSettings,
  actor: Actor,
  id: string,
  input: ProposalUpdateInput,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const proposal = await lockProposal(tx, id, settings.minSponsors);
    ensure(await actorOn(tx, actor, proposal), "edit", proposal);
    await assertCategory(tx, input.categoryId);
    const bodyHtml = input.bodyMd === undefined ? undefined : renderMarkdown(input.bodyMd);
    await tx.proposal.update({
      where: { id },
      data: {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.categoryId !== undefined ? { categoryId: input.categoryId } : {}),
        ...(input.bodyMd !== undefined ? { bodyMd: input.bodyMd, bodyHtml } : {}),
      },
    });
    if (input.bodyMd !== undefined) {
      await tx.proposalVersion.update({
        where: { proposalId_number: { proposalId: id, number: 1 } },
        data: { bodyMd: input.bodyMd, bodyHtml: bodyHtml! },
      });
    }
  });
}

/** The author association submits its draft: other associations may co-sign it; its discussion thread opens. */
export async function submitProposal(db: Db, settings: ProposalSettings, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const proposal = await lockProposal(tx, id, settings.minSponsors);
    ensure(await actorOn(tx, actor, proposal), "submit", proposal);
    const debateId = await openDiscussion(tx, proposal, actor.id);
    await moveProposal(tx, proposal, "submit", actor.id, null, { submittedAt: new Date(), debateId });
  });
}

/** The author association withdraws its proposal, before its vote opens. */
export async function withdrawProposal(
  db: Db,
  settings: ProposalSettings,
  actor: Actor,
  id: string,
  reason: string | undefined,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const proposal = await lockProposal(tx, id, settings.minSponsors);
    ensure(await actorOn(tx, actor, proposal), "withdraw", proposal);
    await moveProposal(tx, proposal, "withdraw", actor.id, reason ?? null);
  });
}

/** A moderator opens the discussion of a submitted proposal that has enough sponsors. */
export async function admitProposal(db: Db, settings: ProposalSettings, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const proposal = await lockProposal(tx, id, settings.minSponsors);
    ensure(await actorOn(tx, actor, proposal), "admit", proposal);
    await moveProposal(tx, proposal, "admit", actor.id, null);
  });
}

/** A moderator declares a proposal not admissible, with the reason. */
export async function declareInadmissible(
  db: Db,
  settings: ProposalSettings,
  actor: Actor,
  id: string,
  reason: string,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const proposal = await lockProposal(tx, id, settings.minSponsors);
    ensure(await actorOn(tx, actor, proposal), "declare_inadmissible", proposal);
    await moveProposal(tx, proposal, "declare_inadmissible", actor.id, reason, { inadmissibleReason: reason });
  });
}

/** A representative co-signs a submitted proposal in the name of their association. */
export async function signProposal(
  db: Db,
  settings: ProposalSettings,
  actor: Actor,
  id: string,
  associationId: string,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const proposal = await lockProposal(tx, id, settings.minSponsors);
    await requireRepresentative(tx, actor, associationId);
    ensure(await actorOn(tx, actor, proposal, associationId), "sign", proposal);
    await tx.proposalSponsor.create({ data: { proposalId: id, associationId, signedById: actor.id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "proposal.signed",
      targetType: "proposal",
      targetId: id,
      associationId,
      data: { title: proposal.title },
    });
  });
}

/** A representative withdraws their association's signature while the proposal is submitted. */
export async function unsignProposal(
  db: Db,
  settings: ProposalSettings,
  actor: Actor,
  id: string,
  associationId: string,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const proposal = await lockProposal(tx, id, settings.minSponsors);
    await requireRepresentative(tx, actor, associationId);
    ensure(await actorOn(tx, actor, proposal, associationId), "unsign", proposal);
    await tx.proposalSponsor.delete({ where: { proposalId_associationId: { proposalId: id, associationId } } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "proposal.unsigned",
      targetType: "proposal",
      targetId: id,
      associationId,
      data: { title: proposal.title },
    });
  });
}
