/**
 * Moderation: members flag, moderators work the queue, hide and restore with a reason the author
 * sees, lock, pin, move, close with a conclusion (the author may close too), and slow mode. Each
 * decision is audited in its own transaction and its author is notified after the commit.
 */
import type { Paginated } from "../../../common/api.js";
import type { FlagItem, FlagResolved, FlagStatus } from "../../../common/debates.js";
import type { NotificationData } from "../../../common/notifications.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { renderMarkdown } from "../../markdown/render.js";
import { writeAudit } from "../audit/index.js";
import { notify } from "../notifications/index.js";
import { lockDebate, openDebateFor, openReplyFor, refuse } from "./access.js";
import { announceDebate, announceReply } from "./events.js";
import { debateDenial, isModerator, replyDenial } from "./policy.js";
import {
  type DebateRecord,
  debateResource,
  presentDebate,
  presentLiveReply,
  presentReply,
  type ReplyRecord,
  replyState,
} from "./presenter.js";
import { loadReply } from "./records.js";

type Decision = NonNullable<NotificationData["decision"]>;

/** Tells the author of a post about a moderator's decision (not when they decided it themselves). */
async function tellAuthor(
  tx: Tx,
  actor: Actor,
  authorId: string,
  debate: DebateRecord,
  decision: Decision,
  reason: string | null,
  replyId?: string,
): Promise<void> {
  await notify(tx, {
    userIds: [authorId],
    kind: "debate.moderation",
    data: { debate: { id: debate.id, title: debate.title }, decision, reason, ...(replyId ? { replyId } : {}) },
    exceptUserId: actor.id,
  });
}

/** Resolves the open flags on a target once it is hidden. */
async function resolveFlags(tx: Tx, actor: Actor, targetId: string, reason: string): Promise<void> {
  await tx.debateFlag.updateMany({
    where: { targetId, status: "open" },
    data: { status: "hidden", open: null, resolvedById: actor.id, resolvedAt: new Date(), resolution: reason },
  });
}

/**
 * A member reports a debate or a reply with a reason. One open flag per person and target, kept by
 * the database: a second is ALREADY_FLAGGED and changes nothing.
 */
