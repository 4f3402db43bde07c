import { randomBytes, randomUUID } from "node:crypto";
import type { BallotChoice, VoteResult } from "../../../common/tally.js";
import type { VoteDraftInput, VoteStatus, VoteSubject, VoteSubjectKind } from "../../../common/votes.js";
import type { Actor } from "../../auth/actor.js";
import type { Tx } from "../../db/client.js";
import { publishAfterCommit } from "../../db/transaction.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { AppError, fieldError } from "../../http/errors.js";
import { renderMarkdown } from "../../markdown/render.js";
import { writeAudit } from "../audit/index.js";
import { recordDecision } from "../decisions/index.js";
import { electorateAt } from "../electorate/index.js";
import { notify } from "../notifications/index.js";
import { electorateProvider, type VoterRow, type VoteScope } from "./electorate.js";
import { denial } from "./policy.js";
import { tally } from "./tally.js";

/** Who opens or closes a vote: a moderator, or the server at the scheduled time. */
export type VoteActor = Actor | "schedule";

/** A vote as its closing handlers see it. */
export type ClosedVote = {
  id: string;
  title: string;
  description: string;
  subject: VoteSubject | null;
  formal: boolean;
  openedAt: Date;
  closedAt: Date;
  result: VoteResult;
};

/** What the subject's module gives the register for a closed vote: its title, text and links. */
export type DecisionContext = {
  title: string;
  textMd: string;
  links: { label: string; href: string }[];
  proposalId?: string;
  /** Told the register's record of the vote, in the same transaction (a programme keeps its number). */
  recorded?: (tx: Tx, record: { id: string; number: string }) => Promise<void>;
};

type ClosedHandler = (tx: Tx, vote: ClosedVote) => Promise<DecisionContext | null>;
const closedHandlers = new Map<VoteSubjectKind, ClosedHandler>();

/**
 * Registers what happens, in the closing transaction, when a vote on a `kind` of subject closes (the
 * proposal moves to adopted or rejected); the handler returns what the register records, or null.
 * Registered once by the subject's module when it loads.
 */
export function onVoteClosed(kind: VoteSubjectKind, handler: ClosedHandler): void {
  closedHandlers.set(kind, handler);
}

/** Tags of the read models a vote's change makes stale. */
export const voteTags = (id: string) => ["votes", `vote:${id}`];

const actorIdOf = (by: VoteActor) => (by === "schedule" ? null : by.id);

type Configuration = {
  method: string;
  options: string[];
  maxChoices: number | null;
  secrecy: string;
  results: string;
  opensAt: Date | null;
  closesAt: Date | null;
};

/** The rules a configuration must follow as a whole (each field is checked by the schema). */
export function checkConfiguration(config: Configuration, now = new Date()): void {
  const fields: { path: string; reason: string }[] = [];
  if (config.method === "for_against_abstain") {
    if (config.options.length > 0) fields.push({ path: "options", reason: "not_for_this_method" });
  } else {
    if (config.options.length < 2) fields.push({ path: "options", reason: "at_least_two" });
    const distinct = new Set(config.options.map((option) => option.toLocaleLowerCase()));
    if (distinct.size !== config.options.length) fields.push({ path: "options", reason: "duplicate" });
  }
  if (config.maxChoices !== null) {
    if (config.method !== "approval") fields.push({ path: "maxChoices", reason: "approval_only" });
    else if (config.maxChoices > config.options.length)
      fields.push({ path: "maxChoices", reason: "more_than_options" });
  }
  if (config.secrecy === "secret" && config.results === "live") {
    fields.push({ path: "results", reason: "secret_votes_show_at_close" });
  }
  if (config.closesAt && config.closesAt.getTime() <= now.getTime()) {
    fields.push({ path: "closesAt", reason: "in_the_past" });
  }
  if (config.opensAt && config.closesAt && config.opensAt.getTime() >= config.closesAt.getTime()) {
    fields.push({ path: "closesAt", reason: "before_opening" });
  }
  if (fields.length > 0) throw fieldError("VALIDATION_FAILED", fields);
}

const dateOf = (value: string | null | undefined) => (value ? new Date(value) : null);

