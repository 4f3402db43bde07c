import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { useI18n } from "../i18n/index.js";
import { errorMessage } from "../lib/form-errors.js";
import { Dialog } from "./Dialog.js";
import { Form } from "./Form.js";
import { useSubmit } from "./useSubmit.js";
import "./forms.css";

/** Whether a form dialog is open, and its submission: a refusal keeps it open, success closes it. */
export function useFormDialog() {
  const [open, setOpen] = useState(false);
  const { busy, error, run, clearError } = useSubmit();
  return {
    open,
    busy,
    error,
    show: () => setOpen(true),
    close: () => {
      setOpen(false);
      clearError();
    },
    /** Runs the action once at a time; closes the dialog and answers true when it succeeded. */
    submit: async (action: () => Promise<unknown>) => {
      const ok = await run(async () => {
        await action();
      });
      if (ok) setOpen(false);
      return ok;
    },
  };
}

type Props = {
  dialog: ReturnType<typeof useFormDialog>;
  title: string;
  /** The message for the whole form; by default the failure's own. */
  alert?: string | null;
  submitLabel: string;
  danger?: boolean;
  onSubmit: () => void;
  children: ComponentChildren;
};

/** A form in a modal dialog: what it asks, then the button that confirms and the one that cancels. */
export function FormDialog({ dialog, title, alert, submitLabel, danger, onSubmit, children }: Props) {
  const i18n = useI18n();
  return (
    <Dialog open={dialog.open} title={title} onClose={dialog.close}>
      <Form
        onSubmit={onSubmit}
        alert={alert !== undefined ? alert : dialog.error ? errorMessage(dialog.error, i18n) : null}
        attempt={dialog.error}
        label={title}
      >
        {children}
        <div class="form-footer">
          <button type="submit" class={danger ? "button button-danger" : "button"} disabled={dialog.busy}>
            {submitLabel}
          </button>
          <button type="button" class="button-quiet" onClick={dialog.close}>
            {i18n.t("action.cancel")}
          </button>
        </div>
      </Form>
    </Dialog>
  );
}
