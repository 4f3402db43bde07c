import "../../i18n/membership.js";
import { Fragment, type VNode } from "preact";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { AssociationManageView } from "../../../common/associations.js";
import { ApiRequestError } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { Logo } from "../associations/Logo.js";
import { associationHref, manageHref } from "../associations/names.js";
import { ProfileFacts } from "../associations/ProfileFacts.js";
import { StatusBadge } from "../associations/StatusBadge.js";
import { SuspensionNotice } from "../associations/SuspensionNotice.js";
import { useSession } from "../auth/session.js";
import { ApplicationSection } from "./ApplicationSection.js";
import { fetchManageView } from "./api.js";
import { CharterAcceptanceBanner } from "./CharterAcceptanceBanner.js";
import { InvitationsSection } from "./InvitationsSection.js";
import { JoinRequestsSection } from "./JoinRequestsSection.js";
import { LogoSection } from "./LogoSection.js";
import { MembersSection } from "./MembersSection.js";
import { ProfileSection } from "./ProfileSection.js";
import { WithdrawSection } from "./WithdrawSection.js";
import "../associations/associations.css";
import "./membership.css";

type Section = { id: string; label: string; render: () => VNode };

/** Where an association's representatives act for it (admins read it). */
export function ManagePage({ slug }: { slug: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { status, user } = useSession();
  const { route } = useLocation();
  const view = useResource(() => (user ? fetchManageView(slug) : new Promise<never>(() => {})), [slug, user?.id]);

  if (status === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user) return <Redirect to={`/login?next=${encodeURIComponent(`/me/associations/${slug}`)}`} />;
  if (view.status === "failed" && view.error instanceof ApiRequestError) {
    const code = view.error.code;
    if (code === "FORBIDDEN" || code === "NOT_FOUND") {
      return (
        <section class="narrow">
          <PageHeading title={t("manage.title")} />
          <p class="notice notice-error">{errorMessage(view.error, i18n)}</p>
          <p>
            <a href="/me/associations">{t("manage.back")}</a>
          </p>
        </section>
      );
    }
  }

  return (
    <LoadState resource={view}>
      {(data) => (
        <ManageBody
          view={data}
          userId={user.id}
          onView={(next) => {
            view.set(next);
            // A new slug is a new address.
            if (next.slug !== slug) route(manageHref(next.slug), true);
          }}
          onReload={view.reload}
        />
      )}
    </LoadState>
  );
}

function ManageBody({
  view,
  userId,
  onView,
  onReload,
}: {
  view: AssociationManageView;
  userId: string;
  onView: (view: AssociationManageView) => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const [membersVersion, setMembersVersion] = useState(0);
  const representative = view.viewer.role === "representative";
  // What the viewer may do comes from the server's policy, with the view.
  const { abilities } = view;

  // While the application is open it comes first; once a member, the people come first.
  const applicationFirst = view.applicationStatus !== "approved";
  const application: Section | false = Boolean(view.applicationId) && {
    id: "application",
    label: t("manage.application"),
    render: () => <ApplicationSection applicationId={view.applicationId!} />,
  };
  const sections = [
    applicationFirst && application,
    {
      id: "profile",
      label: abilities.edit ? t("manage.profile") : t("association.profile"),
      render: () =>
        abilities.edit ? (
          <ProfileSection view={view} onSaved={onView} />
        ) : (
          <section class="card" id="profile" aria-labelledby="facts-title">
            <h2 id="facts-title">{t("association.profile")}</h2>
            <ProfileFacts association={view} />
          </section>
        ),
    },
    abilities.edit && {
      id: "logo",
      label: t("logo.title"),
      render: () => <LogoSection slug={view.slug} name={view.nameAr} logoUrl={view.logoUrl} />,
    },
    {
      id: "members",
      label: t("members.title"),
      render: () => <MembersSection slug={view.slug} currentUserId={userId} version={membersVersion} />,
    },
    abilities.invite && {
      id: "invitations",
      label: t("invitations.title"),
      render: () => <InvitationsSection slug={view.slug} canInvite={abilities.invite} />,
    },
    abilities.decideJoinRequests && {
      id: "join-requests",
      label: t("joinRequests.title"),
      render: () => <JoinRequestsSection slug={view.slug} onJoined={() => setMembersVersion((v) => v + 1)} />,
    },
    !applicationFirst && application,
    abilities.withdraw && {
      id: "withdraw",
      label: t("withdraw.title"),
      render: () => <WithdrawSection view={view} onWithdrawn={onView} />,
    },
  ].filter((item): item is Section => Boolean(item));

  return (
    <div class="stack">
      <p>
        <a href="/me/associations">{t("manage.back")}</a>
      </p>
      <header class="association-header">
        <Logo url={view.logoUrl} name={view.nameAr} size="large" />
        <div>
          <PageHeading title={view.nameAr}>
            <bdi>{view.nameAr}</bdi>
          </PageHeading>
          <p class="badges">
            <StatusBadge kind="association" status={view.status} />
            {view.viewer.role && <span class="badge badge-role">{t(`memberRole.${view.viewer.role}`)}</span>}
            {view.viewer.isPrimaryDelegate && <span class="badge badge-delegate">{t("member.delegate")}</span>}
          </p>
          {(view.status === "active" || view.status === "suspended") && (
            <p>
              <a href={associationHref(view.slug)}>{t("manage.publicPage")}</a>
            </p>
          )}
        </div>
      </header>

      {view.suspension && (
        <>
          <SuspensionNotice suspension={view.suspension} />
          <p class="notice notice-info">{t("manage.suspendedActions")}</p>
        </>
      )}
      {(view.status === "withdrawn" || view.status === "rejected") && (
        <p class="notice notice-info">{t(`manage.closed.${view.status}`)}</p>
      )}
      {!representative && view.viewer.isAdmin && <p class="notice notice-info">{t("manage.adminReadOnly")}</p>}
      <CharterAcceptanceBanner
        slug={view.slug}
        versions={view.pendingAcceptances}
        canAccept={abilities.edit}
        suspended={representative && view.status === "suspended"}
        onAccepted={onReload}
      />

      <nav class="toc" aria-label={t("manage.sections")}>
        <ul class="toc-list">
          {sections.map((section) => (
            <li key={section.id}>
              <a class="toc-link" href={`#${section.id}`}>
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {sections.map((section) => (
        <Fragment key={section.id}>{section.render()}</Fragment>
      ))}
    </div>
  );
}
