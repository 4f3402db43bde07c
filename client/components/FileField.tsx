import type { Ref } from "preact";

type Props = {
  id: string;
  label: string;
  /** MIME types the picker offers; the server decides from the bytes anyway. */
  accept: readonly string[];
  onFile: (file: File | null) => void;
  hint?: string;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
};

/** A labelled file picker for one file. */
export function FileField({ id, label, accept, onFile, hint, error, inputRef }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={id}
        type="file"
        ref={inputRef}
        accept={accept.join(",")}
        onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
