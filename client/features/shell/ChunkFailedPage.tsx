import { PageHeading } from "../../components/PageHeading.js";
import { useI18n } from "../../i18n/index.js";

/** A screen's file could not be fetched (offline, or a new version replaced it): reload the page. */
export function ChunkFailedPage() {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <PageHeading title={t("chunk.title")} />
      <p>{t("chunk.body")}</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        {t("chunk.reload")}
      </button>
    </section>
  );
}
