import { useI18n } from "../../i18n/index.js";
import "./membership.css";

const examples = [
  ["markdown.boldExample", "markdown.bold"],
  ["markdown.italicExample", "markdown.italic"],
  ["markdown.listExample", "markdown.list"],
  ["markdown.headingExample", "markdown.heading"],
  ["markdown.linkExample", "markdown.link"],
] as const;

/** What Markdown a text field understands, each mark shown left to right as it is typed. */
export function MarkdownHint() {
  const { t } = useI18n();
  return (
    <>
      <p class="markdown-hint-intro">{t("markdown.intro")}</p>
      <ul class="markdown-hint">
        {examples.map(([mark, key]) => (
          <li key={key}>
            <code dir="ltr">{t(mark)}</code> {t(key)}
          </li>
        ))}
      </ul>
    </>
  );
}
