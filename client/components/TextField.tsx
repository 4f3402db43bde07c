import type { Ref } from "preact";
import { toWesternDigits } from "../../common/digits.js";
import { Field } from "./Field.js";

type Props = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: "text" | "email" | "password" | "url" | "tel" | "search" | "date" | "datetime-local";
  autoComplete: string;
  required?: boolean;
  hint?: string;
  error?: string | undefined;
  dir?: "ltr" | "rtl" | "auto";
  inputRef?: Ref<HTMLInputElement>;
  inputMode?: "numeric" | "email" | "tel" | "url" | "search";
  maxLength?: number;
  lang?: string;
  disabled?: boolean;
};

/**
 * A labelled input whose hint and error are tied to it with aria-describedby. Numbers and phone numbers
 * typed on an Arabic or Persian keyboard («١٩٩٨») are turned into the Western digits the forum stores.
 */
export function TextField({ id, label, value, onValue, type = "text", hint, error, ...rest }: Props) {
  const numeric = rest.inputMode === "numeric" || type === "tel";
  return (
    <Field id={id} label={label} required={rest.required} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={value}
          onInput={(event) => {
            const typed = event.currentTarget.value;
            onValue(numeric ? toWesternDigits(typed) : typed);
          }}
          autocomplete={rest.autoComplete}
          required={rest.required}
          dir={rest.dir}
          ref={rest.inputRef}
          inputMode={rest.inputMode}
          maxLength={rest.maxLength}
          lang={rest.lang}
          disabled={rest.disabled}
        />
      )}
    </Field>
  );
}
