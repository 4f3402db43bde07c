import type { AgendaAssociation, AgendaItem } from "../../../common/agenda.js";
import { LoadState } from "../../components/LoadState.js";
import { Sentence } from "../../components/Sentence.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { manageHref } from "../associations/names.js";
import { fetchAgenda } from "./api.js";
import "./home.css";

/** «ما ينتظرك»: what waits for the signed-in person, each item with the link that settles it. */
export function AgendaSection() {
  const { t } = useI18n();
  const agenda = useResource(fetchAgenda, []);
  return (
    <section class="card agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t("agenda.title")}</h2>
      <LoadState resource={agenda}>
        {(data) => {
          const items = data.items.filter(isKnown);
          return items.length === 0 ? (
            <p class="muted">{t("agenda.empty")}</p>
          ) : (
            <ul class="agenda-list">
              {items.map((item) => (
                <AgendaEntry key={keyOf(item)} item={item} />
              ))}
            </ul>
          );
        }}
      </LoadState>
    </section>
  );
}

const knownKinds = new Set<AgendaItem["kind"]>([
  "applications_to_review",
  "information_requested",
  "charter_to_accept",
  "join_requests",
  "delegate_request",
  "invitation",
  "vote_to_cast",
  "debate_unread",
  "assembly_to_attend",
]);
/** An older client skips the kinds a newer server adds. */
const isKnown = (item: AgendaItem) => knownKinds.has(item.kind);

const keyOf = (item: AgendaItem) => {
  if (item.kind === "vote_to_cast") return `${item.kind}:${item.vote.id}:${item.association?.id ?? ""}`;
  if (item.kind === "assembly_to_attend") return `${item.kind}:${item.assembly.id}:${item.association.id}`;
  if ("association" in item) return `${item.kind}:${item.association.id}`;
  return "debate" in item ? `${item.kind}:${item.debate.id}` : item.kind;
};

function AssociationName({ association }: { association: AgendaAssociation }) {
  const { locale } = useI18n();
  return <>«{locale === "fr" && association.nameFr ? association.nameFr : association.nameAr}»</>;
}

function AgendaEntry({ item }: { item: AgendaItem }) {
  const { t, formatDate } = useI18n();
  switch (item.kind) {
    case "applications_to_review":
      return (
        <li>
          <span>{t("agenda.applicationsToReview", { count: item.count })}</span>
          <a class="button" href="/admin/applications?status=under_review">
            {t("agenda.review")}
          </a>
        </li>
      );
    case "information_requested":
      return (
        <li>
          <span>
            <Sentence
              template={t("agenda.informationRequested")}
              slots={{ association: <AssociationName association={item.association} /> }}
            />
          </span>
          <a class="button" href={manageHref(item.association.slug)}>
            {t("agenda.answer")}
          </a>
        </li>
      );
    case "charter_to_accept":
      return (
        <li>
          <span>
            <Sentence
              template={t("agenda.charterToAccept")}
              slots={{
                association: <AssociationName association={item.association} />,
                versions: item.versions.map((version) => `«${version.title}»`).join(t("agenda.and")),
              }}
            />
          </span>
          <a class="button" href={manageHref(item.association.slug)}>
            {t("agenda.readAndAccept")}
          </a>
        </li>
      );
    case "join_requests":
      return (
        <li>
          <span>
            <Sentence
              template={t("agenda.joinRequests", { count: item.count })}
              slots={{ association: <AssociationName association={item.association} /> }}
            />
          </span>
          <a class="button" href={manageHref(item.association.slug)}>
            {t("agenda.decide")}
          </a>
        </li>
      );
    case "delegate_request":
      return (
        <li>
          <span>
            <Sentence
              template={t("agenda.delegateRequest")}
              slots={{
                association: <AssociationName association={item.association} />,
                requester: item.requestedBy,
                candidate: item.candidate,
                date: formatDate(item.effectiveAt, "dayAndTime"),
              }}
            />
          </span>
          <a class="button" href={`${manageHref(item.association.slug)}#members`}>
            {t("agenda.delegateRequestOpen")}
          </a>
        </li>
      );
    case "debate_unread": {
      const debate = <>«{item.debate.title}»</>;
      return (
        <li>
          <span>
            {item.replies > 0 && (
              <Sentence template={t("agenda.debateReplies", { count: item.replies })} slots={{ debate }} />
            )}
            {item.replies > 0 && item.mentions > 0 && " "}
            {item.mentions > 0 && (
              <Sentence template={t("agenda.debateMentions", { count: item.mentions })} slots={{ debate }} />
            )}
          </span>
          <a class="button" href={`/debates/${encodeURIComponent(item.debate.id)}`}>
            {t("agenda.debateOpen")}
          </a>
        </li>
      );
    }
    case "invitation":
      return (
        <li>
          <span>
            <Sentence
              template={t("agenda.invitation")}
              slots={{
                association: <AssociationName association={item.association} />,
                inviter: item.invitedBy,
                date: formatDate(item.expiresAt),
              }}
            />
          </span>
        </li>
      );
    case "vote_to_cast":
      return (
        <li>
          <span>
            <Sentence
              template={t(item.association ? "agenda.voteToCastFor" : "agenda.voteToCast")}
              slots={{
                title: `«${item.vote.title}»`,
                association: item.association ? <AssociationName association={item.association} /> : "",
                date: item.vote.closesAt ? formatDate(item.vote.closesAt, "dayAndTime") : "",
              }}
            />
            {item.vote.closesAt && (
              <span class="muted">
                {" "}
                {t("agenda.voteCloses", { date: formatDate(item.vote.closesAt, "dayAndTime") })}
              </span>
            )}
          </span>
          <a class="button" href={`/votes/${item.vote.id}`}>
            {t("agenda.vote")}
          </a>
        </li>
      );
    case "assembly_to_attend":
      return (
        <li>
          <span>
            <Sentence
              template={t("agenda.assemblyToAttend")}
              slots={{
                title: `«${item.assembly.title}»`,
                association: <AssociationName association={item.association} />,
                date: formatDate(item.assembly.scheduledAt, "dayAndTime"),
              }}
            />
          </span>
          <a class="button" href={`/assemblies/${item.assembly.id}`}>
            {t("agenda.assembly")}
          </a>
        </li>
      );
  }
}
