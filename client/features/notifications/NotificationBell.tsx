import "./notifications.css";
import { useI18n } from "../../i18n/index.js";
import { useUnreadCount } from "./unread.js";

/** The header's link to the notifications, with the unread count, kept live by the socket. */
export function NotificationBell() {
  const { t, formatNumber } = useI18n();
  const unread = useUnreadCount();
  const label = unread > 0 ? t("notifications.bellUnread", { count: unread }) : t("notifications.title");
  return (
    <a href="/notifications" class="bell" aria-label={label} title={label}>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && (
        <span class="bell-count" aria-hidden="true">
          {formatNumber(Math.min(unread, 99))}
          {unread > 99 ? "+" : ""}
        </span>
      )}
    </a>
  );
}
