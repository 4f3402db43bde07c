import type { ComponentChildren } from "preact";
import { BidiText } from "./BidiText.js";
import "./forms.css";

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

type Props = {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  /** The control, given its id, name and the attributes that tie it to the hint and the error. */
  children: (control: ControlProps) => ComponentChildren;
};

/** A labelled control: label, hint, the control itself, then its error. */
export function Field({ id, label, hint, error, children }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      {children(controlProps(id, hint, error))}
      <FieldError id={id} error={error} />
    </div>
  );
}
