import { useI18n } from "../../i18n/index.js";
import { DebateBadges } from "./Badges.js";
import { associationName, categoryHref, categoryName, debateHref } from "./names.js";
import type { DebateSummary } from "./types.js";

/** Debates as cards: title, badges, who opened it, replies, last activity, and what is new since the last visit. */
export function DebateList({
  items,
  label,
  showCategory = true,
}: {
  /** `unreadCount` (lists of a signed-in reader): replies new since their last visit to each. */
  items: (DebateSummary & { unreadCount?: number | null })[];
  label: string;
  showCategory?: boolean;
}) {
  const { t, locale, formatDate } = useI18n();
  return (
    <ul class="debate-list" aria-label={label}>
      {items.map((debate) => (
        <li key={debate.id} class="debate-item">
          <h3 class="debate-item-title">
            <a href={debateHref(debate.id)}>
              <bdi>{debate.title}</bdi>
            </a>
          </h3>
          <p class="badges">
            <DebateBadges debate={debate} />
          </p>
          <p class="muted debate-item-meta">
            {debate.association
              ? t("debates.byFor", {
                  author: debate.author.name,
                  association: associationName(debate.association, locale),
                })
              : t("debates.by", { author: debate.author.name })}
            {showCategory && debate.category && (
              <>
                {" · "}
                <a href={categoryHref(debate.category.slug)}>{categoryName(debate.category, locale)}</a>
              </>
            )}
          </p>
          <p class="debate-item-stats">
            <span>{t("debates.replyCount", { count: debate.replyCount })}</span>
            {!!debate.unreadCount && (
              <span class="badge debate-unread">{t("debates.unread", { count: debate.unreadCount })}</span>
            )}
            <span class="muted">
              {t("debates.lastActivity", { date: formatDate(debate.lastActivityAt, "dayAndTime") })}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
