import { PageHeading } from "../../components/PageHeading.js";
import { useI18n } from "../../i18n/index.js";

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <PageHeading title={t("notFound.title")} />
      <p>{t("notFound.body")}</p>
      <p>
        <a href="/">{t("notFound.home")}</a>
      </p>
    </section>
  );
}
