import type { BallotChoice, VoteOption } from "../../../common/tally.js";
import type { I18n } from "../../i18n/index.js";

/** A share (0..1) as a percentage in the interface's digits: «٤٢٫٥٪», «42,5 %». */
export function percent(share: number, { formatNumber }: I18n): string {
  return formatNumber(share, { style: "percent", maximumFractionDigits: 1 });
}

/** A ballot's choice in words, for the receipt check and the list of who voted what. */
export function choiceText(choice: BallotChoice, options: VoteOption[], { t, locale, formatNumber }: I18n): string {
  const comma = locale === "ar" ? "، " : ", ";
  const label = (id: string) => options.find((option) => option.id === id)?.label ?? "?";
  switch (choice.method) {
    case "for_against_abstain":
      return t(`votes.ballot.${choice.choice}`);
    case "single":
      return choice.optionId === null ? t("votes.ballot.blank") : label(choice.optionId);
    case "approval":
      return choice.optionIds.length === 0 ? t("votes.ballot.blank") : choice.optionIds.map(label).join(comma);
    case "ranked":
      return choice.ranking.length === 0
        ? t("votes.ballot.blank")
        : choice.ranking.map((id, i) => `${formatNumber(i + 1)}. ${label(id)}`).join(comma);
  }
}

export const voteHref = (id: string) => `/votes/${encodeURIComponent(id)}`;