/**
 * Creates a vote as a draft (audited `vote.created`). Other modules call it in their own transaction
 * (a proposal put to the vote); moderators through `POST /api/votes`.
 */
export async function createVote(
  tx: Tx,
  input: VoteDraftInput & { createdById: string; subject?: VoteSubject | null; scope?: VoteScope | null },
): Promise<{ id: string }> {
  if (input.scope && !electorateProvider(input.scope.kind)) throw new Error(`No electorate for ${input.scope.kind}`);
  const secrecy = input.secrecy ?? "secret";
  const config = {
    method: input.method,
    options: input.options ?? [],
    maxChoices: input.maxChoices ?? null,
    secrecy,
    results: input.results ?? (secrecy === "secret" ? "at_close" : "live"),
    opensAt: dateOf(input.opensAt),
    closesAt: dateOf(input.closesAt),
  };
  checkConfiguration(config);
  const vote = await tx.vote.create({
    data: {
      title: input.title,
      description: input.description ?? "",
      descriptionHtml: renderMarkdown(input.description ?? ""),
      method: config.method,
      maxChoices: config.maxChoices,
      electorate: input.electorate ?? "associations",
      quorum: input.quorum ?? null,
      majority: input.majority ?? "simple",
      secrecy: config.secrecy,
      results: config.results,
      formal: input.formal ?? true,
      opensAt: config.opensAt,
      closesAt: config.closesAt,
      subjectKind: input.subject?.kind ?? null,
      subjectId: input.subject?.id ?? null,
      scopeKind: input.scope?.kind ?? null,
      scopeId: input.scope?.id ?? null,
      receiptKey: randomBytes(32),
      createdById: input.createdById,
      options: { create: config.options.map((label, position) => ({ label, position })) },
    },
    select: { id: true },
  });
  await writeAudit(tx, {
    actorId: input.createdById,
    action: "vote.created",
    targetType: "vote",
    targetId: vote.id,
    data: { title: input.title, method: config.method, secrecy: config.secrecy },
  });
  publishAfterCommit(tx, { type: "vote:created", stale: voteTags(vote.id) });
  return vote;
}

/** The vote row, locked for the rest of the transaction (openers, closers and editors queue here). */
async function lockVote(tx: Tx, voteId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM votes WHERE id = ${voteId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND");
  return tx.vote.findUniqueOrThrow({ where: { id: voteId }, include: { options: { orderBy: { position: "asc" } } } });
}

function refuse(by: VoteActor, action: "configure" | "open" | "close" | "cancel", status: VoteStatus): void {
  const actor = by === "schedule" ? ({ id: "", role: "admin" } as const) : by;
  const denied = denial(actor, action, {
    status,
    secrecy: "open",
    results: "at_close",
    holdsVote: false,
    hasVoted: false,
  });
  if (denied) throw new AppError(denied);
}

/** Changes a draft's configuration; once the vote is open, VOTE_FROZEN. */
export async function updateVote(tx: Tx, voteId: string, by: Actor, patch: Partial<VoteDraftInput>): Promise<void> {
  const vote = await lockVote(tx, voteId);
  refuse(by, "configure", vote.status);
  const secrecy = patch.secrecy ?? vote.secrecy;
  const config = {
    method: patch.method ?? vote.method,
    options: patch.options ?? vote.options.map((option) => option.label),
    maxChoices: patch.maxChoices !== undefined ? patch.maxChoices : vote.maxChoices,
    secrecy,
    results: patch.results ?? (patch.secrecy === "secret" ? "at_close" : vote.results),
    opensAt: patch.opensAt !== undefined ? dateOf(patch.opensAt) : vote.opensAt,
    closesAt: patch.closesAt !== undefined ? dateOf(patch.closesAt) : vote.closesAt,
  };
  checkConfiguration(config);
  const data: Prisma.VoteUpdateInput = {
    method: config.method,
    maxChoices: config.maxChoices,
    secrecy: config.secrecy,
    results: config.results,
    opensAt: config.opensAt,
    closesAt: config.closesAt,
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.description !== undefined
      ? { description: patch.description, descriptionHtml: renderMarkdown(patch.description) }
      : {}),
    ...(patch.electorate !== undefined ? { electorate: patch.electorate } : {}),
    ...(patch.quorum !== undefined ? { quorum: patch.quorum } : {}),
    ...(patch.majority !== undefined ? { majority: patch.majority } : {}),
    ...(patch.formal !== undefined ? { formal: patch.formal } : {}),
    ...(patch.subject !== undefined
      ? { subjectKind: patch.subject?.kind ?? null, subjectId: patch.subject?.id ?? null }
      : {}),
  };
  if (patch.options !== undefined) {
    await tx.voteOption.deleteMany({ where: { voteId } });
    data.options = { create: config.options.map((label, position) => ({ label, position })) };
  }
  await tx.vote.update({ where: { id: voteId }, data });
  publishAfterCommit(tx, { type: "vote:updated", stale: voteTags(voteId) });
}

