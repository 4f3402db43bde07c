type Option<V extends string> = { value: V; label: string; lang?: string };

type Props<V extends string> = {
  id: string;
  label: string;
  value: V;
  options: Option<V>[];
  onValue: (value: V) => void;
  autoComplete?: string;
  error?: string | undefined;
  hint?: string;
};

/** A labelled native select: the most accessible choice on phones and with screen readers. */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onValue,
  autoComplete,
  error,
  hint,
}: Props<V>) {
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
      <select
        id={id}
        name={id}
        value={value}
        autocomplete={autoComplete}
        onChange={(event) => onValue(event.currentTarget.value as V)}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
