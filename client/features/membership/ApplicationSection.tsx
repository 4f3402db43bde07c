import { useState } from "preact/hooks";
import type { ApplicationDetail } from "../../../common/applications.js";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { StatusBadge } from "../associations/StatusBadge.js";
import { ApplicationHistory, latestInfoRequest } from "./ApplicationHistory.js";
import { fetchApplication, postResponse } from "./api.js";
import { DocumentsPanel } from "./DocumentsPanel.js";

/** The association's membership application: where it stands, the reviewers' questions, answering. */
export function ApplicationSection({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const application = useResource(() => fetchApplication(applicationId), [applicationId]);
  return (
    <section class="card" id="application" aria-labelledby="application-title">
      <h2 id="application-title">{t("manage.application")}</h2>
      <LoadState resource={application}>
        {(detail) => <ApplicationBody detail={detail} onChange={application.set} />}
      </LoadState>
    </section>
  );
}

function ApplicationBody({
  detail,
  onChange,
}: {
  detail: ApplicationDetail;
  onChange: (detail: ApplicationDetail) => void;
}) {
  const { t, formatDate } = useI18n();
  const request = detail.status === "info_requested" ? latestInfoRequest(detail.history) : undefined;
  return (
    <div class="stack-small">
      <p>
        <StatusBadge kind="application" status={detail.status} />{" "}
        <span class="muted">{t("manage.submittedOn", { date: formatDate(detail.submittedAt) })}</span>
      </p>
      <p class="muted">{t(`applicationHelp.${detail.status}`)}</p>
      {detail.rejectionReason && (
        <div class="notice notice-error">
          <p>
            <strong>{t("manage.rejectionReason")}</strong>
          </p>
          <p dir="auto">{detail.rejectionReason}</p>
        </div>
      )}
      {request && (
        <div class="notice notice-warning" role="note">
          <p>
            <strong>{t("manage.infoRequestedBy", { name: request.actor.name, date: formatDate(request.at) })}</strong>
          </p>
          <p dir="auto" class="quote">
            {request.note}
          </p>
        </div>
      )}
      <h3>{t("documents.title")}</h3>
      <DocumentsPanel applicationId={detail.id} documents={detail.documents} canUpload={detail.abilities.addDocument} />
      {request && detail.abilities.respond && <RespondForm applicationId={detail.id} onAnswered={onChange} />}
      <h3>{t("manage.history")}</h3>
      <ApplicationHistory events={detail.history} />
    </div>
  );
}

/** The applicant's answer to the reviewers' question; the application goes back to review. */
function RespondForm({
  applicationId,
  onAnswered,
}: {
  applicationId: string;
  onAnswered: (detail: ApplicationDetail) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [note, setNote] = useState("");
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, { values: { note } });
  return (
    <Form
      onSubmit={() => run(async () => onAnswered(await postResponse(applicationId, note.trim())))}
      alert={errors.alert}
      attempt={error}
      label={t("manage.respond")}
    >
      <h3>{t("manage.respond")}</h3>
      <TextAreaField
        id="response-note"
        label={t("manage.responseNote")}
        hint={t("manage.responseHint")}
        rows={5}
        maxLength={5000}
        required
        value={note}
        onValue={setNote}
        error={errors.fields.note}
      />
      <button type="submit" class="button" disabled={busy}>
        {t("manage.sendResponse")}
      </button>
    </Form>
  );
}