export async function flagTarget(
  db: Db,
  actor: Actor,
  target: { kind: "debate" | "reply"; id: string },
  reason: string,
): Promise<{ id: string; status: FlagStatus }> {
  return inTransaction(db, async (tx) => {
    let debateId: string;
    let replyId: string | null = null;
    if (target.kind === "reply") {
      const { reply } = await openReplyFor(tx, actor, target.id, "flag");
      debateId = reply.debateId;
      replyId = reply.id;
    } else {
      debateId = (await openDebateFor(tx, actor, target.id, "flag")).id;
    }
    // The instant is given from here, as Prisma gives every other one: the embedded database's own
    // CURRENT_TIMESTAMP comes back off by the time zone's offset when TZ is not UTC.
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO debate_flags (id, debate_id, reply_id, target_id, user_id, reason, created_at)
      VALUES (gen_random_uuid(), ${debateId}::uuid, ${replyId}::uuid, ${target.id}::uuid, ${actor.id}::uuid, ${reason},
        ${new Date()})
      ON CONFLICT (target_id, user_id, open) DO NOTHING
      RETURNING id::text`;
    const row = rows[0];
    if (!row) throw new AppError("ALREADY_FLAGGED");
    return { id: row.id, status: "open" };
  });
}

/** The moderators' queue: flags by status (open first by default), oldest first, with what they are about. */
export async function listFlags(
  db: Db,
  actor: Actor,
  query: { status: FlagStatus; page: number; pageSize: number },
): Promise<Paginated<FlagItem>> {
  if (!isModerator(actor)) throw new AppError("FORBIDDEN");
  const where = { status: query.status };
  const [rows, total] = await Promise.all([
    db.debateFlag.findMany({
      where,
      orderBy: [{ createdAt: query.status === "open" ? "asc" : "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: {
        user: { select: { id: true, name: true } },
        resolvedBy: { select: { id: true, name: true } },
        debate: {
          select: {
            id: true,
            title: true,
            bodyHtml: true,
            hiddenAt: true,
            deletedAt: true,
            author: { select: { id: true, name: true } },
          },
        },
        reply: {
          select: {
            id: true,
            bodyHtml: true,
            hiddenAt: true,
            deletedAt: true,
            author: { select: { id: true, name: true } },
          },
        },
      },
      relationLoadStrategy: "join",
    }),
    db.debateFlag.count({ where }),
  ]);
  const targets = [...new Set(rows.map((row) => row.targetId))];
  const open = targets.length
    ? await db.debateFlag.groupBy({
        by: ["targetId"],
        where: { targetId: { in: targets }, status: "open" },
        _count: true,
      })
    : [];
  const openCount = new Map(open.map((group) => [group.targetId, group._count]));
  return {
    items: rows.map((row) => {
      const post = row.reply ?? row.debate;
      return {
        id: row.id,
        status: row.status,
        reason: row.reason,
        flaggedBy: row.user,
        createdAt: row.createdAt.toISOString(),
        target: {
          kind: row.reply ? "reply" : "debate",
          id: row.targetId,
          debateId: row.debateId,
          debateTitle: row.debate.title,
          author: post.author,
          bodyHtml: post.bodyHtml,
          state: post.deletedAt ? "deleted" : post.hiddenAt ? "hidden" : "visible",
        },
        openFlagsOnTarget: Math.max(0, (openCount.get(row.targetId) ?? 0) - (row.status === "open" ? 1 : 0)),
        resolvedBy: row.resolvedBy,
        resolvedAt: row.resolvedAt ? row.resolvedAt.toISOString() : null,
        resolution: row.resolution,
      };
    }),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

/** A moderator dismisses a flag (the target stays as it is), with a reason. */
export async function dismissFlag(db: Db, actor: Actor, flagId: string, reason: string): Promise<FlagResolved> {
  if (!isModerator(actor)) throw new AppError("FORBIDDEN");
  return inTransaction(db, async (tx) => {
    const updated = await tx.debateFlag.updateMany({
      where: { id: flagId, status: "open" },
      data: { status: "dismissed", open: null, resolvedById: actor.id, resolvedAt: new Date(), resolution: reason },
    });
    if (updated.count === 0) {
      const exists = await tx.debateFlag.findUnique({ where: { id: flagId }, select: { id: true } });
      throw new AppError(exists ? "INVALID_STATE" : "NOT_FOUND");
    }
    const flag = await tx.debateFlag.findUniqueOrThrow({
      where: { id: flagId },
      select: { debateId: true, targetId: true, debate: { select: { title: true } } },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "debate_flag.dismissed",
      targetType: "debate_flag",
      targetId: flagId,
      data: { reason, debateId: flag.debateId, title: flag.debate.title, targetId: flag.targetId },
    });
    return { id: flagId, status: "dismissed" };
  });
}

/** A moderator hides a reply (its text then shows only to its author and moderators) or restores it. */
export async function moderateReply(
  db: Db,
  actor: Actor,
  replyId: string,
  decision: "hide" | "restore",
  reason: string,
) {
  return inTransaction(db, async (tx) => {
    const { reply, debate } = await openReplyFor(tx, actor, replyId, "moderate");
    const state = replyState(reply);
    if ((decision === "hide") !== (state === "visible")) throw new AppError("INVALID_STATE");
    await tx.debateReply.update({
      where: { id: replyId },
      data:
        decision === "hide"
          ? { hiddenAt: new Date(), hiddenById: actor.id, hiddenReason: reason }
          : { hiddenAt: null, hiddenById: null, hiddenReason: null },
    });
    if (decision === "hide") await resolveFlags(tx, actor, replyId, reason);
    await writeAudit(tx, {
      actorId: actor.id,
      action: decision === "hide" ? "debate_reply.hidden" : "debate_reply.restored",
      targetType: "debate_reply",
      targetId: replyId,
      data: { reason, debateId: debate.id, title: debate.title },
    });
    await tellAuthor(tx, actor, reply.author.id, debate, decision === "hide" ? "hidden" : "restored", reason, replyId);
    const record = (await loadReply(tx, replyId)) as ReplyRecord;
    announceReply(tx, debate.id, presentLiveReply(record), "changed");
    return presentReply(record, debateResource(debate), actor);
  });
}

type DebateDecision =
  | { kind: "hide"; reason: string }
  | { kind: "restore"; reason: string }
  | { kind: "lock" }
  | { kind: "unlock" }
  | { kind: "pin" }
  | { kind: "unpin" }
  | { kind: "move"; categoryId: string | null }
  | { kind: "close"; conclusionMd: string }
  | { kind: "slow_mode"; seconds: number };

const auditOf = {
  hide: "debate.hidden",
  restore: "debate.restored",
  lock: "debate.locked",
  unlock: "debate.unlocked",
  pin: "debate.pinned",
  unpin: "debate.unpinned",
  move: "debate.moved",
  close: "debate.closed",
  slow_mode: "debate.slow_mode_set",
} as const;

/**
 * A decision on a debate: moderators only, but its author may close it with a conclusion. The state
 * must allow it (INVALID_STATE: locking a closed debate, hiding a hidden one, closing twice).
 */
export async function decideDebate(db: Db, actor: Actor, debateId: string, decision: DebateDecision) {
  return inTransaction(db, async (tx) => {
    const debate = await lockDebate(tx, debateId);
    const resource = debateResource(debate);
    refuse(debateDenial(actor, decision.kind === "close" ? "close" : "moderate", resource));
    const invalid =
      (decision.kind === "hide" && resource.hidden) ||
      (decision.kind === "restore" && !resource.hidden) ||
      (decision.kind === "lock" && debate.status !== "open") ||
      (decision.kind === "unlock" && debate.status !== "locked");
    if (invalid) throw new AppError("INVALID_STATE");
    const now = new Date();
    let data: Record<string, unknown> = {};
    let notice: { decision: Decision; reason: string | null } | null = null;
    let audit: Record<string, unknown> = {};
    switch (decision.kind) {
      case "hide":
        data = { hiddenAt: now, hiddenById: actor.id, hiddenReason: decision.reason };
        notice = { decision: "hidden", reason: decision.reason };
        audit = { reason: decision.reason };
        break;
      case "restore":
        data = { hiddenAt: null, hiddenById: null, hiddenReason: null };
        notice = { decision: "restored", reason: decision.reason };
        audit = { reason: decision.reason };
        break;
      case "lock":
      case "unlock":
        data = { status: decision.kind === "lock" ? "locked" : "open" };
        notice = { decision: decision.kind === "lock" ? "locked" : "unlocked", reason: null };
        break;
      case "pin":
      case "unpin":
        data = { pinned: decision.kind === "pin" };
        audit = { before: debate.pinned };
        break;
      case "move": {
        if (decision.categoryId) {
          const found = await tx.debateCategory.findUnique({
            where: { id: decision.categoryId },
            select: { id: true },
          });
          if (!found)
            throw new AppError("VALIDATION_FAILED", { fields: [{ path: "categoryId", reason: "not_found" }] });
        }
        data = { categoryId: decision.categoryId };
        notice = { decision: "moved", reason: null };
        audit = { from: debate.category?.id ?? null, to: decision.categoryId };
        break;
      }
      case "close":
        data = {
          status: "closed",
          conclusionMd: decision.conclusionMd,
          conclusionHtml: renderMarkdown(decision.conclusionMd),
          conclusionById: actor.id,
          closedAt: now,
        };
        notice = { decision: "closed", reason: null };
        audit = { before: debate.status };
        break;
      case "slow_mode":
        data = { slowModeSeconds: decision.seconds };
        audit = { before: debate.slowModeSeconds, after: decision.seconds };
        break;
    }
    await tx.debate.update({ where: { id: debateId }, data });
    if (decision.kind === "hide") await resolveFlags(tx, actor, debateId, decision.reason);
    await writeAudit(tx, {
      actorId: actor.id,
      action: auditOf[decision.kind],
      targetType: "debate",
      targetId: debateId,
      associationId: debate.association?.id ?? null,
      data: { title: debate.title, ...audit },
    });
    if (notice) await tellAuthor(tx, actor, debate.author.id, debate, notice.decision, notice.reason);
    const record = await lockDebate(tx, debateId);
    announceDebate(tx, record);
    return presentDebate(record, actor);
  });
}

/** Whether a reply's denial for `moderate` passes (used by the routes' prechecks). */
export const canModerateReply = replyDenial;