/**
 * The electorate frozen into the vote at opening: one row per vote held. A scoped vote's voters come from
 * the body's module (which may refuse the opening).
 */
async function freezeElectorate(
  tx: Tx,
  voteId: string,
  electorate: string,
  scope: VoteScope | null,
  at: Date,
): Promise<(VoterRow & { voteId: string })[]> {
  if (scope) {
    const provider = electorateProvider(scope.kind);
    if (!provider) throw new Error(`No electorate for ${scope.kind}`);
    const rows = await provider(tx, scope, { electorate, at });
    return rows.map((row) => ({ ...row, voteId }));
  }
  const entries = await electorateAt(tx, at);
  if (electorate === "associations") {
    return entries.map((entry) => ({
      voteId,
      voterKey: entry.associationId,
      associationId: entry.associationId,
      userId: entry.delegate?.id ?? null,
      name: entry.nameAr,
    }));
  }
  // One vote per person representing an active member association (counted once).
  const people = await tx.associationMember.findMany({
    where: { associationId: { in: entries.map((entry) => entry.associationId) }, role: "representative" },
    select: { user: { select: { id: true, name: true } } },
  });
  const unique = new Map(people.map(({ user }) => [user.id, user.name]));
  return [...unique].map(([userId, name]) => ({ voteId, voterKey: userId, associationId: null, userId, name }));
}

/**
 * Opens a draft: its configuration is frozen, its electorate taken as it stands now (an association
 * suspended later keeps its vote; one admitted later has none), and each voter notified. Audited.
 */
export async function openVote(tx: Tx, voteId: string, by: VoteActor): Promise<void> {
  const vote = await lockVote(tx, voteId);
  refuse(by, "open", vote.status);
  const now = new Date();
  if (vote.closesAt && vote.closesAt.getTime() <= now.getTime()) {
    throw fieldError("VALIDATION_FAILED", [{ path: "closesAt", reason: "in_the_past" }]);
  }
  const scope = vote.scopeKind && vote.scopeId ? { kind: vote.scopeKind, id: vote.scopeId } : null;
  const voters = await freezeElectorate(tx, voteId, vote.electorate, scope, now);
  await tx.voteVoter.createMany({ data: voters });
  await tx.vote.update({
    where: { id: voteId },
    data: { status: "open", openedAt: now, electorateSize: voters.length },
  });
  await writeAudit(tx, {
    actorId: actorIdOf(by),
    action: "vote.opened",
    targetType: "vote",
    targetId: voteId,
    data: { title: vote.title, electorateSize: voters.length, ...(by === "schedule" ? { scheduled: true } : {}) },
  });
  await notify(tx, {
    userIds: voters.flatMap((voter) => (voter.userId ? [voter.userId] : [])),
    kind: "vote.opened",
    data: { vote: { id: voteId, title: vote.title, closesAt: vote.closesAt?.toISOString() ?? null } },
  });
  publishAfterCommit(tx, { type: "vote:opened", stale: voteTags(voteId) });
}

/** Fisher–Yates with a cryptographic source: the order rows are rewritten in says nothing. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomBytes(4).readUInt32BE(0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Closes an open vote: the tally counts the stored ballots in this same transaction, the result is
 * stored, the subject's handler moves what the vote decided, and a formal vote goes into the register.
 * A ballot being cast holds a share lock on the vote: the close waits for it, and a ballot arriving after
 * it finds the vote closed. Closing twice: VOTE_CLOSED. Audited.
 */
