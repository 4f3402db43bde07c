import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { useI18n } from "../../i18n/index.js";

/** «تعريف بالجمعية»: the association's description as the server rendered it, or a quiet note. */
export function DescriptionCard({ html, headingId }: { html: string; headingId: string }) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("association.about")}</h2>
      {html ? <SanitizedHtml html={html} /> : <p class="muted">{t("association.noDescription")}</p>}
    </section>
  );
}
