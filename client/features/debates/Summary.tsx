import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { useI18n } from "../../i18n/index.js";
import { StanceBadge } from "./Badges.js";
import { replyAnchor } from "./names.js";
import { type DebateSummaryCounts, type Reply, stances } from "./types.js";

/**
 * «خلاصة المواقف»: how many replies take each stance, as bars that read as numbers (a meter per
 * stance, labelled with its count), and the most-endorsed argument on each side.
 */
export function Summary({ summary }: { summary: DebateSummaryCounts }) {
  const { t, formatNumber } = useI18n();
  const total = stances.reduce((sum, stance) => sum + summary.counts[stance], 0);
  return (
    <section class="card debate-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t("debate.summary")}</h2>
      <ul class="stance-bars">
        {stances.map((stance) => {
          const count = summary.counts[stance];
          const label = t("debate.summaryCount", { stance: t(`stance.${stance}`), count });
          return (
            <li key={stance} class={`stance-bar stance-${stance}`}>
              <span class="stance-bar-label" id={`bar-${stance}`}>
                {t(`stance.${stance}`)}
              </span>
              <meter
                min={0}
                max={Math.max(total, 1)}
                value={count}
                aria-labelledby={`bar-${stance}`}
                aria-valuetext={label}
                title={label}
              />
              <span class="stance-bar-count" aria-hidden="true">
                {formatNumber(count)}
              </span>
            </li>
          );
        })}
      </ul>
      <div class="top-arguments">
        <TopArgument title={t("debate.topFor")} reply={summary.topFor} />
        <TopArgument title={t("debate.topAgainst")} reply={summary.topAgainst} />
      </div>
    </section>
  );
}

function TopArgument({ title, reply }: { title: string; reply: Reply | null }) {
  const { t } = useI18n();
  return (
    <div class="top-argument">
      <h3>{title}</h3>
      {reply?.bodyHtml ? (
        <>
          <p class="muted">
            <StanceBadge stance={reply.stance} /> <bdi>{reply.author?.name}</bdi> ·{" "}
            {t("reply.endorseCount", { count: reply.endorsementCount })}
          </p>
          <div class="top-argument-body">
            <SanitizedHtml html={reply.bodyHtml} />
          </div>
          <a href={`#${replyAnchor(reply.id)}`}>{t("moderation.open")}</a>
        </>
      ) : (
        <p class="muted">{t("debate.noTop")}</p>
      )}
    </div>
  );
}
