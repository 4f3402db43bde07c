import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { errorMessage } from "../features/auth/form-errors.js";
import { useI18n } from "../i18n/index.js";
import { Dialog } from "./Dialog.js";
import { Form } from "./Form.js";
import { useSubmit } from "./useSubmit.js";

type Props = {
  /** The button that opens the confirmation. */
  label: string;
  title: string;
  /** What will happen, in words. */
  body: ComponentChildren;
  confirmLabel: string;
  action: () => Promise<unknown>;
  /** After the action succeeded and the dialog closed. */
  onDone?: () => void;
  danger?: boolean;
  disabled?: boolean;
  /** An accessible name for the opening button when its label alone is ambiguous in a list. */
  ariaLabel?: string;
};

/** A button whose action runs only once confirmed in a dialog; a refusal shows in the dialog. */
export function ConfirmButton({
  label,
  title,
  body,
  confirmLabel,
  action,
  onDone,
  danger,
  disabled,
  ariaLabel,
}: Props) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const { busy, error, run, clearError } = useSubmit();

  const close = () => {
    setOpen(false);
    clearError();
  };
  const confirm = async () => {
    if (
      await run(async () => {
        await action();
      })
    ) {
      setOpen(false);
      onDone?.();
    }
  };

  return (
    <>
      <button
        type="button"
        class={danger ? "button-quiet button-danger" : "button-quiet"}
        disabled={disabled}
        aria-label={ariaLabel}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <Dialog open={open} title={title} onClose={close}>
        <Form onSubmit={confirm} alert={error ? errorMessage(error, i18n) : null} attempt={error} label={title}>
          <div>{body}</div>
          <div class="form-footer">
            <button type="submit" class={danger ? "button button-danger" : "button"} disabled={busy}>
              {confirmLabel}
            </button>
            <button type="button" class="button-quiet" onClick={close}>
              {i18n.t("action.cancel")}
            </button>
          </div>
        </Form>
      </Dialog>
    </>
  );
}
