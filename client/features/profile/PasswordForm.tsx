import { useState } from "preact/hooks";
import { Form } from "../../components/Form.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { TextField } from "../../components/TextField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { changePassword } from "../auth/session.js";

const empty = { currentPassword: "", newPassword: "" };

/** Change of password; the hidden username lets password managers file the new one correctly. */
export function PasswordForm({ email }: { email: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState(empty);
  const [changed, setChanged] = useState(false);
  const { busy, error, run } = useSubmit();

  const errors = describeFormError(error, i18n, {
    values,
    codeFields: {
      INVALID_CREDENTIALS: { field: "currentPassword", key: "fieldError.currentPasswordWrong" },
      WEAK_PASSWORD: { field: "newPassword", key: "errors.WEAK_PASSWORD" },
    },
    codeAlerts: { INVALID_CREDENTIALS: "fieldError.currentPasswordWrong" },
    aliases: { password: "newPassword" },
  });
  const edit = (next: typeof values) => {
    setValues(next);
    setChanged(false);
  };
  const submit = async () => {
    setChanged(false);
    if (await run(() => changePassword(values))) {
      setValues(empty);
      setChanged(true);
    }
  };

  return (
    <section class="card" aria-labelledby="password-title">
      <h2 id="password-title">{t("profile.passwordTitle")}</h2>
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("profile.passwordTitle")}>
        <input type="email" name="username" autocomplete="username" value={email} readOnly hidden />
        <TextField
          id="currentPassword"
          type="password"
          label={t("field.currentPassword")}
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onValue={(currentPassword) => edit({ ...values, currentPassword })}
          error={errors.fields.currentPassword}
        />
        <TextField
          id="newPassword"
          type="password"
          label={t("field.newPassword")}
          hint={t("field.passwordHint")}
          autoComplete="new-password"
          required
          value={values.newPassword}
          onValue={(newPassword) => edit({ ...values, newPassword })}
          error={errors.fields.newPassword}
        />
        <SubmitFooter label={t("profile.changePassword")} busy={busy} done={changed && t("profile.passwordChanged")} />
      </Form>
    </section>
  );
}
