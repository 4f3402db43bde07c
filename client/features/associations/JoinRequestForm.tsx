import { useState } from "preact/hooks";
import { Form } from "../../components/Form.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { postJoinRequest } from "./api.js";

/** A logged-in person asks to join; the association's representatives decide. */
export function JoinRequestForm({ slug }: { slug: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [message, setMessage] = useState("");
  const [sent, setSent] = useState(false);
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, { values: { message } });

  if (sent) {
    return (
      <p class="notice notice-success" role="status">
        {t("join.sent")}
      </p>
    );
  }
  return (
    <Form
      onSubmit={async () => setSent(await run(() => postJoinRequest(slug, message.trim()).then(() => undefined)))}
      alert={errors.alert}
      attempt={error}
      label={t("join.title")}
    >
      <TextAreaField
        id="join-message"
        label={t("join.message")}
        hint={t("join.messageHint")}
        rows={3}
        maxLength={2000}
        value={message}
        onValue={setMessage}
        error={errors.fields.message}
      />
      <button type="submit" class="button" disabled={busy}>
        {t("join.submit")}
      </button>
    </Form>
  );
}
