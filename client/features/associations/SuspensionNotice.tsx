import { useI18n } from "../../i18n/index.js";

/** Why and until when an association is suspended. */
export function SuspensionNotice({ suspension }: { suspension: { reason: string; until: string | null } }) {
  const { t, formatDate } = useI18n();
  return (
    <div class="notice notice-warning" role="note">
      <p>
        <strong>{t("suspension.title")}</strong>
      </p>
      <p>
        {t("suspension.reason")} <bdi>{suspension.reason}</bdi>
      </p>
      <p>
        {suspension.until
          ? t("suspension.until", { date: formatDate(suspension.until) })
          : t("suspension.indefinitely")}
      </p>
    </div>
  );
}
