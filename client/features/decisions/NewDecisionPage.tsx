import "../../i18n/decisions.js";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { type ManualDecisionInput, manualOutcomes } from "../../../common/decisions.js";
import { FileField } from "../../components/FileField.js";
import { Form } from "../../components/Form.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { SelectField } from "../../components/SelectField.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { useSession } from "../auth/session.js";
import { postDecision } from "./api.js";
import { label } from "./labels.js";
import "./decisions.css";

type Outcome = ManualDecisionInput["outcome"];

/** A moderator records a decision taken outside a vote (a general assembly), with its source document. */
export function NewDecisionPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { status, user } = useSession();
  const { route } = useLocation();
  const [values, setValues] = useState({ title: "", textMd: "", decidedAt: "", outcome: "adopted" as Outcome });
  const [source, setSource] = useState<File | null>(null);
  const submit = useSubmit();
  const errors = describeFormError(submit.error, i18n, { values: { ...values, source: source?.name ?? "" } });

  if (status === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user) return <Redirect to="/login?next=/decisions/new" />;
  if (user.role !== "moderator" && user.role !== "admin") {
    return <p class="notice">{t("decisions.form.forbidden")}</p>;
  }

  return (
    <div class="narrow stack">
      <PageHeading title={t("decisions.new")} />
      <Form
        attempt={submit.error}
        alert={errors.alert}
        onSubmit={() =>
          void submit.run(async () => {
            const made = await postDecision(values, source);
            route(`/decisions/${made.number}`);
          })
        }
      >
        <TextField
          id="decision-title"
          label={t("decisions.form.title")}
          value={values.title}
          onValue={(title) => setValues({ ...values, title })}
          autoComplete="off"
          required
          maxLength={300}
          error={errors.fields.title}
        />
        <TextAreaField
          id="decision-text"
          label={t("decisions.form.text")}
          value={values.textMd}
          onValue={(textMd) => setValues({ ...values, textMd })}
          rows={8}
          required
          error={errors.fields.textMd}
        />
        <TextField
          id="decision-date"
          type="date"
          label={t("decisions.form.decidedAt")}
          value={values.decidedAt}
          onValue={(decidedAt) => setValues({ ...values, decidedAt })}
          autoComplete="off"
          required
          error={errors.fields.decidedAt}
        />
        <SelectField
          id="decision-outcome"
          label={t("decisions.form.outcome")}
          value={values.outcome}
          options={manualOutcomes.map((outcome) => ({ value: outcome, label: label(i18n, "outcome", outcome) }))}
          onValue={(outcome) => setValues({ ...values, outcome })}
          required
        />
        <FileField
          id="decision-source"
          label={t("decisions.form.source")}
          hint={t("decisions.form.sourceHint")}
          accept={["application/pdf"]}
          onFile={setSource}
          error={errors.fields.source}
        />
        <button type="submit" class="button" disabled={submit.busy}>
          {t("decisions.form.submit")}
        </button>
      </Form>
    </div>
  );
}
