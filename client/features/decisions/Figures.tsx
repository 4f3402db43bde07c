import type { VoteResult } from "../../../common/tally.js";
import { useI18n } from "../../i18n/index.js";

/**
 * A recorded vote's figures in words: ballots cast, participation, for / against / abstain or each
 * option's count, the majority and the quorum reached or not. The record keeps them as the tally gave
 * them; only what a reader needs is shown (the canonical text below holds everything).
 */
export function Figures({ figures }: { figures: Record<string, unknown> }) {
  const { t, formatNumber } = useI18n();
  const result = figures as Partial<VoteResult>;
  const percent = (share: number) => formatNumber(share, { style: "percent", maximumFractionDigits: 1 });
  const rows: [string, string][] = [];
  if (typeof result.cast === "number") rows.push([t("decisions.figure.cast"), formatNumber(result.cast)]);
  if (typeof result.participation === "number") {
    rows.push([t("decisions.figure.participation"), percent(result.participation)]);
  }
  if (result.figures) {
    rows.push([t("decisions.figure.for"), formatNumber(result.figures.for)]);
    rows.push([t("decisions.figure.against"), formatNumber(result.figures.against)]);
    rows.push([t("decisions.figure.abstain"), formatNumber(result.figures.abstain)]);
  }
  for (const option of result.options ?? []) {
    rows.push([option.label, `${formatNumber(option.count)} (${percent(option.share)})`]);
  }
  if (result.majority) {
    const { count, needed, reached } = result.majority;
    rows.push([
      t("decisions.figure.majority"),
      t(reached ? "decisions.figure.reached" : "decisions.figure.notReached", {
        count: formatNumber(count),
        needed: formatNumber(needed),
      }),
    ]);
  }
  if (result.quorum && result.quorum.required !== null) {
    rows.push([
      t("decisions.figure.quorum"),
      t(result.quorum.reached ? "decisions.figure.quorumReached" : "decisions.figure.quorumMissed", {
        required: formatNumber(result.quorum.required),
      }),
    ]);
  }
  if (rows.length === 0) return null;
  return (
    <table class="decision-figures">
      <caption>{t("decisions.figures")}</caption>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">
              <bdi>{name}</bdi>
            </th>
            <td>
              <bdi>{value}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
