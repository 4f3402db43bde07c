import { useState } from "preact/hooks";
import type { InvitationCreated } from "../../../common/associations.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { CopyField } from "../../components/CopyField.js";
import { DataTable } from "../../components/DataTable.js";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { StatusBadge } from "../associations/StatusBadge.js";
import { deleteInvitation, fetchInvitations, postInvitation } from "./api.js";

/**
 * Inviting people by email: the link is mailed and also shown here, once, to share another way. Each
 * invitation says whether the reader may revoke it (the server's policy).
 */
export function InvitationsSection({ slug, canInvite }: { slug: string; canInvite: boolean }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const invitations = useResource(() => fetchInvitations(slug), [slug]);
  const [email, setEmail] = useState("");
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, {
    values: { email },
    codeFields: { CONFLICT: { field: "email", key: "invitations.conflict" } },
  });

  const submit = async () => {
    setCreated(null);
    await run(async () => {
      const answer = await postInvitation(slug, email.trim());
      setCreated(answer);
      setEmail("");
      invitations.reload();
    });
  };

  return (
    <section class="card" id="invitations" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t("invitations.title")}</h2>
      {canInvite && (
        <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("invitations.invite")}>
          <TextField
            id="invite-email"
            type="email"
            dir="ltr"
            label={t("invitations.email")}
            hint={t("invitations.hint")}
            autoComplete="off"
            required
            value={email}
            onValue={setEmail}
            error={errors.fields.email}
          />
          <button type="submit" class="button button-secondary" disabled={busy}>
            {t("invitations.invite")}
          </button>
        </Form>
      )}
      {created && (
        <div class="notice notice-success">
          <p role="status">{t("invitations.sent", { email: created.invitation.email })}</p>
          <CopyField id="invitation-link" label={t("invitations.link")} value={created.link} />
          <p class="muted">{t("invitations.linkOnce")}</p>
        </div>
      )}
      <h3>{t("invitations.list")}</h3>
      <LoadState resource={invitations}>
        {(list) => (
          <DataTable
            label={t("invitations.list")}
            columns={[
              t("invitations.email"),
              t("common.status"),
              t("invitations.expires"),
              t("invitations.invitedBy"),
              canInvite && t("common.actions"),
            ]}
            rows={list}
            empty={<p class="muted">{t("invitations.none")}</p>}
          >
            {(invitation) => (
              <tr key={invitation.id}>
                <th scope="row">
                  <bdi>{invitation.email}</bdi>
                </th>
                <td>
                  <StatusBadge kind="invitation" status={invitation.status} />
                </td>
                <td>
                  <time dateTime={invitation.expiresAt}>{formatDate(invitation.expiresAt)}</time>
                </td>
                <td>
                  <bdi>{invitation.invitedBy.name}</bdi>
                </td>
                {canInvite && (
                  <td>
                    {invitation.status === "pending" && (
                      <ConfirmButton
                        label={t("invitations.revoke")}
                        ariaLabel={t("invitations.revokeOf", { email: invitation.email })}
                        title={t("invitations.revokeTitle")}
                        body={<p>{t("invitations.revokeBody", { email: invitation.email })}</p>}
                        confirmLabel={t("invitations.revoke")}
                        danger
                        action={() => deleteInvitation(slug, invitation.id)}
                        onDone={invitations.reload}
                      />
                    )}
                  </td>
                )}
              </tr>
            )}
          </DataTable>
        )}
      </LoadState>
    </section>
  );
}