export async function closeVote(tx: Tx, voteId: string, by: VoteActor): Promise<VoteResult> {
  const vote = await lockVote(tx, voteId);
  refuse(by, "close", vote.status);
  const now = new Date();
  const ballots = await tx.voteBallot.findMany({ where: { voteId }, select: { receiptHash: true, choice: true } });
  const result = tally({
    method: vote.method as VoteResult["method"],
    options: vote.options.map((option) => ({ id: option.id, label: option.label })),
    maxChoices: vote.maxChoices,
    electorateSize: vote.electorateSize ?? 0,
    quorum: vote.quorum,
    majority: vote.majority as VoteResult["majority"]["rule"],
    ballots: ballots.map((ballot) => ballot.choice as BallotChoice),
  });
  if (vote.secrecy === "secret") {
    // Rewritten in a random order with new random ids (and participation in key order), all by this
    // transaction: neither the rows' physical order nor the transaction that wrote them follows who voted when.
    await tx.voteBallot.deleteMany({ where: { voteId } });
    await tx.voteBallot.createMany({
      data: shuffled(ballots).map((ballot) => ({
        id: randomUUID(),
        voteId,
        voterKey: null,
        receiptHash: ballot.receiptHash,
        choice: ballot.choice as Prisma.InputJsonValue,
      })),
    });
    const participants = await tx.voteParticipation.findMany({ where: { voteId }, orderBy: { voterKey: "asc" } });
    await tx.voteParticipation.deleteMany({ where: { voteId } });
    await tx.voteParticipation.createMany({ data: participants });
  }
  await tx.vote.update({
    where: { id: voteId },
    data: { status: "closed", closedAt: now, result: result as unknown as Prisma.InputJsonValue },
  });
  const subject =
    vote.subjectKind && vote.subjectId ? { kind: vote.subjectKind as VoteSubjectKind, id: vote.subjectId } : null;
  const closed: ClosedVote = {
    id: voteId,
    title: vote.title,
    description: vote.description,
    subject,
    formal: vote.formal,
    openedAt: vote.openedAt ?? now,
    closedAt: now,
    result,
  };
  const handler = subject ? closedHandlers.get(subject.kind) : undefined;
  const context = handler ? await handler(tx, closed) : null;
  if (vote.formal) {
    const record = await recordDecision(tx, {
      kind: "vote",
      title: context?.title ?? vote.title,
      textMd: context?.textMd ?? vote.description,
      decidedAt: now,
      outcome: result.outcome,
      method: vote.method,
      electorateSize: result.electorateSize,
      quorum: vote.quorum === null ? null : String(vote.quorum),
      rule: vote.majority,
      figures: result as unknown as Record<string, unknown>,
      openedAt: closed.openedAt,
      closedAt: now,
      links: [{ label: vote.title, href: `/votes/${voteId}` }, ...(context?.links ?? [])],
      voteId,
      ...(context?.proposalId ? { proposalId: context.proposalId } : {}),
      ...(by === "schedule" ? {} : { recordedById: by.id }),
    });
    await context?.recorded?.(tx, record);
  }
  await writeAudit(tx, {
    actorId: actorIdOf(by),
    action: "vote.closed",
    targetType: "vote",
    targetId: voteId,
    data: {
      title: vote.title,
      outcome: result.outcome,
      cast: result.cast,
      ...(by === "schedule" ? { scheduled: true } : {}),
    },
  });
  publishAfterCommit(tx, {
    type: "vote:closed",
    stale: voteTags(voteId),
    broadcast: { rooms: [`vote:${voteId}`], event: "vote:tally", payload: { voteId, result, closed: true } },
  });
  return result;
}

/** Cancels a draft (an open vote cannot be cancelled: it is closed). Audited. */
export async function cancelVote(tx: Tx, voteId: string, by: Actor): Promise<void> {
  const vote = await lockVote(tx, voteId);
  refuse(by, "cancel", vote.status);
  await tx.vote.update({ where: { id: voteId }, data: { status: "cancelled" } });
  await writeAudit(tx, {
    actorId: by.id,
    action: "vote.cancelled",
    targetType: "vote",
    targetId: voteId,
    data: { title: vote.title },
  });
  publishAfterCommit(tx, { type: "vote:cancelled", stale: voteTags(voteId) });
}
