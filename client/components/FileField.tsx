import type { Ref } from "preact";
import { useState } from "preact/hooks";
import { intlLocale } from "../i18n/format.js";
import { useI18n } from "../i18n/index.js";
import { controlProps, FieldError, FieldHint } from "./Field.js";
import "./file-field.css";

type Props = {
  id: string;
  label: string;
  /** MIME types the picker offers; the server decides from the bytes anyway. */
  accept: readonly string[];
  /** One file (or null when cleared). */
  onFile?: (file: File | null) => void;
  /** Several files at once, when `multiple`. */
  onFiles?: (files: File[]) => void;
  multiple?: boolean;
  hint?: string;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * A labelled file picker worded in the page's language: the browser's own button speaks the browser's
 * language («Choose File», «No file chosen»), so the native control is hidden (still focusable and
 * named by the label) and a styled label opens it and says what was chosen.
 */
export function FileField({ id, label, accept, onFile, onFiles, multiple, hint, error, inputRef }: Props) {
  const { t, locale } = useI18n();
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <div class="field file-field">
      <label for={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <input
        {...controlProps(id, hint, error)}
        class="file-input"
        type="file"
        ref={inputRef}
        multiple={multiple}
        accept={accept.join(",")}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          setChosen(files.map((file) => file.name));
          onFile?.(files[0] ?? null);
          onFiles?.(files);
        }}
      />
      {/* A second label for the same input: it opens the picker and, hidden from assistive technology, adds nothing to its name. */}
      <label for={id} class="file-picker" aria-hidden="true">
        <span class="button button-secondary file-button">{multiple ? t("file.chooseMany") : t("file.choose")}</span>
        <span class="file-chosen">
          {chosen.length === 0 ? (
            t("file.none")
          ) : (
            <bdi>{new Intl.ListFormat(intlLocale(locale), { type: "unit" }).format(chosen)}</bdi>
          )}
        </span>
      </label>
      <FieldError id={id} error={error} />
    </div>
  );
}
