import type { FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ApiRequestError } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { NotFoundPage } from "../shell/NotFoundPage.js";
import { fetchAssociation, fetchMyAssociations } from "./api.js";
import { DescriptionCard } from "./DescriptionCard.js";
import { EligibilityList } from "./EligibilityList.js";
import { JoinRequestForm } from "./JoinRequestForm.js";
import { Logo } from "./Logo.js";
import { manageHref } from "./names.js";
import { ProfileFacts } from "./ProfileFacts.js";
import { StatusBadge } from "./StatusBadge.js";
import { SuspensionNotice } from "./SuspensionNotice.js";
import "./associations.css";

/** An association's public page: profile, description, representatives, eligibility, joining. */
export function AssociationPage({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { status, user } = useSession();
  const page = useResource(() => fetchAssociation(slug), [slug]);
  const mine = useResource(() => (user ? fetchMyAssociations() : Promise.resolve([])), [user?.id]);

  if (page.status === "failed" && page.error instanceof ApiRequestError && page.error.code === "NOT_FOUND") {
    return <NotFoundPage />;
  }

  return (
    <LoadState resource={page}>
      {(association) => {
        const membership = mine.data?.find((item) => item.association.id === association.id);
        return (
          <article class="stack association-page">
            <header class="association-header">
              <Logo url={association.logoUrl} name={association.nameAr} size="large" />
              <div>
                <PageHeading title={association.nameAr}>
                  <bdi>{association.nameAr}</bdi>
                </PageHeading>
                {association.nameFr && (
                  <p class="name-fr">
                    <bdi lang="fr">{association.nameFr}</bdi>
                  </p>
                )}
                <p>
                  <StatusBadge kind="association" status={association.status} />
                </p>
              </div>
            </header>
            {association.suspension && <SuspensionNotice suspension={association.suspension} />}
            <div class="columns">
              <div class="stack">
                <DescriptionCard html={association.descriptionHtml} headingId="about-title" />
                <AssociationDebatesBlock associationId={association.id} />
                <section class="card" aria-labelledby="eligibility-title">
                  <h2 id="eligibility-title">{t("association.eligibility")}</h2>
                  <p class="muted">{t("association.eligibilityIntro")}</p>
                  <EligibilityList eligibility={association.eligibility} />
                </section>
              </div>
              <div class="stack">
                <section class="card" aria-labelledby="facts-title">
                  <h2 id="facts-title">{t("association.profile")}</h2>
                  <ProfileFacts association={association} />
                </section>
                <section class="card" aria-labelledby="reps-title">
                  <h2 id="reps-title">{t("association.representatives")}</h2>
                  {association.representatives.length === 0 ? (
                    <p class="muted">{t("association.noRepresentatives")}</p>
                  ) : (
                    <ul class="people">
                      {association.representatives.map((person) => (
                        <li key={person.id} class="person">
                          <bdi>{person.name}</bdi>
                          {person.isPrimaryDelegate && <span class="badge badge-delegate">{t("member.delegate")}</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
                <section class="card" aria-labelledby="join-title">
                  <h2 id="join-title">{t("join.title")}</h2>
                  {membership ? (
                    <>
                      <p>{membership.role === "representative" ? t("join.youRepresent") : t("join.youBelong")}</p>
                      {association.abilities.manage && (
                        <a class="button button-secondary" href={manageHref(association.slug)}>
                          {t("join.manage")}
                        </a>
                      )}
                    </>
                  ) : !association.abilities.requestJoin ? (
                    <p class="muted">{t("join.notOpen")}</p>
                  ) : user ? (
                    <JoinRequestForm slug={association.slug} />
                  ) : status === "loading" ? null : (
                    <p>
                      {t("join.loginFirst")}{" "}
                      <a href={`/login?next=${encodeURIComponent(`/associations/${association.slug}`)}`}>
                        {t("nav.login")}
                      </a>
                    </p>
                  )}
                </section>
              </div>
            </div>
          </article>
        );
      }}
    </LoadState>
  );
}

/** The debates opened in the association's name: a block of the debates' chunk, fetched when the page shows. */
function AssociationDebatesBlock({ associationId }: { associationId: string }) {
  const [Block, setBlock] = useState<FunctionComponent<{ associationId: string }> | null>(null);
  useEffect(() => {
    import("../debates/AssociationDebates.js").then(
      (module) => setBlock(() => module.AssociationDebates),
      () => undefined,
    );
  }, []);
  return Block ? <Block associationId={associationId} /> : null;
}
