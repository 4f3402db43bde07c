import type { ComponentChildren } from "preact";
import { controlProps, FieldError, FieldHint, requiredLabel } from "./Field.js";
import "./forms.css";

type Props = {
  id: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  children: ComponentChildren;
  hint?: string;
  error?: string | undefined;
  disabled?: boolean;
  /** To be checked before sending (an acceptance): marked on the label. */
  required?: boolean;
};

/** One checkbox whose label is its text (a declaration, an acceptance); hint and error tied to it. */
export function CheckboxField({ id, checked, onChecked, children, hint, error, disabled, required }: Props) {
  return (
    <div class="check">
      <input
        {...controlProps(id, hint, error)}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        required={required}
        onChange={(event) => onChecked(event.currentTarget.checked)}
      />
      <label for={id} class={requiredLabel(required)}>
        {children}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}
