import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { NotificationItem } from "../../../common/notifications.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../components/Pagination.js";
import { Redirect } from "../../components/Redirect.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { fetchNotifications, markNotificationsRead } from "./api.js";
import { notificationHref, notificationText } from "./text.js";
import { unreadStore } from "./unread.js";

/** What happened that concerns the person, newest first; unread ones marked until read. */
export function NotificationsPage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { status, user } = useSession();
  const { query } = useLocation();
  const page = pageFromQuery(query);
  const list = useResource(() => fetchNotifications(page), [page, user?.id]);

  useEffect(() => {
    if (list.data) unreadStore.set(list.data.unread);
  }, [list.data]);

  if (status === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user) return <Redirect to="/login?next=/notifications" />;

  const markAll = async () => {
    unreadStore.set((await markNotificationsRead()).unread);
    list.reload();
  };
  const open = (item: NotificationItem) => {
    if (!item.readAt) void markNotificationsRead([item.id]).then(({ unread }) => unreadStore.set(unread));
  };

  return (
    <div class="narrow stack">
      <PageHeading title={t("notifications.title")} />
      <LoadState resource={list}>
        {(data) => (
          <>
            {data.unread > 0 && (
              <p>
                <button type="button" class="button-quiet" onClick={markAll}>
                  {t("notifications.markAll")}
                </button>
              </p>
            )}
            {data.items.length === 0 ? (
              <p class="muted">{t("notifications.empty")}</p>
            ) : (
              <ul class="notification-list">
                {data.items.map((item) => {
                  const href = notificationHref(item);
                  const text = notificationText(item, i18n);
                  return (
                    <li key={item.id} class={item.readAt ? "notification" : "notification notification-unread"}>
                      {!item.readAt && <span class="visually-hidden">{t("notifications.unread")}: </span>}
                      {href ? (
                        <a href={href} onClick={() => open(item)}>
                          {text}
                        </a>
                      ) : (
                        <span>{text}</span>
                      )}
                      {item.data.reason && (
                        <q class="notification-reason" dir="auto">
                          {item.data.reason}
                        </q>
                      )}
                      <time dateTime={item.createdAt} class="muted">
                        {formatDate(item.createdAt, "dayAndTime")}
                      </time>
                    </li>
                  );
                })}
              </ul>
            )}
            <Pagination list={data} hrefFor={(n) => `/notifications?page=${n}`} />
          </>
        )}
      </LoadState>
    </div>
  );
}
