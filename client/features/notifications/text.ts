import type { NotificationItem } from "../../../common/notifications.js";
import type { I18n, MessageKey } from "../../i18n/index.js";

/** The sentence a notification reads as, in the interface's language, from the values it carries. */
export function notificationText(item: NotificationItem, { t, locale, formatDate }: I18n): string {
  const { data } = item;
  const association = (locale === "fr" ? data.association?.nameFr : undefined) ?? data.association?.nameAr ?? "";
  const params = {
    association,
    actor: data.actorName ?? "",
    subject: data.subjectName ?? data.vote?.title ?? "",
    date: data.effectiveAt ? formatDate(data.effectiveAt, "dayAndTime") : "",
  };
  const key: MessageKey =
    item.kind === "delegate.changed"
      ? `notification.delegate.changed.${data.how ?? "first"}`
      : `notification.${item.kind}`;
  return t(key, params);
}

/** Where a notification leads: the page of what it is about. */
export function notificationHref(item: NotificationItem): string | null {
  if (item.data.vote) return `/votes/${item.data.vote.id}`;
  const slug = item.data.association?.slug;
  return slug ? `/me/associations/${encodeURIComponent(slug)}#members` : null;
}
