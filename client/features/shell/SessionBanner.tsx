import { useI18n } from "../../i18n/index.js";
import { loadSession, useSession } from "../auth/session.js";
import "./shell.css";

/** Shown when the server could not be reached at start: the page is otherwise usable, logged out. */
export function SessionBanner() {
  const { t } = useI18n();
  const { status } = useSession();
  if (status !== "failed") return null;
  return (
    <div class="banner" role="alert">
      <div class="container banner-inner">
        <span>{t("session.failed")}</span>
        <button type="button" class="button-quiet" onClick={() => void loadSession()}>
          {t("session.retry")}
        </button>
      </div>
    </div>
  );
}
