import { useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { type ActionStatus, actionStatuses, programmeLimits as limits } from "../../../common/programmes.js";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SelectField } from "../../components/SelectField.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import "../../i18n/programmes.js";
import { describeFormError } from "../../lib/form-errors.js";
import { fetchProgramme, postUpdate } from "./api.js";
import { ActionBadge, ProgressBar } from "./parts.js";
import "./programmes.css";

type Action = ReturnType<typeof findAction>;
const findAction = (axes: Awaited<ReturnType<typeof fetchProgramme>>["axes"], actionId: string) =>
  axes.flatMap((axis) => axis.actions).find((action) => action.id === actionId);

function UpdateForm({
  programmeId,
  action,
  leads,
}: {
  programmeId: string;
  action: NonNullable<Action>;
  leads: { id: string; name: string }[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { route } = useLocation();
  const [values, setValues] = useState({
    associationId: leads[0]?.id ?? "",
    status: (action.status === "not_started" ? "in_progress" : action.status) as ActionStatus,
    progress: String(action.progress),
    note: "",
    droppedReason: "",
  });
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, {
    values,
    codeFields: { PROGRAMME_NOT_LEAD: { field: "associationId", key: "errors.PROGRAMME_NOT_LEAD" } },
  });
  const submit = () =>
    run(async () => {
      await postUpdate(action.id, {
        associationId: values.associationId,
        status: values.status,
        progress: values.status === "done" ? 100 : Number(values.progress),
        note: values.note,
        ...(values.status === "dropped" ? { droppedReason: values.droppedReason } : {}),
      });
      route(`/programmes/${programmeId}/progress#action-${action.id}`);
    });
  const title = t("update.title", { title: action.title });
  return (
    <div class="stack narrow">
      <PageHeading title={title} />
      <p>
        <a href={`/programmes/${programmeId}#action-${action.id}`}>{t("editor.back")}</a>
      </p>
      <p>
        <ActionBadge status={action.status} overdue={action.overdue} />
      </p>
      <ProgressBar value={action.progress} label={t("progAction.progressOf", { title: action.title })} />
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={title}>
        {leads.length > 1 && (
          <SelectField
            id="update-association"
            label={t("update.association")}
            value={values.associationId}
            options={leads.map((lead) => ({ value: lead.id, label: lead.name }))}
            onValue={(associationId) => setValues({ ...values, associationId })}
            error={errors.fields.associationId}
            required
          />
        )}
        <SelectField<ActionStatus>
          id="update-status"
          label={t("update.status")}
          value={values.status}
          options={actionStatuses.map((status) => ({ value: status, label: t(`actionStatus.${status}`) }))}
          onValue={(status) => setValues({ ...values, status })}
          error={errors.fields.status}
          required
        />
        {values.status !== "done" && (
          <TextField
            id="update-progress"
            label={t("update.progress")}
            hint={t("update.progressHint")}
            value={values.progress}
            onValue={(progress) => setValues({ ...values, progress })}
            inputMode="numeric"
            autoComplete="off"
            error={errors.fields.progress}
            required
          />
        )}
        {values.status === "dropped" && (
          <TextAreaField
            id="update-reason"
            label={t("update.droppedReason")}
            value={values.droppedReason}
            onValue={(droppedReason) => setValues({ ...values, droppedReason })}
            rows={2}
            maxLength={limits.reasonMax}
            error={errors.fields.droppedReason}
            required
          />
        )}
        <TextAreaField
          id="update-note"
          label={t("update.note")}
          value={values.note}
          onValue={(note) => setValues({ ...values, note })}
          rows={4}
          maxLength={limits.noteMax}
          error={errors.fields.note}
          required
        />
        <SubmitFooter label={t("update.send")} busy={busy} done={false} />
      </Form>
    </div>
  );
}

/** `/programmes/:id/actions/:actionId/update`: the lead association's dated update of an action. */
export function UpdatePage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const actionId = params.actionId ?? "";
  const programme = useResource(() => fetchProgramme(id), [id]);
  const { t } = useI18n();
  return (
    <LoadState resource={programme}>
      {(data) => {
        const action = findAction(data.axes, actionId);
        if (!action) return <p class="notice">{t("errors.NOT_FOUND")}</p>;
        const leads = data.represents.filter((mine) => action.leads.some((lead) => lead.id === mine.id));
        if (!action.canUpdate || leads.length === 0) return <p class="notice">{t("errors.PROGRAMME_NOT_LEAD")}</p>;
        return <UpdateForm programmeId={id} action={action} leads={leads} />;
      }}
    </LoadState>
  );
}
