import "./forms.css";

type Props = {
  label: string;
  busy?: boolean;
  /** What the last submission did ("saved"), read out as it appears; nothing before. */
  done: string | null | false;
  secondary?: boolean;
};

/** A form's submit button, and beside it the line that says the submission worked. */
export function SubmitFooter({ label, busy, done, secondary }: Props) {
  return (
    <div class="form-footer">
      <button type="submit" class={secondary ? "button button-secondary" : "button"} disabled={busy}>
        {label}
      </button>
      <p class="form-status" role="status">
        {done || ""}
      </p>
    </div>
  );
}
