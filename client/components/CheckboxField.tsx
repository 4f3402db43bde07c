import type { ComponentChildren } from "preact";
import { controlProps, FieldError, FieldHint } from "./Field.js";
import "./forms.css";

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
  return (
    <div class="check">
      <input
        {...controlProps(id, hint, error)}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChecked(event.currentTarget.checked)}
      />
      <label for={id}>{children}</label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}
