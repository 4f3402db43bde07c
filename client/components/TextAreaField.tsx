import type { ComponentChildren } from "preact";

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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <div id={hintId} class="field-hint">
          {hint}
        </div>
      )}
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        dir="auto"
        maxLength={rest.maxLength}
        required={rest.required}
        onInput={(event) => onValue(event.currentTarget.value)}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
