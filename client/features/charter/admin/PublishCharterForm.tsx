import { useState } from "preact/hooks";
import { type CharterKind, type CurrentCharter, charterKinds } from "../../../../common/charter.js";
import { Dialog } from "../../../components/Dialog.js";
import { Form } from "../../../components/Form.js";
import { SelectField } from "../../../components/SelectField.js";
import { SubmitFooter } from "../../../components/SubmitFooter.js";
import { TextAreaField } from "../../../components/TextAreaField.js";
import { TextField } from "../../../components/TextField.js";
import { useSubmit } from "../../../components/useSubmit.js";
import { useI18n } from "../../../i18n/index.js";
import { describeFormError } from "../../../lib/form-errors.js";
import { MarkdownHint } from "../../membership/MarkdownHint.js";
import { MarkdownPreview } from "../../membership/MarkdownPreview.js";
import { publishVersion } from "./api.js";
import "../../../components/forms.css";

function draftOf(current: CurrentCharter, kind: CharterKind) {
  const version = kind === "charter" ? current.charter : current.internalRules;
  return {
    kind,
    title: version?.title ?? "",
    bodyMd: version?.bodyMd ?? "",
    titleFr: version?.french?.title ?? "",
    bodyMdFr: version?.french?.bodyMd ?? "",
  };
}

/**
 * A new version starts from the text in force. Publishing is confirmed after reading the text once
 * more, with the warning that every association will be asked to accept it.
 */
export function PublishCharterForm({ current, onPublished }: { current: CurrentCharter; onPublished: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState(() => draftOf(current, "charter"));
  const [reviewing, setReviewing] = useState(false);
  const [published, setPublished] = useState<string | null>(null);
  const { busy, error, run, clearError } = useSubmit();
  const errors = describeFormError(error, i18n, { values });
  const inForce = values.kind === "charter" ? current.charter : current.internalRules;

  const publish = async () => {
    const ok = await run(async () => {
      const version = await publishVersion({
        kind: values.kind,
        title: values.title.trim(),
        bodyMd: values.bodyMd,
        titleFr: values.titleFr.trim(),
        bodyMdFr: values.bodyMdFr,
      });
      setPublished(t("admin.charter.published", { title: version.title, version: version.version }));
    });
    setReviewing(false);
    if (ok) onPublished();
  };

  return (
    <section class="card" aria-labelledby="publish-title">
      <h2 id="publish-title">{t("admin.charter.publishTitle")}</h2>
      <Form
        onSubmit={() => {
          clearError();
          setPublished(null);
          setReviewing(true);
        }}
        alert={errors.alert}
        attempt={error}
        label={t("admin.charter.publishTitle")}
      >
        <SelectField
          id="charter-kind"
          label={t("admin.charter.kind")}
          value={values.kind}
          options={charterKinds.map((kind) => ({ value: kind, label: t(`charterKind.${kind}`) }))}
          onValue={(kind) => setValues(draftOf(current, kind))}
        />
        <p class="muted">
          {inForce ? t("admin.charter.startsFrom", { version: inForce.version }) : t("admin.charter.first")}
        </p>
        <TextField
          id="charter-title"
          label={t("admin.charter.titleField")}
          autoComplete="off"
          required
          value={values.title}
          onValue={(title) => setValues({ ...values, title })}
          error={errors.fields.title}
        />
        <TextAreaField
          id="charter-body"
          label={t("admin.charter.body")}
          hint={<MarkdownHint />}
          rows={16}
          required
          value={values.bodyMd}
          onValue={(bodyMd) => setValues({ ...values, bodyMd })}
          error={errors.fields.bodyMd}
        />
        <MarkdownPreview markdown={values.bodyMd} />
        <fieldset class="form-section">
          <legend>{t("admin.charter.frenchSection")}</legend>
          <p class="field-hint">{t("admin.charter.frenchHint")}</p>
          <TextField
            id="charter-title-fr"
            label={t("admin.charter.titleFrField")}
            autoComplete="off"
            dir="ltr"
            lang="fr"
            value={values.titleFr}
            onValue={(titleFr) => setValues({ ...values, titleFr })}
            error={errors.fields.titleFr}
          />
          <TextAreaField
            id="charter-body-fr"
            label={t("admin.charter.bodyFr")}
            rows={10}
            value={values.bodyMdFr}
            onValue={(bodyMdFr) => setValues({ ...values, bodyMdFr })}
            error={errors.fields.bodyMdFr}
          />
        </fieldset>
        <SubmitFooter label={t("admin.charter.review")} done={published} />
      </Form>
      <Dialog open={reviewing} title={t("admin.charter.confirmTitle")} onClose={() => setReviewing(false)}>
        <div class="stack-small">
          <p class="notice notice-warning">{t("admin.charter.warning")}</p>
          <p>
            <strong>{t(`charterKind.${values.kind}`)}</strong> · {values.title}
          </p>
          {reviewing && <MarkdownPreview markdown={values.bodyMd} immediate />}
          <div class="form-footer">
            <button type="button" class="button" disabled={busy} onClick={publish}>
              {t("admin.charter.publish")}
            </button>
            <button type="button" class="button-quiet" onClick={() => setReviewing(false)}>
              {t("admin.charter.keepEditing")}
            </button>
          </div>
        </div>
      </Dialog>
    </section>
  );
}
