import type { AssociationMember } from "../../../common/associations.js";
import { ApiRequestError } from "../../api.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { DataTable } from "../../components/DataTable.js";
import { LoadState } from "../../components/LoadState.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { fetchRules } from "../associations/api.js";
import { deleteMember, fetchDelegateOffice, fetchMembers, patchMemberRole, putDelegate } from "./api.js";
import { DelegateOfficePanel } from "./DelegateOfficePanel.js";
import "../../components/forms.css";

type Props = {
  slug: string;
  currentUserId: string;
  /** Bumped by the page when someone joined another way (an approved request). */
  version: number;
};

/**
 * The association's people. Representatives name other representatives (up to the forum's limit) and
 * the primary delegate, who casts the association's vote; they remove members. The forum's admins only read.
 * Each line says what the reader may do to that person (the server's policy); nothing is recomputed here.
 */
export function MembersSection({ slug, currentUserId, version }: Props) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const members = useResource(() => fetchMembers(slug), [slug, version]);
  const office = useResource(() => fetchDelegateOffice(slug), [slug, version]);
  const rules = useResource(fetchRules, []);
  const { busy, error, run } = useSubmit();

  const act = (change: () => Promise<AssociationMember[]>) =>
    run(async () => {
      members.set(await change());
    });
  const alert =
    error instanceof ApiRequestError && error.code === "REPRESENTATIVE_LIMIT" && typeof error.details.max === "number"
      ? t("members.limitReached", { max: error.details.max })
      : error
        ? errorMessage(error, i18n)
        : null;

  return (
    <section class="card" id="members" aria-labelledby="members-title">
      <h2 id="members-title">{t("members.title")}</h2>
      <p class="muted">
        {rules.data ? t("members.introMax", { max: rules.data.maxRepresentatives }) : t("members.intro")}
      </p>
      {alert && (
        <p class="form-alert" role="alert">
          {alert}
        </p>
      )}
      <LoadState resource={members}>
        {(list) => {
          const naming = office.data?.abilities.name === true;
          const showActions = naming || list.some(({ abilities }) => Object.values(abilities).includes(true));
          return (
            <>
              {office.data && (
                <DelegateOfficePanel
                  slug={slug}
                  office={office.data}
                  members={list}
                  currentUserId={currentUserId}
                  onOffice={(next) => {
                    office.set(next);
                    members.reload();
                  }}
                />
              )}
              <DataTable
                label={t("members.title")}
                columns={[
                  t("members.name"),
                  t("members.email"),
                  t("members.role"),
                  t("members.joined"),
                  showActions && t("common.actions"),
                ]}
                rows={list}
              >
                {(member) => (
                  <tr key={member.userId}>
                    <th scope="row">
                      <bdi>{member.name}</bdi>
                      {member.userId === currentUserId && <span class="you"> ({t("presence.you")})</span>}
                    </th>
                    <td>
                      <bdi>{member.email}</bdi>
                    </td>
                    <td>
                      <span class="badges">
                        <span class="badge badge-role">{t(`memberRole.${member.role}`)}</span>
                        {member.isPrimaryDelegate && <span class="badge badge-delegate">{t("member.delegate")}</span>}
                      </span>
                    </td>
                    <td>
                      <time dateTime={member.joinedAt}>{formatDate(member.joinedAt)}</time>
                    </td>
                    {showActions && (
                      <td>
                        <div class="row-actions">
                          {member.abilities.makeRepresentative && (
                            <button
                              type="button"
                              class="button-quiet"
                              disabled={busy}
                              onClick={() => act(() => patchMemberRole(slug, member.userId, "representative"))}
                              aria-label={t("members.makeRepresentativeOf", { name: member.name })}
                            >
                              {t("members.makeRepresentative")}
                            </button>
                          )}
                          {member.role === "representative" && !member.isPrimaryDelegate && (
                            <>
                              {office.data?.abilities.name && (
                                <ConfirmButton
                                  label={t(office.data.delegate ? "delegate.handOver" : "delegate.name")}
                                  ariaLabel={t("delegate.nameOf", { name: member.name })}
                                  title={t(office.data.delegate ? "delegate.handOverTitle" : "delegate.nameTitle")}
                                  body={<p>{t("delegate.nameBody", { name: member.name })}</p>}
                                  confirmLabel={t(office.data.delegate ? "delegate.handOver" : "delegate.name")}
                                  action={async () => {
                                    members.set(await putDelegate(slug, member.userId));
                                    office.reload();
                                  }}
                                />
                              )}
                              {member.abilities.makeMember && (
                                <button
                                  type="button"
                                  class="button-quiet"
                                  disabled={busy}
                                  onClick={() => act(() => patchMemberRole(slug, member.userId, "member"))}
                                  aria-label={t("members.makeMemberOf", { name: member.name })}
                                >
                                  {t("members.makeMember")}
                                </button>
                              )}
                            </>
                          )}
                          {member.abilities.remove && (
                            <ConfirmButton
                              label={member.userId === currentUserId ? t("members.leave") : t("members.remove")}
                              ariaLabel={t("members.removeOf", { name: member.name })}
                              title={t("members.removeTitle")}
                              body={<p>{t("members.removeBody", { name: member.name })}</p>}
                              confirmLabel={t("members.remove")}
                              danger
                              action={() => deleteMember(slug, member.userId)}
                              onDone={members.reload}
                            />
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                )}
              </DataTable>
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
