import type { Eligibility } from "../../../common/associations.js";
import { useI18n } from "../../i18n/index.js";
import "./associations.css";

export const eligibilityKeys = ["nationalScope", "voluntary", "nonProfit", "nonPolitical"] as const;

/** The four self-declared facts, each with a plain yes or no (never a colour or icon alone). */
export function EligibilityList({ eligibility }: { eligibility: Eligibility }) {
  const { t } = useI18n();
  return (
    <ul class="eligibility">
      {eligibilityKeys.map((key) => (
        <li key={key} class={`eligibility-item ${eligibility[key] ? "yes" : "no"}`}>
          <span class="eligibility-mark" aria-hidden="true">
            {eligibility[key] ? "✓" : "✗"}
          </span>
          <span>{t(`eligibility.${key}`)}</span>
          <strong class="eligibility-answer">{eligibility[key] ? t("common.yes") : t("common.no")}</strong>
        </li>
      ))}
    </ul>
  );
}
