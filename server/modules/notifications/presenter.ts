import type { NotificationData, NotificationItem, NotificationKind } from "../../../common/notifications.js";
import type { Notification } from "../../generated/prisma/client.js";

export function presentNotification(row: Notification): NotificationItem {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    data: row.data as NotificationData,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
