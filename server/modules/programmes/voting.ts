import type { ProgrammeVoteInput } from "../../../common/programmes.js";
import type { VoteSubjectKind } from "../../../common/votes.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { type ClosedVote, createVote, type DecisionContext, onVoteClosed, openVote } from "../votes/index.js";
import { ensure, type LockedProgramme, lockProgramme, policyActor, programmeTags } from "./access.js";
import { amendedText, targetText, writeTarget } from "./amendments.js";
import { programmeMarkdown } from "./document.js";

/**
 * Creates and opens the vote on one item of the programme, in the caller's transaction: for / against /
 * abstain, one vote per association; scoped to the assembly when the programme is before one (its
 * present and represented associations vote), else the forum's whole electorate.
 */
async function openItemVote(
  tx: Tx,
  actor: Actor,
  programme: LockedProgramme,
  subject: { kind: VoteSubjectKind; id: string },
  title: string,
  description: string,
  input: ProgrammeVoteInput,
): Promise<string> {
  const vote = await createVote(tx, {
    title,
    description,
    method: "for_against_abstain",
    electorate: "associations",
    majority: input.majority ?? "simple",
    secrecy: input.secrecy ?? "open",
    ...(input.closesAt ? { closesAt: input.closesAt } : {}),
    formal: true,
    subject,
    ...(programme.assemblyId ? { scope: { kind: "assembly", id: programme.assemblyId } } : {}),
    createdById: actor.id,
  });
  await openVote(tx, vote.id, actor);
  if (programme.status !== "voting") {
    await tx.programme.update({ where: { id: programme.id }, data: { status: "voting" } });
  }
  publishAfterCommit(tx, { type: "programme:changed", stale: programmeTags(programme.id) });
  return vote.id;
}

/** A moderator opens the vote on an amendment (amendments come first). Answers the programme's id. */
export async function putAmendmentToVote(
  db: Db,
  actor: Actor,
  amendmentId: string,
  input: ProgrammeVoteInput,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const found = await tx.programmeAmendment.findUnique({ where: { id: amendmentId }, select: { programmeId: true } });
    if (!found) throw new AppError("NOT_FOUND");
    const programme = await lockProgramme(tx, found.programmeId);
    ensure(await policyActor(tx, actor, programme), "vote_amendment", programme);
    const amendment = await tx.programmeAmendment.findUniqueOrThrow({ where: { id: amendmentId } });
    if (amendment.state !== "proposed") throw new AppError("INVALID_STATE");
    const target = await targetText(tx, programme.id, amendment);
    const title = `تعديل على برنامج العمل «${programme.title}»${target.title ? `: ${target.title}` : ""}`;
    const voteId = await openItemVote(
      tx,
      actor,
      programme,
      { kind: "programme_amendment", id: amendmentId },
      title,
      amendment.newText,
      input,
    );
    await tx.programmeAmendment.update({ where: { id: amendmentId }, data: { state: "in_vote", voteId } });
    return programme.id;
  });
}

/** A moderator opens the vote on an axis (once every amendment is decided). Answers the programme's id. */
export async function putAxisToVote(db: Db, actor: Actor, axisId: string, input: ProgrammeVoteInput): Promise<string> {
  return inTransaction(db, async (tx) => {
    const found = await tx.programmeAxis.findUnique({ where: { id: axisId }, select: { programmeId: true } });
    if (!found) throw new AppError("NOT_FOUND");
    const programme = await lockProgramme(tx, found.programmeId);
    ensure(await policyActor(tx, actor, programme), "vote_axis", programme);
    const axis = await tx.programmeAxis.findUniqueOrThrow({ where: { id: axisId }, include: { actions: true } });
    if (axis.state !== "proposed") throw new AppError("INVALID_STATE");
    const description = [axis.descriptionMd, ...axis.actions.map((action) => `- ${action.title}`)]
      .filter(Boolean)
      .join("\n");
    const voteId = await openItemVote(
      tx,
      actor,
      programme,
      { kind: "programme_axis", id: axisId },
      `محور «${axis.title}» من برنامج العمل «${programme.title}»`,
      description,
      input,
    );
    await tx.programmeAxis.update({ where: { id: axisId }, data: { state: "in_vote", voteId } });
    return programme.id;
  });
}

