import "../../i18n/votes.js";
import type { VoteDetail } from "../../../common/votes.js";
import { ApiRequestError } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { NotFoundPage } from "../shell/NotFoundPage.js";
import { About } from "./About.js";
import { fetchVote } from "./api.js";
import { BallotSection } from "./BallotSection.js";
import { percent } from "./format.js";
import { type LiveVote, useLiveVote } from "./live.js";
import { ManageSection } from "./ManageSection.js";
import { OpenBallots } from "./OpenBallots.js";
import { ReceiptCheck } from "./ReceiptCheck.js";
import { ResultView } from "./ResultView.js";
import "./votes.css";

/** One vote: how it works, the ballot, the live participation, the result, and a moderator's steps. */
export function VotePage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const vote = useResource(() => fetchVote(id), [id, user?.id]);
  const watched = vote.data?.status === "open" || vote.data?.status === "closed";
  const live = useLiveVote(id, Boolean(user) && watched, vote.reload);

  if (vote.status === "failed" && vote.error instanceof ApiRequestError && vote.error.code === "NOT_FOUND") {
    return <NotFoundPage />;
  }
  return (
    <div class="stack vote-page">
      <p>
        <a href="/votes">{t("votes.back")}</a>
      </p>
      <LoadState resource={vote}>
        {(data) => (
          <VoteBody vote={data} live={live} signedIn={Boolean(user)} onChange={vote.set} reload={vote.reload} />
        )}
      </LoadState>
    </div>
  );
}

function VoteBody({
  vote,
  live,
  signedIn,
  onChange,
  reload,
}: {
  vote: VoteDetail;
  live: LiveVote | null;
  signedIn: boolean;
  onChange: (vote: VoteDetail) => void;
  reload: () => void;
}) {
  const { t } = useI18n();
  // The live count is fresher than the page's own read, as long as both speak of the same state.
  const sameState = live && live.status === vote.status;
  const cast = sameState ? live.cast : vote.cast;
  const result = vote.status === "closed" ? vote.result : sameState && live.result ? live.result : vote.result;
  return (
    <>
      <header class="vote-head">
        <PageHeading title={vote.title} />
        <p class="badges">
          <span class={`badge vote-status vote-status-${vote.status}`}>{t(`votes.status.${vote.status}`)}</span>
          <span class="badge">{t(`votes.method.${vote.method}`)}</span>
        </p>
      </header>
      {vote.status !== "draft" && vote.status !== "cancelled" && (
        <Participation
          cast={cast}
          electorateSize={vote.electorateSize}
          live={vote.status === "open" && Boolean(live?.watching)}
        />
      )}
      {vote.status === "open" && vote.abilities.vote && <BallotSection vote={vote} onCast={reload} />}
      {vote.status === "open" && !vote.abilities.vote && (
        <p class="notice">{signedIn ? t("votes.ballot.notHeld") : t("votes.ballot.signIn")}</p>
      )}
      {result && vote.abilities.seeResult ? (
        <ResultView result={result} options={vote.options} provisional={vote.status !== "closed"} />
      ) : (
        vote.status === "open" && <p class="muted">{t("votes.result.hidden")}</p>
      )}
      <ManageSection vote={vote} onChange={onChange} />
      <About vote={vote} />
      {(vote.status === "open" || vote.status === "closed") && <ReceiptCheck vote={vote} />}
      {vote.status === "closed" && vote.secrecy === "open" && <OpenBallots vote={vote} />}
    </>
  );
}

/** «المشاركة»: how many have voted out of the electorate, kept live while the page is open. */
function Participation({ cast, electorateSize, live }: { cast: number; electorateSize: number | null; live: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const share = electorateSize ? cast / electorateSize : 0;
  return (
    <section class="card vote-participation" aria-labelledby="participation-title">
      <h2 id="participation-title">{t("votes.participation.title")}</h2>
      <p aria-live="polite" data-testid="participation">
        {electorateSize
          ? t("votes.participation.count", { cast, size: electorateSize, percent: percent(share, i18n) })
          : t("votes.participation.countOnly", { cast })}
      </p>
      {electorateSize ? (
        <progress class="vote-progress" max={electorateSize} value={cast} aria-labelledby="participation-title" />
      ) : null}
      {live && <p class="muted">{t("votes.participation.live")}</p>}
    </section>
  );
}
