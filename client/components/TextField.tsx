import type { Ref } from "preact";

type Props = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: "text" | "email" | "password" | "url" | "tel" | "search" | "date";
  autoComplete: string;
  required?: boolean;
  hint?: string;
  error?: string | undefined;
  dir?: "ltr" | "rtl" | "auto";
  inputRef?: Ref<HTMLInputElement>;
  inputMode?: "numeric" | "email" | "tel" | "url" | "search";
  maxLength?: number;
  lang?: string;
  disabled?: boolean;
};

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ id, label, value, onValue, type = "text", hint, error, ...rest }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        autocomplete={rest.autoComplete}
        required={rest.required}
        dir={rest.dir}
        ref={rest.inputRef}
        inputMode={rest.inputMode}
        maxLength={rest.maxLength}
        lang={rest.lang}
        disabled={rest.disabled}
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
