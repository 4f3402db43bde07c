import { useState } from "preact/hooks";
import type { MyAssociation } from "../../../common/associations.js";
import { ApiRequestError } from "../../api.js";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { AssociationCard } from "../associations/AssociationCard.js";
import { acceptInvitation, fetchInvitation } from "../associations/api.js";
import { associationHref } from "../associations/names.js";
import { StatusBadge } from "../associations/StatusBadge.js";
import { useSession } from "../auth/session.js";

/** The link in an invitation: which association invites whom; log in or register, then accept. */
export function InvitationPage({ token }: { token: string }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { status, user } = useSession();
  const invitation = useResource(() => fetchInvitation(token), [token]);
  const [joined, setJoined] = useState<MyAssociation | null>(null);
  const { busy, error, run } = useSubmit();
  const here = `/invitations/${encodeURIComponent(token)}`;

  if (invitation.status === "failed" && invitation.error instanceof ApiRequestError) {
    if (invitation.error.code === "NOT_FOUND") {
      return (
        <section class="narrow">
          <PageHeading title={t("invitation.title")} />
          <p class="notice notice-error">{t("invitation.unknown")}</p>
        </section>
      );
    }
  }

  return (
    <section class="narrow stack">
      <PageHeading title={t("invitation.title")} />
      <LoadState resource={invitation}>
        {(preview) => {
          const mismatch = user && user.email.toLowerCase() !== preview.email.toLowerCase();
          if (joined) {
            return (
              <div class="notice notice-success" role="status">
                <p>{t("invitation.joined", { name: joined.association.nameAr })}</p>
                <p class="actions">
                  <a class="button" href={associationHref(joined.association.slug)}>
                    {t("invitation.openAssociation")}
                  </a>
                  <a class="button button-secondary" href="/me/associations">
                    {t("nav.myAssociations")}
                  </a>
                </p>
              </div>
            );
          }
          return (
            <>
              <p>{t("invitation.intro", { inviter: preview.invitedBy.name, name: preview.association.nameAr })}</p>
              <AssociationCard association={preview.association} />
              <dl class="facts">
                <div>
                  <dt>{t("invitation.email")}</dt>
                  <dd>
                    <bdi>{preview.email}</bdi>
                  </dd>
                </div>
                <div>
                  <dt>{t("invitation.status")}</dt>
                  <dd>
                    <StatusBadge kind="invitation" status={preview.status} />
                  </dd>
                </div>
                <div>
                  <dt>{t("invitation.expires")}</dt>
                  <dd>
                    <time dateTime={preview.expiresAt}>{formatDate(preview.expiresAt)}</time>
                  </dd>
                </div>
              </dl>
              {preview.status !== "pending" ? (
                <p class="notice notice-warning">{t(`invitation.closed.${preview.status}`)}</p>
              ) : status === "loading" ? null : !user ? (
                <div class="card">
                  <p>{t("invitation.loginFirst", { email: preview.email })}</p>
                  <p class="actions">
                    <a class="button" href={`/register?next=${encodeURIComponent(here)}`}>
                      {t("nav.register")}
                    </a>
                    <a class="button button-secondary" href={`/login?next=${encodeURIComponent(here)}`}>
                      {t("nav.login")}
                    </a>
                  </p>
                </div>
              ) : (
                <Form
                  onSubmit={() => run(async () => setJoined(await acceptInvitation(token)))}
                  alert={error ? errorMessage(error, i18n) : null}
                  attempt={error}
                  label={t("invitation.title")}
                >
                  {mismatch && (
                    <p class="notice notice-warning">
                      {t("invitation.otherAccount", { email: preview.email, current: user.email })}
                    </p>
                  )}
                  <button type="submit" class="button" disabled={busy}>
                    {t("invitation.accept")}
                  </button>
                </Form>
              )}
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
