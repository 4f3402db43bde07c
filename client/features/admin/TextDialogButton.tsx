import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { Dialog } from "../../components/Dialog.js";
import { Form } from "../../components/Form.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../auth/form-errors.js";

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
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const { busy, error, run, clearError } = useSubmit();
  const date = props.dateField;
  const errors = describeFormError(error, i18n, {
    values: { text, date: date?.value ?? "" },
    aliases: { [props.textPath]: "text", ...(date ? { [date.path]: "date" as const } : {}) },
  });
  const id = `dialog-${props.textPath}`;

  const close = () => {
    setOpen(false);
    clearError();
  };
  const submit = async () => {
    if (await run(async () => void (await props.action(text.trim())))) {
      setOpen(false);
      setText("");
      props.onDone?.();
    }
  };

  return (
    <>
      <button
        type="button"
        class={props.primary ? "button" : props.danger ? "button-quiet button-danger" : "button-quiet"}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </button>
      <Dialog open={open} title={props.title} onClose={close}>
        <Form onSubmit={submit} alert={errors.alert} attempt={error} label={props.title}>
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
          <div class="form-footer">
            <button type="submit" class={props.danger ? "button button-danger" : "button"} disabled={busy}>
              {props.confirmLabel}
            </button>
            <button type="button" class="button-quiet" onClick={close}>
              {t("action.cancel")}
            </button>
          </div>
        </Form>
      </Dialog>
    </>
  );
}
