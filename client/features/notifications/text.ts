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
    debate: data.debate?.title ?? "",
    proposal: data.proposal?.title ?? "",
    reason: data.reason ?? "",
  };
  // A moderation decision reads as what was decided; its reason shows beside the sentence.
  const key: MessageKey =
    item.kind === "delegate.changed"
      ? `notification.delegate.changed.${data.how ?? "first"}`
      : item.kind === "debate.moderation" && data.decision
        ? `notification.debate.moderation.${data.decision}`
        : item.kind === "proposal.transitioned"
          ? `notification.proposal.${noticedState(data.state)}`
          : `notification.${item.kind}`;
  return t(key, params);
}

/** The states a proposal's notices name (others read as a change of state). */
function noticedState(state: string | undefined) {
  return state === "in_discussion" ||
    state === "not_admissible" ||
    state === "in_vote" ||
    state === "adopted" ||
    state === "rejected"
    ? state
    : "changed";
}

/** Where a notification leads: the page of what it is about. */
export function notificationHref(item: NotificationItem): string | null {
  if (item.data.debate) {
    const debate = `/debates/${encodeURIComponent(item.data.debate.id)}`;
    return item.data.replyId ? `${debate}/replies/${encodeURIComponent(item.data.replyId)}` : debate;
  }
  if (item.data.vote) return `/votes/${item.data.vote.id}`;
  if (item.data.proposal) return `/proposals/${encodeURIComponent(item.data.proposal.id)}`;
  if (item.data.assembly) return `/assemblies/${item.data.assembly.id}`;
  const slug = item.data.association?.slug;
  return slug ? `/me/associations/${encodeURIComponent(slug)}#members` : null;
}
