import "../../i18n/votes.js";
import type { AgendaItem } from "../../../common/agenda.js";
import type { VoteSummary } from "../../../common/votes.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { fetchVotes, fetchWaiting } from "./api.js";
import { percent, voteHref } from "./format.js";
import "./votes.css";

type Waiting = Extract<AgendaItem, { kind: "vote_to_cast" }>;

/** «التصويتات»: the votes waiting for my ballot first, then open, upcoming and closed ones. */
export function VotesPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const moderator = user?.role === "moderator" || user?.role === "admin";
  const lists = useResource(async () => {
    const [waiting, open, closed, drafts] = await Promise.all([
      user ? fetchWaiting() : Promise.resolve([] as Waiting[]),
      fetchVotes("open"),
      fetchVotes("closed"),
      moderator ? fetchVotes("draft") : Promise.resolve(null),
    ]);
    return { waiting, open: open.items, closed: closed.items, drafts: drafts?.items ?? [] };
  }, [user?.id, moderator]);

  return (
    <div class="stack votes-page">
      <PageHeading title={t("votes.title")} />
      <p class="lead">{t("votes.intro")}</p>
      {moderator && (
        <p class="actions">
          <a class="button" href="/votes/new">
            {t("votes.new")}
          </a>
        </p>
      )}
      <LoadState resource={lists}>
        {({ waiting, open, closed, drafts }) => {
          const waitingIds = new Set(waiting.map((item) => item.vote.id));
          const upcoming = [...drafts].sort((a, b) => (a.opensAt ?? "~").localeCompare(b.opensAt ?? "~"));
          return (
            <>
              {waiting.length > 0 && (
                <section class="card votes-waiting" aria-labelledby="votes-waiting-title">
                  <h2 id="votes-waiting-title">{t("votes.waiting")}</h2>
                  <ul class="vote-list">
                    {waiting.map((item) => (
                      <li key={`${item.vote.id}:${item.association?.id ?? ""}`} class="vote-item">
                        <a href={voteHref(item.vote.id)} class="vote-item-title">
                          <bdi>{item.vote.title}</bdi>
                        </a>
                        {item.association && (
                          <span class="muted">{t("votes.waitingFor", { name: item.association.nameAr })}</span>
                        )}
                        {item.vote.closesAt && <Dates closesAt={item.vote.closesAt} />}
                        <a class="button" href={voteHref(item.vote.id)}>
                          {t("votes.vote")}
                        </a>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              <VoteList
                id="votes-open"
                title={t("votes.open")}
                votes={open.filter((vote) => !waitingIds.has(vote.id))}
                empty={waiting.length > 0 ? t("votes.noOtherOpen") : t("votes.none")}
              />
              {moderator && <VoteList id="votes-upcoming" title={t("votes.upcoming")} votes={upcoming} />}
              <VoteList id="votes-closed" title={t("votes.closed")} votes={closed} />
            </>
          );
        }}
      </LoadState>
    </div>
  );
}

function Dates({ opensAt, closesAt }: { opensAt?: string | null; closesAt?: string | null }) {
  const { t, formatDate } = useI18n();
  return (
    <span class="vote-dates">
      {opensAt && <span>{t("votes.opensAt", { date: formatDate(opensAt, "dayAndTime") })}</span>}
      {closesAt && <span>{t("votes.closesAt", { date: formatDate(closesAt, "dayAndTime") })}</span>}
    </span>
  );
}

function VoteList({
  id,
  title,
  votes,
  empty,
}: {
  id: string;
  title: string;
  votes: VoteSummary[];
  /** What an empty list says (by default: no vote here). */
  empty?: string;
}) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {votes.length === 0 ? (
        <p class="muted">{empty ?? t("votes.none")}</p>
      ) : (
        <ul class="vote-list">
          {votes.map((vote) => (
            <li key={vote.id} class="vote-item">
              <a href={voteHref(vote.id)} class="vote-item-title">
                <bdi>{vote.title}</bdi>
              </a>
              <span class="badges">
                <span class={`badge vote-status vote-status-${vote.status}`}>{t(`votes.status.${vote.status}`)}</span>
                <span class="badge">{t(`votes.method.${vote.method}`)}</span>
              </span>
              {vote.status === "closed" && vote.closedAt ? (
                <span class="vote-dates">{t("votes.closedAt", { date: formatDate(vote.closedAt, "dayAndTime") })}</span>
              ) : (
                <Dates opensAt={vote.status === "draft" ? vote.opensAt : null} closesAt={vote.closesAt} />
              )}
              {vote.electorateSize ? (
                <span class="muted">
                  {t("votes.participation.count", {
                    cast: vote.cast,
                    size: vote.electorateSize,
                    percent: percent(vote.cast / vote.electorateSize, i18n),
                  })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
