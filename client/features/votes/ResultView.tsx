import type { VoteOption, VoteResult } from "../../../common/tally.js";
import { type I18n, useI18n } from "../../i18n/index.js";
import { percent } from "./format.js";

type Bar = { key: string; label: string; count: number; share: number };

/**
 * A horizontal bar chart in SVG: a title and a description that says every value, each bar labelled
 * with its value too. The bars start from the reading side (right in Arabic), so the page's direction
 * and the chart's agree.
 */
export function BarChart({ id, bars }: { id: string; bars: Bar[] }) {
  const i18n = useI18n();
  const { t, locale, formatNumber } = i18n;
  const rtl = locale === "ar";
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const rowHeight = 28;
  const height = bars.length * rowHeight;
  const values = bars
    .map((bar) => t("votes.result.figure", { label: bar.label, count: bar.count, percent: percent(bar.share, i18n) }))
    .join(locale === "ar" ? "؛ " : " ; ");
  return (
    <figure class="vote-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 100 ${height}`}
        preserveAspectRatio="none"
        width="100%"
        height={height}
      >
        <title id={`${id}-title`}>{t("votes.result.chartTitle")}</title>
        <desc id={`${id}-desc`}>{t("votes.result.chartDesc", { values })}</desc>
        {bars.map((bar, index) => {
          const width = (bar.count / max) * 100;
          return (
            <rect
              key={bar.key}
              class={`vote-bar vote-bar-${bar.key}`}
              x={rtl ? 100 - width : 0}
              y={index * rowHeight + 4}
              width={width}
              height={rowHeight - 8}
              rx={1}
            />
          );
        })}
      </svg>
      <ul class="vote-chart-values">
        {bars.map((bar) => (
          <li key={bar.key}>
            <bdi>{bar.label}</bdi>: {formatNumber(bar.count)} ({percent(bar.share, i18n)})
          </li>
        ))}
      </ul>
    </figure>
  );
}

function faaBars(result: VoteResult, t: I18n["t"]): Bar[] {
  const f = result.figures ?? { for: 0, against: 0, abstain: 0 };
  const share = (n: number) => (result.cast > 0 ? n / result.cast : 0);
  return (["for", "against", "abstain"] as const).map((key) => ({
    key,
    label: t(`votes.ballot.${key}`),
    count: f[key],
    share: share(f[key]),
  }));
}

/** The result with its rule, its quorum and its figures, as the forum publishes it. */
export function ResultView({
  result,
  options,
  provisional,
}: {
  result: VoteResult;
  options: VoteOption[];
  provisional: boolean;
}) {
  const i18n = useI18n();
  const { t, formatNumber, locale } = i18n;
  const label = (id: string) => options.find((option) => option.id === id)?.label ?? id;
  const faa = result.method === "for_against_abstain";
  const bars = faa
    ? faaBars(result, t)
    : (result.options ?? []).map((option, index) => ({
        key: `o${index}`,
        label: option.label,
        count: option.count,
        share: option.share,
      }));
  const { quorum, majority } = result;
  const outcome =
    result.outcome === "elected"
      ? t("votes.result.outcome.elected", { winner: label(result.winners[0] ?? "") })
      : result.outcome === "tie"
        ? t("votes.result.outcome.tie", { winners: result.winners.map(label).join(locale === "ar" ? "، " : ", ") })
        : result.outcome === "rejected" && !faa
          ? t("votes.result.outcome.rejectedOptions")
          : t(`votes.result.outcome.${result.outcome}`);

  return (
    <section class="card vote-result" aria-labelledby="vote-result-title">
      <h2 id="vote-result-title">{provisional ? t("votes.result.liveTitle") : t("votes.result.title")}</h2>
      {provisional ? (
        <p class="muted">{t("votes.result.provisional")}</p>
      ) : (
        <p class={`vote-outcome vote-outcome-${result.outcome}`}>
          <strong>{outcome}</strong>
        </p>
      )}
      {result.method === "ranked" && <h3>{t("votes.result.firstPreferences")}</h3>}
      <BarChart id="vote-chart" bars={bars} />
      <ul class="vote-checks">
        <li>
          {result.electorateSize > 0
            ? t("votes.participation.count", {
                cast: result.cast,
                size: result.electorateSize,
                percent: percent(result.participation, i18n),
              })
            : t("votes.participation.countOnly", { cast: result.cast })}
        </li>
        <li>
          {quorum.required === null
            ? t("votes.result.noQuorum")
            : t(quorum.reached ? "votes.result.quorumReached" : "votes.result.quorumMissed", {
                cast: result.cast,
                required: quorum.required,
              })}
        </li>
        <li>
          {t("votes.result.rule", { rule: t(`votes.rule.${majority.rule}`) })}{" "}
          {t(majority.reached ? "votes.result.majorityReached" : "votes.result.majorityMissed", {
            count: majority.count,
            needed: majority.needed,
          })}
        </li>
      </ul>
      {result.schulze && (
        <SchulzeTables
          ids={options.map((option) => option.id)}
          label={label}
          schulze={result.schulze}
          formatNumber={formatNumber}
          provisional={provisional}
        />
      )}
    </section>
  );
}

