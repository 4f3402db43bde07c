import { useState } from "preact/hooks";
import type { AssociationManageView } from "../../../common/associations.js";
import { Dialog } from "../../components/Dialog.js";
import { Form } from "../../components/Form.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../auth/form-errors.js";
import { postWithdraw } from "./api.js";

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
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const { busy, error, run, clearError } = useSubmit();
  const errors = describeFormError(error, i18n, { values: { note } });

  const close = () => {
    setOpen(false);
    clearError();
  };
  const submit = async () => {
    if (await run(async () => onWithdrawn(await postWithdraw(view.slug, note.trim())))) setOpen(false);
  };

  return (
    <section class="card danger-zone" id="withdraw" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t("withdraw.title")}</h2>
      <p>{t("withdraw.body")}</p>
      <button type="button" class="button-quiet button-danger" onClick={() => setOpen(true)}>
        {t("withdraw.action")}
      </button>
      <Dialog open={open} title={t("withdraw.title")} onClose={close}>
        <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("withdraw.title")}>
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
          <div class="form-footer">
            <button type="submit" class="button button-danger" disabled={busy}>
              {t("withdraw.action")}
            </button>
            <button type="button" class="button-quiet" onClick={close}>
              {t("action.cancel")}
            </button>
          </div>
        </Form>
      </Dialog>
    </section>
  );
}
