/** Opening a debate or a reply for a use case: found, locked when written, and judged by the policy. */
import type { ErrorCode } from "../../../common/errors.js";
import type { Actor } from "../../auth/actor.js";
import type { Tx } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { type DebateAction, debateDenial, type ReplyAction, replyDenial } from "./policy.js";
import {
  type DebateRecord,
  debateInclude,
  debateRecord,
  debateResource,
  type ReplyRecord,
  replyState,
} from "./presenter.js";
import { loadReply } from "./records.js";

/** Throws the policy's refusal, if any. */
export function refuse(code: ErrorCode | null, details?: Record<string, unknown>): void {
  if (code) throw new AppError(code, details);
}

/** A debate in a transaction, locked against other writers (a deleted one is NOT_FOUND). */
export async function lockDebate(tx: Tx, debateId: string): Promise<DebateRecord> {
  await tx.$queryRaw`SELECT id FROM debates WHERE id = ${debateId}::uuid FOR UPDATE`;
  const row = await tx.debate.findUnique({ where: { id: debateId }, include: debateInclude });
  if (!row || row.deletedAt) throw new AppError("NOT_FOUND");
  return debateRecord(row);
}

/** A locked debate the actor may act on with `action`. */
export async function openDebateFor(tx: Tx, actor: Actor, debateId: string, action: DebateAction) {
  const debate = await lockDebate(tx, debateId);
  refuse(debateDenial(actor, action, debateResource(debate)));
  return debate;
}

/** A reply and its locked debate, the actor allowed `action` on the reply. */
export async function openReplyFor(
  tx: Tx,
  actor: Actor,
  replyId: string,
  action: ReplyAction,
): Promise<{ reply: ReplyRecord; debate: DebateRecord }> {
  const found = await tx.debateReply.findUnique({ where: { id: replyId }, select: { debateId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  const debate = await lockDebate(tx, found.debateId);
  const reply = await loadReply(tx, replyId);
  if (!reply) throw new AppError("NOT_FOUND");
  refuse(
    replyDenial(actor, action, { authorId: reply.author.id, state: replyState(reply), debate: debateResource(debate) }),
  );
  return { reply, debate };
}

/**
 * The association the actor writes for: null for personal, else one they belong to and that is
 * active (FORBIDDEN when not a member, ASSOCIATION_SUSPENDED or INVALID_STATE otherwise).
 */
export async function writingFor(tx: Tx, actor: Actor, associationId: string | null): Promise<string | null> {
  if (associationId === null) return null;
  const membership = await tx.associationMember.findUnique({
    where: { associationId_userId: { associationId, userId: actor.id } },
    select: { association: { select: { status: true, suspendedUntil: true } } },
  });
  if (!membership) {
    throw new AppError("FORBIDDEN", { fields: [{ path: "associationId", reason: "not_a_member" }] });
  }
  const { status, suspendedUntil } = membership.association;
  const ended = status === "suspended" && suspendedUntil !== null && suspendedUntil.getTime() <= Date.now();
  if (status === "suspended" && !ended) throw new AppError("ASSOCIATION_SUSPENDED");
  if (status !== "active" && !ended) throw new AppError("INVALID_STATE");
  return associationId;
}

/**
 * The people named (@) in `bodyMd` among `ids`: accounts that exist and whose name follows an @ in
 * the text. Others are ignored (a mention is a pointer to a name the reader sees).
 */
export async function mentioned(tx: Tx, ids: readonly string[] | undefined, bodyMd: string) {
  if (!ids || ids.length === 0) return [];
  const people = await tx.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return people.filter((person) => bodyMd.includes(`@${person.name}`));
}
