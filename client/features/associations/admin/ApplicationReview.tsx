import type { ApplicationDetail } from "../../../../common/applications.js";
import { LoadState } from "../../../components/LoadState.js";
import { PageHeading } from "../../../components/PageHeading.js";
import { useResource } from "../../../components/useResource.js";
import { useI18n } from "../../../i18n/index.js";
import { ApplicationHistory } from "../../membership/ApplicationHistory.js";
import { DocumentsPanel } from "../../membership/DocumentsPanel.js";
import { DescriptionCard } from "../DescriptionCard.js";
import { EligibilityList } from "../EligibilityList.js";
import { Logo } from "../Logo.js";
import { ProfileFacts } from "../ProfileFacts.js";
import { StatusBadge } from "../StatusBadge.js";
import { fetchReview } from "./api.js";
import { DecisionPanel } from "./DecisionPanel.js";
import "../associations.css";

/** The review screen: profile, documents, charter acceptance, history, and the decision. */
export function ApplicationReview({ id }: { id: string }) {
  const { t } = useI18n();
  const review = useResource(() => fetchReview(id), [id]);
  return (
    <div class="stack">
      <p>
        <a href="/admin">{t("admin.review.back")}</a>
      </p>
      <LoadState resource={review}>{(detail) => <ReviewBody detail={detail} onChange={review.set} />}</LoadState>
    </div>
  );
}

function ReviewBody({
  detail,
  onChange,
}: {
  detail: ApplicationDetail;
  onChange: (detail: ApplicationDetail) => void;
}) {
  const { t, formatDate } = useI18n();
  const { profile } = detail;
  return (
    <>
      <header class="association-header">
        <Logo url={profile.logoUrl} name={profile.nameAr} size="large" />
        <div>
          <PageHeading title={t("admin.review.title", { name: profile.nameAr })}>
            <bdi>{profile.nameAr}</bdi>
          </PageHeading>
          {profile.nameFr && (
            <p class="name-fr">
              <bdi lang="fr">{profile.nameFr}</bdi>
            </p>
          )}
          <p class="badges">
            <StatusBadge kind="application" status={detail.status} />
            <StatusBadge kind="association" status={profile.status} />
          </p>
          <p class="muted">
            {t("admin.review.submittedBy", { name: detail.applicant.name, date: formatDate(detail.submittedAt) })}
          </p>
        </div>
      </header>

      <DecisionPanel detail={detail} onChange={onChange} />

      <div class="columns">
        <div class="stack">
          <section class="card" aria-labelledby="review-profile">
            <h2 id="review-profile">{t("association.profile")}</h2>
            <ProfileFacts association={profile} />
            <dl class="facts">
              <div>
                <dt>{t("admin.review.slug")}</dt>
                <dd>
                  <bdi dir="ltr">{profile.slug}</bdi>
                </dd>
              </div>
              <div>
                <dt>{t("admin.review.registrationRef")}</dt>
                <dd>
                  <bdi dir="ltr">{profile.registrationRef ?? t("admin.review.none")}</bdi>
                </dd>
              </div>
            </dl>
          </section>
          <DescriptionCard html={profile.descriptionHtml} headingId="review-description" />
          <section class="card" aria-labelledby="review-eligibility">
            <h2 id="review-eligibility">{t("association.eligibility")}</h2>
            <EligibilityList eligibility={profile.eligibility} />
          </section>
        </div>
        <div class="stack">
          <section class="card" aria-labelledby="review-documents">
            <h2 id="review-documents">{t("documents.title")}</h2>
            <DocumentsPanel applicationId={detail.id} documents={detail.documents} canUpload={false} />
          </section>
          <section class="card" aria-labelledby="review-charter">
            <h2 id="review-charter">{t("admin.review.acceptances")}</h2>
            {detail.acceptances.length === 0 ? (
              <p class="notice notice-warning">{t("admin.review.noAcceptance")}</p>
            ) : (
              <ul class="plain-list">
                {detail.acceptances.map((acceptance) => (
                  <li key={acceptance.version.id}>
                    {t("admin.review.acceptance", {
                      title: acceptance.version.title,
                      version: acceptance.version.version,
                      name: acceptance.acceptedBy.name,
                      date: formatDate(acceptance.acceptedAt, "dayAndTime"),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section class="card" aria-labelledby="review-reps">
            <h2 id="review-reps">{t("association.representatives")}</h2>
            <ul class="people">
              {profile.representatives.map((person) => (
                <li key={person.id} class="person">
                  <bdi>{person.name}</bdi>
                  {person.isPrimaryDelegate && <span class="badge badge-delegate">{t("member.delegate")}</span>}
                </li>
              ))}
            </ul>
          </section>
          <section class="card" aria-labelledby="review-history">
            <h2 id="review-history">{t("manage.history")}</h2>
            <ApplicationHistory events={detail.history} />
          </section>
        </div>
      </div>
    </>
  );
}