/** A moderator opens the vote on the whole programme (every axis decided, at least one adopted). */
export async function putProgrammeToVote(db: Db, actor: Actor, id: string, input: ProgrammeVoteInput): Promise<void> {
  await inTransaction(db, async (tx) => {
    const programme = await lockProgramme(tx, id);
    ensure(await policyActor(tx, actor, programme), "vote_whole", programme);
    const voteId = await openItemVote(
      tx,
      actor,
      programme,
      { kind: "programme", id },
      `برنامج العمل «${programme.title}»`,
      await programmeMarkdown(tx, id),
      input,
    );
    await tx.programme.update({ where: { id }, data: { voteId } });
  });
}

const link = (programme: { id: string; title: string }) => ({
  label: `برنامج العمل «${programme.title}»`,
  href: `/programmes/${programme.id}`,
});

/** An amendment's vote closed: adopted, it changes its text (when it still applies); then the axes may go to the vote. */
async function amendmentVoteClosed(tx: Tx, vote: ClosedVote): Promise<DecisionContext | null> {
  if (!vote.subject) return null;
  const found = await tx.programmeAmendment.findUnique({ where: { id: vote.subject.id } });
  if (!found) return null;
  const programme = await lockProgramme(tx, found.programmeId);
  const amendment = await tx.programmeAmendment.findUniqueOrThrow({ where: { id: found.id } });
  if (amendment.state !== "in_vote" || amendment.voteId !== vote.id) return null;
  const adopted = vote.result.outcome === "adopted";
  let outdated = false;
  if (adopted) {
    const current = await targetText(tx, programme.id, amendment);
    const text = amendedText(current.text, amendment);
    if (text === null) outdated = true;
    else await writeTarget(tx, programme.id, amendment, text);
  }
  await tx.programmeAmendment.update({
    where: { id: amendment.id },
    data: { state: adopted ? "adopted" : "not_adopted", outdated },
  });
  publishAfterCommit(tx, { type: "programme:changed", stale: programmeTags(programme.id) });
  return { title: vote.title, textMd: amendment.newText, links: [link(programme)] };
}

/** An axis's vote closed: it is adopted (part of the programme put to the final vote) or not. */
async function axisVoteClosed(tx: Tx, vote: ClosedVote): Promise<DecisionContext | null> {
  if (!vote.subject) return null;
  const found = await tx.programmeAxis.findUnique({ where: { id: vote.subject.id }, select: { programmeId: true } });
  if (!found) return null;
  const programme = await lockProgramme(tx, found.programmeId);
  const moved = await tx.programmeAxis.updateMany({
    where: { id: vote.subject.id, state: "in_vote", voteId: vote.id },
    data: { state: vote.result.outcome === "adopted" ? "adopted" : "not_adopted" },
  });
  if (moved.count !== 1) return null;
  publishAfterCommit(tx, { type: "programme:changed", stale: programmeTags(programme.id) });
  return { title: vote.title, textMd: vote.description, links: [link(programme)] };
}

/**
 * The vote on the whole closed: adopted, the programme (its adopted axes) is frozen, its text goes
 * into the register and it keeps the record's number; otherwise it is rejected.
 */
async function programmeVoteClosed(tx: Tx, vote: ClosedVote): Promise<DecisionContext | null> {
  if (!vote.subject) return null;
  const programme = await lockProgramme(tx, vote.subject.id).catch(() => null);
  if (programme?.status !== "voting") return null;
  const adopted = vote.result.outcome === "adopted";
  const moved = await tx.programme.updateMany({
    where: { id: programme.id, status: "voting", voteId: vote.id },
    data: adopted ? { status: "adopted", adoptedAt: vote.closedAt } : { status: "rejected" },
  });
  if (moved.count !== 1) return null;
  publishAfterCommit(tx, { type: "programme:changed", stale: programmeTags(programme.id) });
  return {
    title: `${adopted ? "اعتماد" : "عدم اعتماد"} برنامج العمل «${programme.title}»`,
    textMd: await programmeMarkdown(tx, programme.id),
    links: [link(programme)],
    recorded: async (recordTx, record) => {
      await recordTx.programme.update({
        where: { id: programme.id },
        data: { decisionId: record.id, decisionNumber: record.number },
      });
    },
  };
}

/** Registers the programmes' closing handlers with the votes (once, when the module loads). */
export function registerVoteHandlers(): void {
  onVoteClosed("programme_amendment", amendmentVoteClosed);
  onVoteClosed("programme_axis", axisVoteClosed);
  onVoteClosed("programme", programmeVoteClosed);
}
