import "./delegate.css";
import { useState } from "preact/hooks";
import type { AssociationMember } from "../../../common/associations.js";
import type { DelegateOffice } from "../../../common/delegate.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { FormDialog, useFormDialog } from "../../components/FormDialog.js";
import { SelectField } from "../../components/SelectField.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useI18n } from "../../i18n/index.js";
import { deleteDelegateRequest, postDelegateObjection, postDelegateRequest } from "./api.js";

type Props = {
  slug: string;
  office: DelegateOffice;
  members: AssociationMember[];
  currentUserId: string;
  /** The office as the server answered after a change. */
  onOffice: (office: DelegateOffice) => void;
};

/**
 * The primary delegate's office: who holds it, the pending request (with its date and who may object),
 * and asking for it. What shows comes from the office's `abilities`, never from a rule written here.
 */
export function DelegateOfficePanel({ slug, office, members, currentUserId, onOffice }: Props) {
  const { t, formatDate } = useI18n();
  const { pending, abilities } = office;
  const when = (iso: string) => formatDate(iso, "dayAndTime");

  return (
    <section class="delegate-office" aria-labelledby="delegate-office-title">
      <h3 id="delegate-office-title">{t("delegate.title")}</h3>
      <p>
        {office.delegate ? t("delegate.current", { name: office.delegate.name }) : t("delegate.none")}{" "}
        <span class="muted">{t("delegate.why")}</span>
      </p>
      {pending && (
        <div class="delegate-pending" role="status">
          <p>
            {t("delegate.pending", {
              requester: pending.requestedBy.name,
              candidate: pending.candidate.name,
              date: when(pending.effectiveAt),
            })}
          </p>
          {pending.reason && (
            <p>
              {t("delegate.reason")}: <q dir="auto">{pending.reason}</q>
            </p>
          )}
          <div class="row-actions">
            {abilities.object && <ObjectButton slug={slug} requestId={pending.id} onOffice={onOffice} />}
            {abilities.cancel && (
              <ConfirmButton
                label={t("delegate.cancel")}
                title={t("delegate.cancelTitle")}
                body={<p>{t("delegate.cancelBody")}</p>}
                confirmLabel={t("delegate.cancel")}
                action={async () => onOffice(await deleteDelegateRequest(slug, pending.id))}
              />
            )}
          </div>
        </div>
      )}
      {abilities.request && (
        <RequestButton
          slug={slug}
          office={office}
          candidates={members.filter((m) => m.role === "representative" && m.userId !== office.delegate?.id)}
          currentUserId={currentUserId}
          onOffice={onOffice}
        />
      )}
    </section>
  );
}

function ObjectButton({
  slug,
  requestId,
  onOffice,
}: {
  slug: string;
  requestId: string;
  onOffice: (office: DelegateOffice) => void;
}) {
  const { t } = useI18n();
  const dialog = useFormDialog();
  const [reason, setReason] = useState("");
  return (
    <>
      <button type="button" class="button-quiet" onClick={dialog.show}>
        {t("delegate.object")}
      </button>
      <FormDialog
        dialog={dialog}
        title={t("delegate.objectTitle")}
        submitLabel={t("delegate.object")}
        danger
        onSubmit={() =>
          dialog.submit(async () => onOffice(await postDelegateObjection(slug, requestId, reason.trim())))
        }
      >
        <p>{t("delegate.objectBody")}</p>
        <TextAreaField
          id="delegate-objection"
          label={t("delegate.reasonOptional")}
          value={reason}
          onValue={setReason}
          rows={3}
          maxLength={1000}
        />
      </FormDialog>
    </>
  );
}

function RequestButton({
  slug,
  office,
  candidates,
  currentUserId,
  onOffice,
}: {
  slug: string;
  office: DelegateOffice;
  candidates: AssociationMember[];
  currentUserId: string;
  onOffice: (office: DelegateOffice) => void;
}) {
  const { t } = useI18n();
  const dialog = useFormDialog();
  const initial = candidates.find((m) => m.userId === currentUserId)?.userId ?? candidates[0]?.userId ?? "";
  const [candidate, setCandidate] = useState(initial);
  const [reason, setReason] = useState("");
  if (candidates.length === 0) return null;
  return (
    <>
      <button type="button" class="button-quiet" onClick={dialog.show}>
        {t("delegate.request")}
      </button>
      <FormDialog
        dialog={dialog}
        title={t("delegate.requestTitle")}
        submitLabel={t("delegate.requestSubmit")}
        onSubmit={() =>
          dialog.submit(async () =>
            onOffice(
              await postDelegateRequest(slug, {
                userId: candidate,
                ...(reason.trim() ? { reason: reason.trim() } : {}),
              }),
            ),
          )
        }
      >
        <p>{t("delegate.requestBody", { hours: office.objectionHours })}</p>
        <SelectField
          id="delegate-candidate"
          label={t("delegate.candidate")}
          value={candidate}
          options={candidates.map((m) => ({
            value: m.userId,
            label: m.userId === currentUserId ? t("delegate.candidateSelf", { name: m.name }) : m.name,
          }))}
          onValue={setCandidate}
        />
        <TextAreaField
          id="delegate-reason"
          label={t("delegate.reasonOptional")}
          value={reason}
          onValue={setReason}
          rows={3}
          maxLength={1000}
        />
      </FormDialog>
    </>
  );
}
