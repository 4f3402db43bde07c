import type { CharterVersionSummary } from "../../../common/charter.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { useI18n } from "../../i18n/index.js";
import { postCharterAcceptance } from "./api.js";
import "./membership.css";

type Props = {
  slug: string;
  versions: CharterVersionSummary[];
  /** Representatives of an association that is not suspended accept; others are told. */
  canAccept: boolean;
  /** A representative of a suspended association waits for the suspension to end. */
  suspended?: boolean;
  onAccepted: () => void;
};

/** New charter versions the association has not accepted yet, and accepting each. */
export function CharterAcceptanceBanner({ slug, versions, canAccept, suspended, onAccepted }: Props) {
  const { t, formatDate } = useI18n();
  if (versions.length === 0) return null;
  return (
    <div class="notice notice-warning" role="note">
      <p>
        <strong>{t("acceptance.title")}</strong>
      </p>
      <ul class="plain-list">
        {versions.map((version) => (
          <li key={version.id} class="acceptance-item">
            <span>
              {t("acceptance.version", {
                title: version.title,
                version: version.version,
                date: formatDate(version.publishedAt),
              })}{" "}
              <a href="/charter" target="_blank" rel="noopener">
                {t("acceptance.read")}
              </a>
            </span>
            {canAccept && (
              <ConfirmButton
                label={t("acceptance.accept", { version: version.version })}
                title={t("acceptance.confirmTitle")}
                body={<p>{t("acceptance.confirmBody", { title: version.title, version: version.version })}</p>}
                confirmLabel={t("acceptance.confirm")}
                action={() => postCharterAcceptance(slug, version.id)}
                onDone={onAccepted}
              />
            )}
          </li>
        ))}
      </ul>
      {!canAccept && <p>{suspended ? t("acceptance.afterSuspension") : t("acceptance.representativesOnly")}</p>}
    </div>
  );
}
