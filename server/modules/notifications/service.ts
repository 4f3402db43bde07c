import type {
  NotificationData,
  NotificationItem,
  NotificationKind,
  NotificationPage,
} from "../../../common/notifications.js";
import type { SessionUser } from "../../auth/types.js";
import type { Db, Tx } from "../../db/client.js";
import { publishAfterCommit } from "../../db/transaction.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { presentNotification } from "./presenter.js";

/** Whoever reads their own notifications. */
type Actor = Pick<SessionUser, "id">;

/**
 * Notifies each of `userIds` (once each, the actor excluded when given) inside the transaction that
 * makes the change; the people connected see it appear after the commit.
 */
export async function notify(
  tx: Tx,
  input: { userIds: readonly string[]; kind: NotificationKind; data: NotificationData; exceptUserId?: string },
): Promise<void> {
  const userIds = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  if (userIds.length === 0) return;
  const rows = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({ userId, kind: input.kind, data: input.data as Prisma.InputJsonValue })),
  });
  for (const row of rows) {
    publishAfterCommit(tx, {
      type: "notification:created",
      broadcast: { rooms: [`user:${row.userId}`], event: "notification:new", payload: presentNotification(row) },
    });
  }
}

/** The person's notifications, newest first, with how many are unread. */
export async function listNotifications(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number; unreadOnly?: boolean | undefined },
): Promise<NotificationPage> {
  const where = { userId: actor.id, ...(query.unreadOnly ? { readAt: null } : {}) };
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.notification.count({ where }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  return { items: rows.map(presentNotification), page: query.page, pageSize: query.pageSize, total, unread };
}

/** Marks the person's notifications read: the ones named, or all of them. Others' are never touched. */
export async function markNotificationsRead(
  db: Db,
  actor: Actor,
  input: { ids?: string[] | undefined },
): Promise<{ unread: number }> {
  await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { unread: await db.notification.count({ where: { userId: actor.id, readAt: null } }) };
}

export type { NotificationItem };
