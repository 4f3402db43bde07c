import { BidiText } from "../../components/BidiText.js";
import { useI18n } from "../../i18n/index.js";
import "./membership.css";

const examples = [
  ["markdown.boldExample", "markdown.bold"],
  ["markdown.italicExample", "markdown.italic"],
  ["markdown.listExample", "markdown.list"],
  ["markdown.headingExample", "markdown.heading"],
  ["markdown.linkExample", "markdown.link"],
] as const;

/**
 * What Markdown a text field understands, each example shown as it looks once typed: in the direction
 * of its own words (`dir="auto"`: «## عنوان» starts on the right in Arabic, on the left in French),
 * with its Latin parts (an address) isolated left to right.
 */
export function MarkdownHint() {
  const { t } = useI18n();
  return (
    <>
      <p class="markdown-hint-intro">{t("markdown.intro")}</p>
      <ul class="markdown-hint">
        {examples.map(([mark, key]) => (
          <li key={key}>
            <code dir="auto">
              <BidiText text={t(mark)} />
            </code>{" "}
            {t(key)}
          </li>
        ))}
      </ul>
    </>
  );
}
