import type { ApplicationDetail } from "../../../../common/applications.js";
import { useI18n } from "../../../i18n/index.js";
import { TextDialogButton } from "../../admin/TextDialogButton.js";
import { approveApplication, rejectApplication, requestInformation } from "./api.js";
import "../../admin/admin.css";

/** Approve, reject with a reason, or ask for more information: while the application is open. */
export function DecisionPanel({
  detail,
  onChange,
}: {
  detail: ApplicationDetail;
  onChange: (detail: ApplicationDetail) => void;
}) {
  const { t } = useI18n();
  const name = detail.association.nameAr;
  if (detail.status === "approved" || detail.status === "rejected") {
    return (
      <section class="card" aria-labelledby="decision-title">
        <h2 id="decision-title">{t("admin.decision.title")}</h2>
        <p>{t(`admin.decision.done.${detail.status}`)}</p>
        {detail.rejectionReason && (
          <p dir="auto" class="quote">
            {detail.rejectionReason}
          </p>
        )}
      </section>
    );
  }
  return (
    <section class="card decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{t("admin.decision.title")}</h2>
      {detail.status === "info_requested" && <p class="notice notice-info">{t("admin.decision.waiting")}</p>}
      <div class="actions">
        {detail.abilities.decide && (
          <TextDialogButton
            primary
            label={t("admin.decision.approve")}
            title={t("admin.decision.approveTitle")}
            body={<p>{t("admin.decision.approveBody", { name })}</p>}
            fieldLabel={t("admin.decision.note")}
            required={false}
            textPath="note"
            confirmLabel={t("admin.decision.approveConfirm")}
            action={async (note) => onChange(await approveApplication(detail.id, note))}
          />
        )}
        {detail.abilities.requestInfo && (
          <TextDialogButton
            label={t("admin.decision.requestInfo")}
            title={t("admin.decision.requestInfoTitle")}
            body={<p>{t("admin.decision.requestInfoBody")}</p>}
            fieldLabel={t("admin.decision.message")}
            required
            textPath="note"
            confirmLabel={t("admin.decision.requestInfoConfirm")}
            action={async (note) => onChange(await requestInformation(detail.id, note))}
          />
        )}
        {detail.abilities.decide && (
          <TextDialogButton
            danger
            label={t("admin.decision.reject")}
            title={t("admin.decision.rejectTitle")}
            body={<p>{t("admin.decision.rejectBody", { name })}</p>}
            fieldLabel={t("admin.decision.reason")}
            fieldHint={t("admin.decision.reasonHint")}
            required
            textPath="reason"
            confirmLabel={t("admin.decision.rejectConfirm")}
            action={async (reason) => onChange(await rejectApplication(detail.id, reason))}
          />
        )}
      </div>
    </section>
  );
}
