import { useRef, useState } from "preact/hooks";
import { useI18n } from "../i18n/index.js";
import "./forms.css";

/** A value to hand on (a link): shown read-only, with a button that copies it. */
export function CopyField({
  id,
  label,
  value,
  copyLabel,
}: {
  id: string;
  label: string;
  value: string;
  /** The button's words when what is copied is not a link (a code). */
  copyLabel?: string;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // No clipboard access (an old browser, a refused permission): select it for a manual copy.
      input.current?.select();
      setCopied("no");
    }
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="copy-row">
        <input
          id={id}
          ref={input}
          type="text"
          dir="ltr"
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="button-quiet" onClick={copy}>
          {copyLabel ?? t("action.copy")}
        </button>
      </div>
      <p class="form-status" role="status">
        {copied === "yes" ? t("state.copied") : copied === "no" ? t("state.copyManually") : ""}
      </p>
    </div>
  );
}
