import type { ComponentChildren } from "preact";
import { Field } from "./Field.js";

type Props = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  maxLength?: number;
  required?: boolean;
  /** A sentence, or richer help (the Markdown cheat sheet). */
  hint?: ComponentChildren;
  error?: string | undefined;
};

/** A labelled multi-line field; `dir="auto"` lets a French paragraph run left to right. */
export function TextAreaField({ id, label, value, onValue, rows = 5, hint, error, ...rest }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          value={value}
          dir="auto"
          maxLength={rest.maxLength}
          required={rest.required}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
