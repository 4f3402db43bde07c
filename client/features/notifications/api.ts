import type { NotificationPage } from "../../../common/notifications.js";
import { api, queryString } from "../../api.js";

export const fetchNotifications = (page = 1, unread?: boolean) =>
  api.get<NotificationPage>(`/api/notifications${queryString({ page, unread: unread ? "true" : undefined })}`);
export const markNotificationsRead = (ids?: string[]) =>
  api.post<{ unread: number }>("/api/notifications/read", ids ? { ids } : {});
