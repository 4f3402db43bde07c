import "../../i18n/membership.js";
import type { MyAssociation } from "../../../common/associations.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchMyAssociations } from "../associations/api.js";
import { Logo } from "../associations/Logo.js";
import { associationHref, manageHref } from "../associations/names.js";
import { StatusBadge } from "../associations/StatusBadge.js";
import { useSession } from "../auth/session.js";
import { deleteMember } from "./api.js";
import { CharterAcceptanceBanner } from "./CharterAcceptanceBanner.js";
import "../associations/associations.css";
import "./membership.css";

/** «جمعياتي»: the associations the user belongs to or applied for, and what each waits for. */
export function MyAssociationsPage() {
  const { t } = useI18n();
  const { status, user } = useSession();
  const mine = useResource(() => (user ? fetchMyAssociations() : Promise.resolve([])), [user?.id]);

  if (status === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user) return <Redirect to="/login?next=/me/associations" />;

  return (
    <div class="stack">
      <PageHeading title={t("mine.title")} />
      <LoadState resource={mine}>
        {(items) =>
          items.length === 0 ? (
            <div class="empty card">
              <p>{t("mine.empty")}</p>
              <p class="actions">
                <a class="button" href="/apply">
                  {t("nav.apply")}
                </a>
                <a class="button button-secondary" href="/associations">
                  {t("nav.directory")}
                </a>
              </p>
            </div>
          ) : (
            <>
              <ul class="my-list">
                {items.map((item) => (
                  <li key={item.association.id}>
                    <MyAssociationCard item={item} userId={user.id} onChange={mine.reload} />
                  </li>
                ))}
              </ul>
              <p>
                <a href="/apply">{t("mine.applyAnother")}</a>
              </p>
            </>
          )
        }
      </LoadState>
    </div>
  );
}

function MyAssociationCard({ item, userId, onChange }: { item: MyAssociation; userId: string; onChange: () => void }) {
  const { t } = useI18n();
  const { association } = item;
  const representative = item.role === "representative";
  const open = association.status === "active" || association.status === "pending";
  const headingId = `mine-${association.id}`;
  return (
    <article class="card my-card" aria-labelledby={headingId}>
      <div class="my-card-head">
        <Logo url={association.logoUrl} name={association.nameAr} />
        <div>
          <h2 id={headingId} class="association-card-title">
            <bdi>{association.nameAr}</bdi>
          </h2>
          <p class="badges">
            <StatusBadge kind="association" status={association.status} />
            <span class="badge badge-role">{t(`memberRole.${item.role}`)}</span>
            {item.isPrimaryDelegate && <span class="badge badge-delegate">{t("member.delegate")}</span>}
          </p>
        </div>
      </div>
      {item.applicationStatus && item.applicationStatus !== "approved" && (
        <p>
          {t("mine.application")} <StatusBadge kind="application" status={item.applicationStatus} />
        </p>
      )}
      {item.applicationStatus === "info_requested" && representative && (
        <p class="notice notice-warning">
          {t("mine.infoRequested")} <a href={`${manageHref(association.slug)}#application`}>{t("mine.answer")}</a>
        </p>
      )}
      {association.status === "suspended" && <p class="notice notice-warning">{t("mine.suspended")}</p>}
      <CharterAcceptanceBanner
        slug={association.slug}
        versions={item.pendingAcceptances}
        canAccept={representative && open}
        suspended={representative && association.status === "suspended"}
        onAccepted={onChange}
      />
      <p class="actions">
        {item.abilities.manage && (
          <a class="button" href={manageHref(association.slug)}>
            {t("mine.manage")}
          </a>
        )}
        {(association.status === "active" || association.status === "suspended") && (
          <a class="button button-secondary" href={associationHref(association.slug)}>
            {t("mine.publicPage")}
          </a>
        )}
        {!item.isPrimaryDelegate && (
          <ConfirmButton
            label={t("mine.leave")}
            title={t("mine.leaveTitle")}
            body={<p>{t("mine.leaveBody", { name: association.nameAr })}</p>}
            confirmLabel={t("mine.leaveConfirm")}
            danger
            action={() => deleteMember(association.slug, userId)}
            onDone={onChange}
          />
        )}
      </p>
    </article>
  );
}
