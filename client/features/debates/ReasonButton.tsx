import { useState } from "preact/hooks";
import { FormDialog, useFormDialog } from "../../components/FormDialog.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";

type Props = {
  label: string;
  title: string;
  reasonLabel: string;
  hint?: string;
  submitLabel: string;
  /** Said once the action succeeded (a flag sent); nothing when the page itself shows the change. */
  done?: string;
  danger?: boolean;
  /** Names the opening button when its label alone is ambiguous among many replies. */
  ariaLabel?: string;
  action: (reason: string) => Promise<unknown>;
};

/** A button that asks for a reason in a dialog before acting: flagging, hiding, restoring, dismissing. */
export function ReasonButton({ label, title, reasonLabel, hint, submitLabel, done, danger, ariaLabel, action }: Props) {
  const i18n = useI18n();
  const dialog = useFormDialog();
  const [reason, setReason] = useState("");
  const [sent, setSent] = useState(false);
  const errors = describeFormError(dialog.error, i18n, { values: { reason } });
  return (
    <>
      <button
        type="button"
        class={danger ? "button-quiet button-danger-quiet" : "button-quiet"}
        aria-label={ariaLabel}
        onClick={() => {
          setSent(false);
          dialog.show();
        }}
      >
        {label}
      </button>
      {sent && done && (
        <span class="form-status" role="status">
          {done}
        </span>
      )}
      <FormDialog
        dialog={dialog}
        title={title}
        alert={errors.alert}
        submitLabel={submitLabel}
        danger={danger}
        onSubmit={async () => {
          if (await dialog.submit(() => action(reason))) {
            setReason("");
            setSent(true);
          }
        }}
      >
        <TextAreaField
          id={`reason-${title.length}-${label.length}`}
          label={reasonLabel}
          hint={hint}
          value={reason}
          onValue={setReason}
          rows={3}
          maxLength={1000}
          required
          error={errors.fields.reason}
        />
      </FormDialog>
    </>
  );
}
