import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { BidiText } from "./BidiText.js";
import "./forms.css";

/** One field at fault, for the summary at the top of a long form. */
export type SummaryItem = { id: string; label: string; message: string };

type Props = {
  onSubmit: () => void;
  /** The message for the whole form, read out by screen readers as soon as it appears. */
  alert: string | null;
  /** The failure itself (null when none): a new one moves focus again even when the message repeats. */
  attempt: unknown;
  label?: string;
  /**
   * A long form lists its fields at fault under the alert, each a link to its field; focus then goes
   * to the alert so the whole list is read first.
   */
  summary?: SummaryItem[];
  children: ComponentChildren;
};

/** Focuses a field by id; a fieldset (a checkbox group) gives focus to its first control. */
function focusField(id: string) {
  const element = document.getElementById(id);
  const target = element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>("input") : element;
  target?.focus();
  target?.scrollIntoView({ block: "center" });
}

/**
 * A form validated by the server: `noValidate` keeps the browser's own bubbles (in the browser's
 * language) out of the way; after a failure focus goes to the first field at fault, or the alert.
 */
export function Form({ onSubmit, alert, attempt, label, summary, children }: Props) {
  const ref = useRef<HTMLFormElement>(null);
  const listed = Boolean(summary && summary.length > 0);

  useEffect(() => {
    const form = ref.current;
    if (!form || !attempt) return;
    const target = listed
      ? form.querySelector<HTMLElement>(".form-alert")
      : (form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>(".form-alert"));
    target?.focus();
  }, [attempt]);

  return (
    <form
      ref={ref}
      class="form"
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {alert && (
        <div class="form-alert" role="alert" tabIndex={-1}>
          <p>
            <BidiText text={alert} />
          </p>
          {listed && (
            <ul class="error-summary">
              {summary?.map((item) => (
                <li key={item.id}>
                  <a
                    class="error-summary-link"
                    href={`#${item.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(item.id);
                    }}
                  >
                    {item.label}: <BidiText text={item.message} />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {children}
    </form>
  );
}