function SchulzeTables({
  ids,
  label,
  schulze,
  formatNumber,
  provisional,
}: {
  provisional: boolean;
  ids: string[];
  label: (id: string) => string;
  schulze: NonNullable<VoteResult["schulze"]>;
  formatNumber: (value: number) => string;
}) {
  const { t } = useI18n();
  // Columns are headed by the options' numbers (their names are in the rows, numbered alike), so
  // that the matrix fits a phone; a screen reader hears each column's full name.
  const matrix = (key: "pairwise" | "strongest", title: string, caption: string) => (
    <div class="vote-matrix-block">
      <p id={`vote-matrix-${key}`} class="vote-matrix-caption">
        <strong>{title}</strong> {caption}
      </p>
      <div class="table-scroll">
        <table class="vote-matrix" aria-labelledby={`vote-matrix-${key}`}>
          <thead>
            <tr>
              <th scope="col">{t("votes.schulze.row")}</th>
              {ids.map((id, j) => (
                <th key={id} scope="col">
                  <span aria-hidden="true">{formatNumber(j + 1)}</span>
                  <span class="visually-hidden">{label(id)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((row, i) => (
              <tr key={row}>
                <th scope="row" class="vote-matrix-row">
                  <span aria-hidden="true">{formatNumber(i + 1)}. </span>
                  <bdi>{label(row)}</bdi>
                </th>
                {ids.map((column, j) => {
                  const value = schulze[key][i]?.[j] ?? 0;
                  const wins = i !== j && value > (schulze[key][j]?.[i] ?? 0);
                  return i === j ? (
                    <td key={column} class="vote-matrix-self">
                      —
                    </td>
                  ) : (
                    <td key={column} class={wins ? "vote-matrix-win" : undefined}>
                      {formatNumber(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
  return (
    <div class="vote-schulze">
      <h3>{provisional ? t("votes.schulze.rankingLive") : t("votes.schulze.ranking")}</h3>
      <ol class="vote-ranking">
        {schulze.ranking.map((group) => (
          <li key={group.join()}>
            {group.map((id) => (
              <bdi key={id} class="vote-ranking-item">
                {label(id)}
              </bdi>
            ))}
            {group.length > 1 && <span class="badge">{t("votes.schulze.tied")}</span>}
          </li>
        ))}
      </ol>
      {matrix("pairwise", t("votes.schulze.matrixTitle"), t("votes.schulze.matrixCaption"))}
      {matrix("strongest", t("votes.schulze.strongestTitle"), t("votes.schulze.strongestCaption"))}
    </div>
  );
}
