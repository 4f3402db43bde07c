import { controlProps, FieldError, FieldHint } from "./Field.js";
import "./forms.css";

type Option = { value: string; label: string };

type Props = {
  id: string;
  legend: string;
  options: Option[];
  values: string[];
  onValues: (values: string[]) => void;
  hint?: string;
  error?: string | undefined;
};

/** Several choices under one question: a fieldset whose legend names it, the error read with it. */
export function CheckboxGroup({ id, legend, options, values, onValues, hint, error }: Props) {
  const aria = controlProps(id, hint, error);
  const toggle = (value: string, checked: boolean) =>
    onValues(checked ? [...values, value] : values.filter((current) => current !== value));
  return (
    <fieldset class="fieldset" id={id} aria-describedby={aria["aria-describedby"]}>
      <legend>{legend}</legend>
      <FieldHint id={id} hint={hint} />
      <div class="check-grid">
        {options.map((option) => (
          <div class="check" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              name={id}
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
              aria-invalid={aria["aria-invalid"]}
            />
            <label for={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
