import { useState } from "preact/hooks";
import type { FieldOfAction } from "../../../../common/reference.js";
import { ConfirmButton } from "../../../components/ConfirmButton.js";
import { DataTable } from "../../../components/DataTable.js";
import { Form } from "../../../components/Form.js";
import { FormDialog, useFormDialog } from "../../../components/FormDialog.js";
import { LoadState } from "../../../components/LoadState.js";
import { PageHeading } from "../../../components/PageHeading.js";
import { SubmitFooter } from "../../../components/SubmitFooter.js";
import { TextField } from "../../../components/TextField.js";
import { useResource } from "../../../components/useResource.js";
import { useSubmit } from "../../../components/useSubmit.js";
import { useI18n } from "../../../i18n/index.js";
import { describeFormError, errorMessage } from "../../../lib/form-errors.js";
import { forgetFields } from "../../associations/reference.js";
import { createField, deleteField, fetchAllFields, updateField } from "./api.js";
import "../../../components/DataTable.css";
import "../../../components/forms.css";

/** Reference data: fields of action. Adding, renaming, deactivating (kept on the associations that have it). */
export function FieldsAdmin() {
  const i18n = useI18n();
  const { t } = i18n;
  const fields = useResource(fetchAllFields, []);
  const toggle = useSubmit();
  const changed = () => {
    forgetFields();
    fields.reload();
  };
  const setActive = (field: FieldOfAction, active: boolean) =>
    toggle.run(async () => {
      await updateField(field.id, { active });
      changed();
    });

  return (
    <div class="stack">
      <PageHeading title={t("admin.fields.title")} />
      <p class="muted">{t("admin.fields.intro")}</p>
      <AddFieldForm onAdded={changed} />
      {toggle.error ? (
        <p class="form-alert" role="alert">
          {errorMessage(toggle.error, i18n)}
        </p>
      ) : null}
      <LoadState resource={fields}>
        {(list) => (
          <DataTable
            label={t("admin.fields.title")}
            columns={[
              t("admin.fields.nameAr"),
              t("admin.fields.nameFr"),
              t("admin.fields.code"),
              t("common.status"),
              t("common.actions"),
            ]}
            rows={list}
          >
            {(field) => (
              <tr key={field.id} class={field.active ? undefined : "row-inactive"}>
                <th scope="row">{field.nameAr}</th>
                <td>
                  <bdi lang="fr">{field.nameFr}</bdi>
                </td>
                <td>
                  <code>{field.code}</code>
                </td>
                <td>
                  <span class={`badge ${field.active ? "status-active" : "status-withdrawn"}`}>
                    {field.active ? t("admin.fields.active") : t("admin.fields.inactive")}
                  </span>
                </td>
                <td>
                  <div class="row-actions">
                    <RenameButton field={field} onDone={changed} />
                    <button
                      type="button"
                      class="button-quiet"
                      disabled={toggle.busy}
                      onClick={() => setActive(field, !field.active)}
                      aria-label={t(field.active ? "admin.fields.deactivateOf" : "admin.fields.activateOf", {
                        name: field.nameAr,
                      })}
                    >
                      {field.active ? t("admin.fields.deactivate") : t("admin.fields.activate")}
                    </button>
                    <ConfirmButton
                      label={t("admin.fields.delete")}
                      ariaLabel={t("admin.fields.deleteOf", { name: field.nameAr })}
                      title={t("admin.fields.deleteTitle")}
                      body={<p>{t("admin.fields.deleteBody", { name: field.nameAr })}</p>}
                      confirmLabel={t("admin.fields.delete")}
                      danger
                      action={() => deleteField(field.id)}
                      onDone={changed}
                    />
                  </div>
                </td>
              </tr>
            )}
          </DataTable>
        )}
      </LoadState>
    </div>
  );
}

function AddFieldForm({ onAdded }: { onAdded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const empty = { nameAr: "", nameFr: "", code: "" };
  const [values, setValues] = useState(empty);
  const [added, setAdded] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, {
    values,
    codeFields: { CONFLICT: { field: "code", key: "admin.fields.codeTaken" } },
    fieldKeys: { code: "admin.fields.codeRule" },
  });
  const submit = async () => {
    setAdded(null);
    await run(async () => {
      const field = await createField({
        nameAr: values.nameAr.trim(),
        nameFr: values.nameFr.trim(),
        ...(values.code.trim() ? { code: values.code.trim() } : {}),
      });
      setValues(empty);
      setAdded(field.nameAr);
      onAdded();
    });
  };
  return (
    <section class="card" aria-labelledby="add-field-title">
      <h2 id="add-field-title">{t("admin.fields.add")}</h2>
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("admin.fields.add")}>
        <div class="field-pair">
          <TextField
            id="field-nameAr"
            label={t("admin.fields.nameAr")}
            autoComplete="off"
            required
            value={values.nameAr}
            onValue={(nameAr) => setValues({ ...values, nameAr })}
            error={errors.fields.nameAr}
          />
          <TextField
            id="field-nameFr"
            label={t("admin.fields.nameFr")}
            autoComplete="off"
            lang="fr"
            dir="ltr"
            required
            value={values.nameFr}
            onValue={(nameFr) => setValues({ ...values, nameFr })}
            error={errors.fields.nameFr}
          />
        </div>
        <TextField
          id="field-code"
          label={t("admin.fields.codeOptional")}
          hint={t("admin.fields.codeHint")}
          autoComplete="off"
          dir="ltr"
          value={values.code}
          onValue={(code) => setValues({ ...values, code })}
          error={errors.fields.code}
        />
        <SubmitFooter
          label={t("admin.fields.addSubmit")}
          busy={busy}
          done={added && t("admin.fields.added", { name: added })}
        />
      </Form>
    </section>
  );
}

function RenameButton({ field, onDone }: { field: FieldOfAction; onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const dialog = useFormDialog();
  const [values, setValues] = useState({ nameAr: field.nameAr, nameFr: field.nameFr });
  const errors = describeFormError(dialog.error, i18n, { values });
  const submit = async () => {
    const renamed = { nameAr: values.nameAr.trim(), nameFr: values.nameFr.trim() };
    if (await dialog.submit(() => updateField(field.id, renamed))) onDone();
  };
  return (
    <>
      <button
        type="button"
        class="button-quiet"
        onClick={() => {
          setValues({ nameAr: field.nameAr, nameFr: field.nameFr });
          dialog.show();
        }}
        aria-label={t("admin.fields.renameOf", { name: field.nameAr })}
      >
        {t("admin.fields.rename")}
      </button>
      <FormDialog
        dialog={dialog}
        title={t("admin.fields.renameTitle")}
        alert={errors.alert}
        submitLabel={t("admin.fields.renameSubmit")}
        onSubmit={submit}
      >
        <TextField
          id={`rename-ar-${field.id}`}
          label={t("admin.fields.nameAr")}
          autoComplete="off"
          value={values.nameAr}
          onValue={(nameAr) => setValues({ ...values, nameAr })}
          error={errors.fields.nameAr}
        />
        <TextField
          id={`rename-fr-${field.id}`}
          label={t("admin.fields.nameFr")}
          autoComplete="off"
          lang="fr"
          dir="ltr"
          value={values.nameFr}
          onValue={(nameFr) => setValues({ ...values, nameFr })}
          error={errors.fields.nameFr}
        />
      </FormDialog>
    </>
  );
}
