import { useRoute } from "preact-iso";
import type { ProgrammeDetail, ProgrammeVoteState } from "../../../common/programmes.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import "../../i18n/programmes.js";
import "../../i18n/proposals.js";
import { DiffView } from "../proposals/DiffView.js";
import { fetchProgramme, putToVote, submitProgramme } from "./api.js";
import { ActionBadge, dayDate, ItemBadge, ProgressBar, StatusBadge } from "./parts.js";
import "../proposals/proposals.css";
import "./programmes.css";

/** A vote's state in words, with a link to it. */
function VoteLink({ vote }: { vote: ProgrammeVoteState | undefined }) {
  const { t } = useI18n();
  if (!vote) return null;
  return (
    <a class="no-print" href={`/votes/${vote.id}`}>
      {vote.status === "open" ? t("programme.voteOpen") : t("programme.voteSeen")}
    </a>
  );
}

function Actions({ programme, axis }: { programme: ProgrammeDetail; axis: ProgrammeDetail["axes"][number] }) {
  const { t, formatDate, formatNumber } = useI18n();
  const followed = programme.status === "adopted" && axis.state === "adopted";
  return (
    <ol class="programme-actions">
      {axis.actions.map((action, n) => (
        <li key={action.id} class="programme-action" id={`action-${action.id}`}>
          <h4>
            {axis.position + 1}.{n + 1} {action.title}
          </h4>
          <dl class="programme-facts">
            <dt>{t("progAction.objective")}</dt>
            <dd>{action.objective}</dd>
            <dt>{t("progAction.leads")}</dt>
            <dd>{action.leads.map((lead) => lead.name).join("، ")}</dd>
            {action.partners && (
              <>
                <dt>{t("progAction.partners")}</dt>
                <dd>{action.partners}</dd>
              </>
            )}
            <dt>{t("progAction.dates")}</dt>
            <dd>
              {t("programme.period", {
                from: formatDate(dayDate(action.startDate)),
                to: formatDate(dayDate(action.endDate)),
              })}
            </dd>
            {action.budget !== null && (
              <>
                <dt>{t("progAction.budget")}</dt>
                <dd>{t("progAction.budgetValue", { amount: formatNumber(action.budget) })}</dd>
              </>
            )}
            {action.indicators.length > 0 && (
              <>
                <dt>{t("progAction.indicators")}</dt>
                <dd>
                  <ul>
                    {action.indicators.map((indicator) => (
                      <li key={indicator}>{indicator}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          {followed && (
            <div class="programme-followup no-print">
              <p>
                <ActionBadge status={action.status} overdue={action.overdue} />
              </p>
              <ProgressBar value={action.progress} label={t("progAction.progressOf", { title: action.title })} />
              {action.droppedReason && <p>{t("progAction.droppedBecause", { reason: action.droppedReason })}</p>}
              {action.canUpdate && (
                <a class="button button-secondary" href={`/programmes/${programme.id}/actions/${action.id}/update`}>
                  {t("progAction.update")}
                </a>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

/** A programme: its document, the amendments and the votes, the moderators' steps; printable once adopted. */
export function ProgrammePage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const programme = useResource(() => fetchProgramme(id), [id]);
  const { t, formatDate } = useI18n();
  return (
    <LoadState resource={programme}>
      {(data) => {
        const { abilities } = data;
        const reload = programme.reload;
        return (
          <article class="stack programme-document">
            <PageHeading title={data.title} />
            <p class="programme-meta">
              <StatusBadge status={data.status} />{" "}
              {t("programme.period", {
                from: formatDate(dayDate(data.periodStart)),
                to: formatDate(dayDate(data.periodEnd)),
              })}
            </p>
            {data.decisionNumber && (
              <p class="programme-record">
                {t("programme.recorded")}{" "}
                <a href={`/decisions/${data.decisionNumber}`}>
                  <bdi dir="ltr">{data.decisionNumber}</bdi>
                </a>
                {data.adoptedAt && <> — {formatDate(data.adoptedAt)}</>}
              </p>
            )}
            <div class="programme-steps no-print">
              {abilities.edit && (
                <a class="button" href={`/programmes/${id}/edit`}>
                  {t("programme.edit")}
                </a>
              )}
              {abilities.submit && (
                <ConfirmButton
                  label={t("programme.submit")}
                  title={t("programme.submit")}
                  body={t("programme.submitBody")}
                  confirmLabel={t("programme.submit")}
                  action={() => submitProgramme(id)}
                  onDone={reload}
                />
              )}
              {abilities.amend && (
                <a class="button" href={`/programmes/${id}/amend`}>
                  {t("programme.amend")}
                </a>
              )}
              {abilities.voteWhole && (
                <ConfirmButton
                  label={t("programme.voteWhole")}
                  title={t("programme.voteWhole")}
                  body={t("programme.voteWholeBody")}
                  confirmLabel={t("programme.openVote")}
                  action={() => putToVote("whole", id)}
                  onDone={reload}
                />
              )}
              {data.voteId && <VoteLink vote={data.votes[data.voteId]} />}
              {data.status === "adopted" && (
                <>
                  <a class="button button-secondary" href={`/programmes/${id}/progress`}>
                    {t("programme.progressLink")}
                  </a>
                  <button type="button" class="button-quiet" onClick={() => window.print()}>
                    {t("programme.print")}
                  </button>
                </>
              )}
            </div>
            {data.committee.length > 0 && (
              <p class="muted no-print">
                {t("programme.committee", { names: data.committee.map((person) => person.name).join("، ") })}
              </p>
            )}
            {data.introductionHtml && <SanitizedHtml html={data.introductionHtml} />}
            {data.axes.length === 0 && <p class="empty">{t("programme.noAxes")}</p>}
            {data.axes
              .filter((axis) => data.status !== "adopted" || axis.state === "adopted")
              .map((axis) => (
                <section key={axis.id} class="programme-axis" aria-labelledby={`axis-${axis.id}`}>
                  <h2 id={`axis-${axis.id}`}>{t("programme.axis", { n: axis.position + 1, title: axis.title })}</h2>
                  {data.status !== "draft" && data.status !== "adopted" && (
                    <p class="no-print">
                      <ItemBadge state={axis.state} /> {axis.voteId && <VoteLink vote={data.votes[axis.voteId]} />}
                    </p>
                  )}
                  {abilities.putToVote && axis.state === "proposed" && (
                    <ConfirmButton
                      label={t("programme.voteAxis")}
                      title={t("programme.voteAxis")}
                      body={t("programme.voteAxisBody", { title: axis.title })}
                      confirmLabel={t("programme.openVote")}
                      action={() => putToVote("axis", axis.id)}
                      onDone={reload}
                    />
                  )}
                  {axis.descriptionHtml && <SanitizedHtml html={axis.descriptionHtml} />}
                  <Actions programme={data} axis={axis} />
                </section>
              ))}
            {data.amendments.length > 0 && (
              <section class="stack no-print" aria-labelledby="programme-amendments">
                <h2 id="programme-amendments">{t("programme.amendments")}</h2>
                <ul class="programme-amendments">
                  {data.amendments.map((amendment) => (
                    <li key={amendment.id} class="card">
                      <p>
                        <ItemBadge state={amendment.state} />{" "}
                        {t("programme.amendmentBy", {
                          association: amendment.association.name,
                          target: amendment.targetTitle ?? t("programme.introduction"),
                        })}
                      </p>
                      <DiffView parts={amendment.diff} />
                      {amendment.rationale && <p>{amendment.rationale}</p>}
                      {amendment.outdated && <p class="notice">{t("programme.outdated")}</p>}
                      {amendment.voteId && <VoteLink vote={data.votes[amendment.voteId]} />}
                      {abilities.putToVote && amendment.state === "proposed" && (
                        <ConfirmButton
                          label={t("programme.voteAmendment")}
                          title={t("programme.voteAmendment")}
                          body={t("programme.voteAmendmentBody")}
                          confirmLabel={t("programme.openVote")}
                          action={() => putToVote("amendment", amendment.id)}
                          onDone={reload}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </article>
        );
      }}
    </LoadState>
  );
}
