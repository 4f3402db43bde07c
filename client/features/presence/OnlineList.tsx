import { useMemo } from "preact/hooks";
import type { PublicUser } from "../../../common/api.js";
import { compareNames } from "../../i18n/format.js";
import { useI18n } from "../../i18n/index.js";
import { usePresence } from "./presence.js";
import "./presence.css";

/** «متصلون الآن»: who is connected, kept live by the presence pushes; you come first. */
export function OnlineList({ currentUserId }: { currentUserId: string }) {
  const { t, locale, formatNumber } = useI18n();
  const { status, users } = usePresence();

  const sorted = useMemo(() => {
    const unique = [...new Map(users.map((user) => [user.id, user])).values()];
    const rank = (user: PublicUser) => (user.id === currentUserId ? 0 : 1);
    return unique.sort((a, b) => rank(a) - rank(b) || compareNames(a.name, b.name, locale));
  }, [users, currentUserId, locale]);

  const statusText =
    status === "online" ? "" : sorted.length > 0 ? t("presence.reconnecting") : t("presence.connecting");

  return (
    <section class="card online" aria-labelledby="online-title">
      <h2 id="online-title">
        {t("presence.title")}
        {status === "online" && (
          <span class="count" aria-hidden="true">
            {formatNumber(sorted.length)}
          </span>
        )}
      </h2>
      <p class="presence-status" role="status">
        {statusText}
      </p>
      <ul class="online-list" aria-label={t("presence.title")}>
        {sorted.map((user) => (
          <li key={user.id}>
            <bdi class="online-name">{user.name}</bdi>
            {user.id === currentUserId && <span class="you">({t("presence.you")})</span>}
            <span class={`badge badge-${user.role}`}>{t(`role.${user.role}`)}</span>
          </li>
        ))}
      </ul>
      {status === "online" && sorted.length === 0 && <p class="muted">{t("presence.empty")}</p>}
    </section>
  );
}
