import type { VoteDetail } from "../../../common/votes.js";
import { LoadState } from "../../components/LoadState.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchOpenBallots } from "./api.js";
import { choiceText } from "./format.js";

/** «من صوّت وبماذا»: an open (not secret) vote, once closed. */
export function OpenBallots({ vote }: { vote: VoteDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ballots = useResource(() => fetchOpenBallots(vote.id), [vote.id]);
  return (
    <section class="card vote-open-ballots" aria-labelledby="open-ballots-title">
      <h2 id="open-ballots-title">{t("votes.openBallots.title")}</h2>
      <LoadState resource={ballots}>
        {(rows) =>
          rows.length === 0 ? (
            <p class="muted">{t("votes.none")}</p>
          ) : (
            <ul class="vote-open-list">
              {rows.map((row) => (
                <li key={row.voterKey}>
                  <bdi class="vote-voter">{row.name}</bdi>: <bdi>{choiceText(row.choice, vote.options, i18n)}</bdi>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
