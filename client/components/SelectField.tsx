import { Field } from "./Field.js";

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
  required?: boolean;
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
  required,
}: Props<V>) {
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          autocomplete={autoComplete}
          required={required}
          onChange={(event) => onValue(event.currentTarget.value as V)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
