import type { ComponentChildren } from "preact";
import { BidiText } from "./BidiText.js";
import "./forms.css";
import "./field.css";

/** What a control carries: its id and name, and what ties its hint and error to it. */
export type ControlProps = {
  id: string;
  name: string;
  "aria-invalid": "true" | undefined;
  "aria-describedby": string | undefined;
};

/** The control `id`, read with its hint and error paragraphs (`<id>-hint`, `<id>-error`). */
export function controlProps(id: string, hint: unknown, error: string | undefined): ControlProps {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return { id, name: id, "aria-invalid": error ? "true" : undefined, "aria-describedby": described || undefined };
}

/** The help under a label: a sentence, or richer help (the Markdown cheat sheet) that needs a block. */
export function FieldHint({ id, hint }: { id: string; hint?: ComponentChildren }) {
  if (!hint) return null;
  return typeof hint === "string" ? (
    <p id={`${id}-hint`} class="field-hint">
      <BidiText text={hint} />
    </p>
  ) : (
    <div id={`${id}-hint`} class="field-hint">
      {hint}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} class="field-error">
      <BidiText text={error} />
    </p>
  );
}

/**
 * The class that marks a required field's label or legend with an asterisk (drawn by CSS with an empty
 * alternative text, so it stays out of the accessible name; the control carries `required`).
 */
export const requiredLabel = (required: boolean | undefined) => (required ? "required-label" : undefined);

type Props = {
  id: string;
  label: string;
  /** Marks the label; the control itself carries `required`. */
  required?: boolean | undefined;
  hint?: ComponentChildren;
  error?: string | undefined;
  /** The control, given its id, name and the attributes that tie it to the hint and the error. */
  children: (control: ControlProps) => ComponentChildren;
};

/** A labelled control: label, hint, the control itself, then its error. */
export function Field({ id, label, required, hint, error, children }: Props) {
  return (
    <div class="field">
      <label for={id} class={requiredLabel(required)}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      {children(controlProps(id, hint, error))}
      <FieldError id={id} error={error} />
    </div>
  );
}
