import { useRoute } from "preact-iso";
import type { ProposalAmendment, ProposalAssociation, ProposalDetail } from "../../../common/proposals.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { type Resource, useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import "../../i18n/proposals.js";
import { TextDialogButton } from "../admin/TextDialogButton.js";
import { fetchMyAssociations } from "../associations/api.js";
import { useSession } from "../auth/session.js";
import { amendmentStep, fetchProposal, proposalStep, signProposal, unsignProposal } from "./api.js";
import { DiffView } from "./DiffView.js";
import { useLiveProposal } from "./live.js";
import { AmendmentBadge, StateBadge } from "./StateBadge.js";
import "./proposals.css";

function useAssociationName() {
  const { locale } = useI18n();
  return (a: Pick<ProposalAssociation, "nameAr" | "nameFr">) => (locale === "fr" && a.nameFr ? a.nameFr : a.nameAr);
}

/** A proposal: its text and version, sponsors, state and timeline, amendments, and what the viewer may do. */
export function ProposalPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const { user } = useSession();
  const proposal = useResource(() => fetchProposal(id), [id, user?.id]);
  useLiveProposal(id, Boolean(user) && proposal.data !== undefined, proposal.reload);
  return <LoadState resource={proposal}>{(data) => <ProposalView proposal={data} resource={proposal} />}</LoadState>;
}

function ProposalView({ proposal, resource }: { proposal: ProposalDetail; resource: Resource<ProposalDetail> }) {
  const { t } = useI18n();
  const name = useAssociationName();
  const update = (next: ProposalDetail) => resource.set(next);
  return (
    <article class="stack proposal-page">
      <header class="stack-small">
        <PageHeading title={proposal.title}>
          <bdi>{proposal.title}</bdi>
        </PageHeading>
        <p class="proposal-meta">
          <StateBadge state={proposal.state} />{" "}
          <span>
            {t("proposals.by", { association: name(proposal.association) })} ·{" "}
            {t("proposal.writtenBy", { name: proposal.createdBy.name })} ·{" "}
            {t("proposals.version", { number: proposal.currentVersion })}
          </span>
        </p>
        {proposal.inadmissibleReason && (
          <p class="notice notice-warning">
            {t("proposal.inadmissibleReason", { reason: proposal.inadmissibleReason })}
          </p>
        )}
      </header>
      <ProposalActions proposal={proposal} onChange={update} />
      <section aria-labelledby="proposal-text" class="card">
        <h2 id="proposal-text">{t("proposal.text")}</h2>
        <SanitizedHtml html={proposal.bodyHtml} />
        <p>
          <a href={`/proposals/${proposal.id}/versions`}>{t("proposal.versionsLink")}</a>
        </p>
      </section>
      <Links proposal={proposal} />
      <Sponsors proposal={proposal} onChange={update} />
      <Amendments proposal={proposal} onChange={update} />
      <Timeline proposal={proposal} />
    </article>
  );
}

function ProposalActions({ proposal, onChange }: { proposal: ProposalDetail; onChange: (p: ProposalDetail) => void }) {
  const { t } = useI18n();
  const a = proposal.abilities;
  const step = (name: Parameters<typeof proposalStep>[1], body?: Record<string, unknown>) => async () =>
    onChange(await proposalStep(proposal.id, name, body));
  const any = a.edit || a.submit || a.withdraw || a.admit || a.declareInadmissible || a.putToVote || a.amend;
  if (!any) return null;
  return (
    <section aria-labelledby="proposal-actions" class="card">
      <h2 id="proposal-actions" class="visually-hidden">
        {t("proposal.actions")}
      </h2>
      <div class="row-actions proposal-actions">
        {a.edit && (
          <a class="button button-secondary" href={`/proposals/${proposal.id}/edit`}>
            {t("proposalForm.edit")}
          </a>
        )}
        {a.submit && (
          <ConfirmButton
            label={t("proposal.submit")}
            title={t("proposal.submit")}
            body={t("proposal.submitConfirm")}
            confirmLabel={t("proposal.confirm")}
            action={step("submit")}
          />
        )}
        {a.admit && (
          <ConfirmButton
            label={t("proposal.admit")}
            title={t("proposal.admit")}
            body={t("proposal.admitConfirm")}
            confirmLabel={t("proposal.confirm")}
            action={step("admit")}
          />
        )}
        {a.putToVote && (
          <ConfirmButton
            label={t("proposal.putToVote")}
            title={t("proposal.putToVote")}
            body={t("proposal.putToVoteConfirm")}
            confirmLabel={t("proposal.confirm")}
            action={step("vote")}
          />
        )}
        {a.amend && (
          <a class="button button-secondary" href={`/proposals/${proposal.id}/amend`}>
            {t("proposal.amend")}
          </a>
        )}
        {a.withdraw && (
          <TextDialogButton
            label={t("proposal.withdraw")}
            title={t("proposal.withdraw")}
            body={t("proposal.withdrawConfirm")}
            fieldLabel={t("proposal.withdrawReason")}
            required={false}
            confirmLabel={t("proposal.confirm")}
            danger
            textPath="reason"
            action={(reason) => step("withdraw", reason ? { reason } : {})()}
          />
        )}
        {a.declareInadmissible && (
          <TextDialogButton
            label={t("proposal.inadmissible")}
            title={t("proposal.inadmissible")}
            body={t("proposal.inadmissibleConfirm")}
            fieldLabel={t("proposal.reason")}
            required
            confirmLabel={t("proposal.confirm")}
            danger
            textPath="reason"
            action={(reason) => step("inadmissible", { reason })()}
          />
        )}
      </div>
    </section>
  );
}

