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
  const { t, formatDate } = useI18n();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const titleId = `charter-${version.id}`;
  const body = <SanitizedHtml html={version.bodyHtml} />;
  return (
    <section class="card charter-document" aria-labelledby={titleId}>
      <Heading id={titleId}>{version.title}</Heading>
      <p class="muted">
        {t("charter.versionLine", { version: version.version, date: formatDate(version.publishedAt) })}
      </p>
      {scrollable ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
        <section class="charter-scroll" aria-label={version.title} tabIndex={0}>
          {body}
        </section>
      ) : (
        body
      )}
    </section>
  );
}
