import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { FormDialog, useFormDialog } from "../../components/FormDialog.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";

type Props = {
  label: string;
  title: string;
  body: ComponentChildren;
  fieldLabel: string;
  fieldHint?: string;
  /** A reason or a message the decision cannot go without. */
  required: boolean;
  confirmLabel: string;
  danger?: boolean;
  primary?: boolean;
  /** An optional date, with its state in the caller (the end of a suspension). */
  dateField?: { path: string; label: string; hint: string; value: string; onValue: (value: string) => void };
  action: (text: string) => Promise<unknown>;
  onDone?: () => void;
  /** Field ids the server may name besides the text (path → shown where). */
  textPath: string;
};

/** A decision taken in a dialog with a few words: a reason, a message, a note. */
export function TextDialogButton(props: Props) {
  const i18n = useI18n();
  const dialog = useFormDialog();
  const [text, setText] = useState("");
  const date = props.dateField;
  const errors = describeFormError(dialog.error, i18n, {
    values: { text, date: date?.value ?? "" },
    aliases: { [props.textPath]: "text", ...(date ? { [date.path]: "date" as const } : {}) },
  });
  const id = `dialog-${props.textPath}`;

  const submit = async () => {
    if (await dialog.submit(() => props.action(text.trim()))) {
      setText("");
      props.onDone?.();
    }
  };

  return (
    <>
      <button
        type="button"
        class={props.primary ? "button" : props.danger ? "button-quiet button-danger" : "button-quiet"}
        onClick={dialog.show}
      >
        {props.label}
      </button>
      <FormDialog
        dialog={dialog}
        title={props.title}
        alert={errors.alert}
        submitLabel={props.confirmLabel}
        danger={props.danger}
        onSubmit={submit}
      >
        <div>{props.body}</div>
        <TextAreaField
          id={id}
          label={props.fieldLabel}
          hint={props.fieldHint}
          rows={4}
          maxLength={5000}
          required={props.required}
          value={text}
          onValue={setText}
          error={errors.fields.text}
        />
        {date && (
          <TextField
            id={`${id}-date`}
            type="date"
            dir="ltr"
            label={date.label}
            hint={date.hint}
            autoComplete="off"
            value={date.value}
            onValue={date.onValue}
            error={errors.fields.date}
          />
        )}
      </FormDialog>
    </>
  );
}
