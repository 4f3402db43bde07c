import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef } from "preact/hooks";
import "./Dialog.css";

type Props = {
  open: boolean;
  title: string;
  /** Called when the dialog closes by itself too (Escape). */
  onClose: () => void;
  children: ComponentChildren;
};

/**
 * A modal dialog on the native `<dialog>`: the browser traps focus inside, closes it with Escape and
 * gives focus back to the button that opened it.
 */
export function Dialog({ open, title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} class="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>
  );
}
