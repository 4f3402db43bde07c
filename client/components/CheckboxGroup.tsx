import { controlProps, FieldError, FieldHint, requiredLabel } from "./Field.js";
import "./forms.css";

type Option = { value: string; label: string };

/** A named subset of the options, shown under its own heading. */
export type OptionGroup = { id: string; label: string; options: Option[] };

type Props = {
  id: string;
  legend: string;
  /** The options, or, for a long list, the options in named groups. */
  options: Option[] | OptionGroup[];
  /** At least one choice is needed (marked on the legend). */
  required?: boolean;
  values: string[];
  onValues: (values: string[]) => void;
  hint?: string;
  error?: string | undefined;
};

/** Several choices under one question: a fieldset whose legend names it, the error read with it. */
export function CheckboxGroup({ id, legend, options, values, onValues, hint, error, required }: Props) {
  const aria = controlProps(id, hint, error);
  const toggle = (value: string, checked: boolean) =>
    onValues(checked ? [...values, value] : values.filter((current) => current !== value));
  const grid = (list: Option[]) => (
    <div class="check-grid">
      {list.map((option) => (
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
  );
  const grouped = options.length > 0 && "options" in options[0]!;
  return (
    <fieldset class="fieldset" id={id} aria-describedby={aria["aria-describedby"]}>
      <legend class={requiredLabel(required)}>{legend}</legend>
      <FieldHint id={id} hint={hint} />
      {grouped
        ? (options as OptionGroup[]).map((group) => (
            <fieldset class="check-group" key={group.id}>
              <legend>{group.label}</legend>
              {grid(group.options)}
            </fieldset>
          ))
        : grid(options as Option[])}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
