import type { Ref } from "preact";
import { Field } from "./Field.js";

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
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="file"
          ref={inputRef}
          accept={accept.join(",")}
          onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)}
        />
      )}
    </Field>
  );
}
