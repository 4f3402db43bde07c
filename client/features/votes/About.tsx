import type { VoteDetail } from "../../../common/votes.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { useI18n } from "../../i18n/index.js";
import { percent } from "./format.js";

/** How the vote works, in plain words: question, options, who votes, quorum, majority, secrecy. */
export function About({ vote }: { vote: VoteDetail }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const faa = vote.method === "for_against_abstain";
  const size = vote.electorateSize;
  const required = vote.quorum !== null && size !== null ? Math.ceil(vote.quorum * size - 1e-9) : null;
  const schedule = [
    vote.openedAt
      ? t("votes.openedAt", { date: formatDate(vote.openedAt, "dayAndTime") })
      : vote.opensAt
        ? t("votes.opensAt", { date: formatDate(vote.opensAt, "dayAndTime") })
        : null,
    vote.closedAt
      ? t("votes.closedAt", { date: formatDate(vote.closedAt, "dayAndTime") })
      : vote.closesAt
        ? t("votes.closesAt", { date: formatDate(vote.closesAt, "dayAndTime") })
        : null,
  ].filter((line): line is string => line !== null);

  return (
    <section class="card vote-about" aria-labelledby="vote-about-title">
      <h2 id="vote-about-title">{t("votes.about.title")}</h2>
      {vote.descriptionHtml && (
        <div class="vote-description">
          <SanitizedHtml html={vote.descriptionHtml} />
        </div>
      )}
      <dl class="facts">
        {!faa && (
          <div>
            <dt>{t("votes.about.options")}</dt>
            <dd>
              <ul class="vote-options">
                {vote.options.map((option) => (
                  <li key={option.id}>
                    <bdi>{option.label}</bdi>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{t("votes.about.method")}</dt>
          <dd>
            <strong>{t(`votes.method.${vote.method}`)}</strong>
            <p>
              {vote.method === "approval"
                ? vote.maxChoices
                  ? t("votes.explain.method.approval", { max: vote.maxChoices })
                  : t("votes.explain.method.approvalAny")
                : t(`votes.explain.method.${vote.method}`)}
            </p>
          </dd>
        </div>
        <div>
          <dt>{t("votes.about.electorate")}</dt>
          <dd>
            <p>{t(`votes.explain.electorate.${vote.electorate}`)}</p>
            {size !== null && <p>{t("votes.explain.electorateSize", { size })}</p>}
          </dd>
        </div>
        <div>
          <dt>{t("votes.about.quorum")}</dt>
          <dd>
            {vote.quorum === null ? (
              <p>{t("votes.explain.noQuorum")}</p>
            ) : (
              <>
                <p>{t("votes.explain.quorum", { share: percent(vote.quorum, i18n) })}</p>
                {required !== null && size !== null && <p>{t("votes.explain.quorumRequired", { required, size })}</p>}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("votes.about.majority")}</dt>
          <dd>
            <strong>{t(`votes.rule.${vote.majority}`)}</strong>
            <p>{t(`votes.explain.majority.${faa ? "faa" : "options"}.${vote.majority}`)}</p>
            {vote.method === "ranked" && <p>{t("votes.explain.majority.rankedNote")}</p>}
          </dd>
        </div>
        <div>
          <dt>{t("votes.about.secrecy")}</dt>
          <dd>{t(`votes.explain.secrecy.${vote.secrecy}`)}</dd>
        </div>
        <div>
          <dt>{t("votes.about.results")}</dt>
          <dd>{t(`votes.explain.results.${vote.secrecy === "secret" ? "at_close" : vote.results}`)}</dd>
        </div>
        {schedule.length > 0 && (
          <div>
            <dt>{t("votes.about.schedule")}</dt>
            <dd>
              {schedule.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </dd>
          </div>
        )}
      </dl>
      <p class="muted">{vote.formal ? t("votes.about.formal") : t("votes.about.informal")}</p>
    </section>
  );
}
