import { useState } from "preact/hooks";
import type { AssociationManageView } from "../../../common/associations.js";
import { FormDialog, useFormDialog } from "../../components/FormDialog.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { postWithdraw } from "./api.js";
import "./membership.css";

/** An active association leaves the forum, confirmed, with an optional word why. */
export function WithdrawSection({
  view,
  onWithdrawn,
}: {
  view: AssociationManageView;
  onWithdrawn: (view: AssociationManageView) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const dialog = useFormDialog();
  const [note, setNote] = useState("");
  const errors = describeFormError(dialog.error, i18n, { values: { note } });
  const submit = () => dialog.submit(async () => onWithdrawn(await postWithdraw(view.slug, note.trim())));

  return (
    <section class="card danger-zone" id="withdraw" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t("withdraw.title")}</h2>
      <p>{t("withdraw.body")}</p>
      <button type="button" class="button-quiet button-danger" onClick={dialog.show}>
        {t("withdraw.action")}
      </button>
      <FormDialog
        dialog={dialog}
        title={t("withdraw.title")}
        alert={errors.alert}
        submitLabel={t("withdraw.action")}
        danger
        onSubmit={submit}
      >
        <p>{t("withdraw.confirmBody", { name: view.nameAr })}</p>
        <TextAreaField
          id="withdraw-note"
          label={t("withdraw.note")}
          rows={3}
          maxLength={5000}
          value={note}
          onValue={setNote}
          error={errors.fields.note}
        />
      </FormDialog>
    </section>
  );
}
