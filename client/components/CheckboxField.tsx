import type { ComponentChildren } from "preact";

type Props = {
  id: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  children: ComponentChildren;
  hint?: string;
  error?: string | undefined;
  disabled?: boolean;
};

/** One checkbox whose label is its text (a declaration, an acceptance); hint and error tied to it. */
export function CheckboxField({ id, checked, onChecked, children, hint, error, disabled }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class="check">
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChecked(event.currentTarget.checked)}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      />
      <label for={id}>{children}</label>
      {hint && (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
