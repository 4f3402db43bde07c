import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

type Props = {
  onSubmit: () => void;
  /** The message for the whole form, read out by screen readers as soon as it appears. */
  alert: string | null;
  /** The failure itself (null when none): a new one moves focus again even when the message repeats. */
  attempt: unknown;
  label?: string;
  children: ComponentChildren;
};

/**
 * A form validated by the server: `noValidate` keeps the browser's own bubbles (in the browser's
 * language) out of the way; after a failure focus goes to the first field at fault, or the alert.
 */
export function Form({ onSubmit, alert, attempt, label, children }: Props) {
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const form = ref.current;
    if (!form || !attempt) return;
    const target =
      form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>(".form-alert");
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
          {alert}
        </div>
      )}
      {children}
    </form>
  );
}
