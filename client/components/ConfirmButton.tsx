import type { ComponentChildren } from "preact";
import { FormDialog, useFormDialog } from "./FormDialog.js";

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
  const dialog = useFormDialog();
  const confirm = async () => {
    if (await dialog.submit(action)) onDone?.();
  };

  return (
    <>
      <button
        type="button"
        class={danger ? "button-quiet button-danger" : "button-quiet"}
        disabled={disabled}
        aria-label={ariaLabel}
        onClick={dialog.show}
      >
        {label}
      </button>
      <FormDialog dialog={dialog} title={title} submitLabel={confirmLabel} danger={danger} onSubmit={confirm}>
        <div>{body}</div>
      </FormDialog>
    </>
  );
}
