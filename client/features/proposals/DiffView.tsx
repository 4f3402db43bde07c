import type { DiffPart } from "../../../common/proposals.js";
import { useI18n } from "../../i18n/index.js";

/**
 * A word-level difference, readable without colour: insertions in <ins> (underlined), deletions in
 * <del> (struck through), each preceded by a label a screen reader reads and the eye sees.
 */
export function DiffView({ parts, label }: { parts: DiffPart[]; label?: string }) {
  const { t } = useI18n();
  return (
    <figure class="diff">
      <figcaption class="visually-hidden">{label ?? t("diff.label")}</figcaption>
      <p class="diff-text" dir="auto">
        {parts.map((part, index) =>
          part.kind === "same" ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === "ins" ? (
            <ins key={index}>
              <span class="diff-label">{t("diff.inserted")}</span>
              {part.text}
              <span class="diff-label">{t("diff.end")}</span>
            </ins>
          ) : (
            <del key={index}>
              <span class="diff-label">{t("diff.deleted")}</span>
              {part.text}
              <span class="diff-label">{t("diff.end")}</span>
            </del>
          ),
        )}
      </p>
      <p class="muted diff-legend">{t("diff.legend")}</p>
    </figure>
  );
}