function Links({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useI18n();
  if (!proposal.debateId && !proposal.voteId && !proposal.decision) return null;
  return (
    <ul class="plain-list proposal-links card">
      {proposal.debateId && (
        <li>
          <a href={`/debates/${proposal.debateId}`}>{t("proposal.discussionLink")}</a>
        </li>
      )}
      {proposal.voteId && (
        <li>
          <a href={`/votes/${proposal.voteId}`}>{t("proposal.voteLink")}</a>
        </li>
      )}
      {proposal.decision && (
        <li>
          <a href={`/decisions/${proposal.decision.number}`}>
            {t("proposal.decisionLink", { number: proposal.decision.number })}
          </a>
        </li>
      )}
    </ul>
  );
}

function Sponsors({ proposal, onChange }: { proposal: ProposalDetail; onChange: (p: ProposalDetail) => void }) {
  const { t } = useI18n();
  const name = useAssociationName();
  const { user } = useSession();
  const mine = useResource(() => (user ? fetchMyAssociations() : Promise.resolve([])), [user?.id]);
  const myName = (associationId: string) => {
    const found = mine.data?.find((m) => m.association.id === associationId);
    return found ? name(found.association) : "";
  };
  const { signAs, unsignAs } = proposal.abilities;
  return (
    <section aria-labelledby="proposal-sponsors" class="card stack-small">
      <h2 id="proposal-sponsors">{t("proposal.sponsors")}</h2>
      {proposal.state === "submitted" && proposal.sponsors.length < proposal.minSponsors && (
        <p class="muted">
          {t("proposal.sponsorsNeeded", { required: proposal.minSponsors, count: proposal.sponsors.length })}
        </p>
      )}
      {proposal.sponsors.length === 0 ? (
        <p>{t("proposal.noSponsors")}</p>
      ) : (
        <ul class="plain-list">
          {proposal.sponsors.map((s) => (
            <li key={s.association.id}>
              <a href={`/associations/${s.association.slug}`}>{name(s.association)}</a>{" "}
              <span class="muted">({t("proposal.signedBy", { name: s.signedBy.name })})</span>
            </li>
          ))}
        </ul>
      )}
      {(signAs.length > 0 || unsignAs.length > 0) && (
        <div class="row-actions">
          {signAs.map((associationId) => (
            <ConfirmButton
              key={`sign-${associationId}`}
              label={t("proposal.sign", { association: myName(associationId) })}
              title={t("proposal.sign", { association: myName(associationId) })}
              body={proposal.title}
              confirmLabel={t("proposal.confirm")}
              action={async () => onChange(await signProposal(proposal.id, associationId))}
            />
          ))}
          {unsignAs.map((associationId) => (
            <ConfirmButton
              key={`unsign-${associationId}`}
              label={t("proposal.unsign", { association: myName(associationId) })}
              title={t("proposal.unsign", { association: myName(associationId) })}
              body={proposal.title}
              confirmLabel={t("proposal.confirm")}
              danger
              action={async () => onChange(await unsignProposal(proposal.id, associationId))}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function Amendments({ proposal, onChange }: { proposal: ProposalDetail; onChange: (p: ProposalDetail) => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="proposal-amendments" class="stack-small">
      <h2 id="proposal-amendments">{t("proposal.amendments")}</h2>
      {proposal.amendments.length === 0 ? (
        <p class="muted">{t("proposal.noAmendments")}</p>
      ) : (
        <ol class="plain-list stack-small">
          {proposal.amendments.map((amendment) => (
            <li key={amendment.id}>
              <AmendmentCard amendment={amendment} onChange={onChange} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function AmendmentCard({
  amendment,
  onChange,
}: {
  amendment: ProposalAmendment;
  onChange: (p: ProposalDetail) => void;
}) {
  const { t, formatDate } = useI18n();
  const name = useAssociationName();
  const a = amendment.abilities;
  const headingId = `amendment-${amendment.id}`;
  return (
    <article class="card stack-small amendment" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t("amendment.by", { association: name(amendment.association) })} <AmendmentBadge state={amendment.state} />
      </h3>
      <p class="muted">
        {amendment.kind === "full" ? t("amendment.kindFull") : t("amendment.kindPassage")} ·{" "}
        {t("amendment.onVersion", { number: amendment.baseVersion })} · <bdi>{amendment.author.name}</bdi> ·{" "}
        <time dateTime={amendment.createdAt}>{formatDate(amendment.createdAt, "day")}</time>
        {amendment.resultVersion !== null && (
          <> · {t("amendment.resultVersion", { number: amendment.resultVersion })}</>
        )}
      </p>
      {amendment.rationale && (
        <p>
          <strong>{t("amendment.rationale")}:</strong> <bdi>{amendment.rationale}</bdi>
        </p>
      )}
      <DiffView parts={amendment.diff} />
      {amendment.decisionReason && <p>{t("amendment.decisionReason", { reason: amendment.decisionReason })}</p>}
      {amendment.voteId && (
        <p>
          <a href={`/votes/${amendment.voteId}`}>{t("proposal.voteLink")}</a>
        </p>
      )}
      {(a.accept || a.reject || a.putToVote) && (
        <div class="row-actions">
          {a.accept && (
            <ConfirmButton
              label={t("amendment.accept")}
              title={t("amendment.accept")}
              body={t("amendment.acceptConfirm")}
              confirmLabel={t("proposal.confirm")}
              action={async () => onChange(await amendmentStep(amendment.id, "accept"))}
            />
          )}
          {a.reject && (
            <TextDialogButton
              label={t("amendment.reject")}
              title={t("amendment.reject")}
              body={t("amendment.rejectConfirm")}
              fieldLabel={t("proposal.withdrawReason")}
              required={false}
              confirmLabel={t("proposal.confirm")}
              danger
              textPath="reason"
              action={async (reason) => onChange(await amendmentStep(amendment.id, "reject", reason ? { reason } : {}))}
            />
          )}
          {a.putToVote && (
            <ConfirmButton
              label={t("amendment.putToVote")}
              title={t("amendment.putToVote")}
              body={t("amendment.putToVoteConfirm")}
              confirmLabel={t("proposal.confirm")}
              action={async () => onChange(await amendmentStep(amendment.id, "vote"))}
            />
          )}
        </div>
      )}
    </article>
  );
}

/** The outcomes a vote's close gives as the reason of the proposal's last step. */
const outcomes = ["adopted", "rejected", "no_quorum", "tie"] as const;
const isOutcome = (reason: string): reason is (typeof outcomes)[number] =>
  (outcomes as readonly string[]).includes(reason);

function Timeline({ proposal }: { proposal: ProposalDetail }) {
  const { t, formatDate } = useI18n();
  return (
    <section aria-labelledby="proposal-timeline" class="card">
      <h2 id="proposal-timeline">{t("proposal.timeline")}</h2>
      <ol class="timeline">
        {proposal.transitions.map((step) => (
          <li key={step.id}>
            <StateBadge state={step.to} /> <time dateTime={step.at}>{formatDate(step.at, "dayAndTime")}</time>{" "}
            <span class="muted">
              {step.actor ? t("proposal.transitionBy", { name: step.actor.name }) : t("proposal.transitionSystem")}
            </span>
            {step.reason && (
              <p class="timeline-reason" dir="auto">
                {step.actor === null && isOutcome(step.reason) ? t(`proposal.outcome.${step.reason}`) : step.reason}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
