import type { CharterVersion } from "../../../common/charter.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { useI18n } from "../../i18n/index.js";
import "./charter.css";

/** One published document (charter or internal rules): title, version, date, rendered text. */
export function CharterDocument({
  version,
  headingLevel = 2,
  scrollable = false,
}: {
  version: CharterVersion;
  headingLevel?: 2 | 3;
  /** Inside a form: a bounded region the keyboard can scroll. */
  scrollable?: boolean;
}) {
  const { t, locale, formatDate } = useI18n();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const titleId = `charter-${version.id}`;
  // In French, the French text when one was published; the Arabic one is authoritative and stays at hand.
  const french = locale === "fr" ? version.french : null;
  const arabic = (
    <div lang="ar" dir="rtl">
      <SanitizedHtml html={version.bodyHtml} />
    </div>
  );
  const body = french ? (
    <>
      <div lang="fr" dir="ltr">
        <SanitizedHtml html={french.bodyHtml} />
      </div>
      <details class="charter-original">
        <summary>{t("charter.readArabic")}</summary>
        {arabic}
      </details>
    </>
  ) : (
    arabic
  );
  return (
    <section class="card charter-document" aria-labelledby={titleId}>
      <Heading id={titleId} lang={french ? "fr" : "ar"} dir={french ? "ltr" : "rtl"}>
        {french ? french.title : version.title}
      </Heading>
      <p class="muted">
        {t("charter.versionLine", { version: version.version, date: formatDate(version.publishedAt) })}
      </p>
      {locale === "fr" && (
        <p class="notice charter-language">{french ? t("charter.arabicAuthoritative") : t("charter.arabicOnly")}</p>
      )}
      {scrollable ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
        <section class="charter-scroll" aria-label={french ? french.title : version.title} tabIndex={0}>
          {body}
        </section>
      ) : (
        body
      )}
    </section>
  );
}
