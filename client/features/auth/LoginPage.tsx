import { useState } from "preact/hooks";
import { Form } from "../../components/Form.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { TextField } from "../../components/TextField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { useNext } from "./next.js";
import { login, useSession } from "./session.js";

export function LoginPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { next, proceed, withNext } = useNext();
  const { user } = useSession();
  const [values, setValues] = useState({ email: "", password: "" });
  const { busy, error, run } = useSubmit();

  if (user && !busy) return <Redirect to={next} />;

  // Which of the two was wrong stays unsaid: the alert alone speaks.
  const errors = describeFormError(error, i18n, { values });
  const submit = async () => {
    if (await run(() => login({ email: values.email.trim(), password: values.password }))) proceed();
  };

  return (
    <section class="narrow">
      <PageHeading title={t("login.title")} />
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("login.title")}>
        <TextField
          id="email"
          type="email"
          dir="ltr"
          label={t("field.email")}
          autoComplete="username"
          required
          value={values.email}
          onValue={(email) => setValues({ ...values, email })}
          error={errors.fields.email}
        />
        <TextField
          id="password"
          type="password"
          label={t("field.password")}
          autoComplete="current-password"
          required
          value={values.password}
          onValue={(password) => setValues({ ...values, password })}
          error={errors.fields.password}
        />
        <button type="submit" class="button" disabled={busy}>
          {t("login.submit")}
        </button>
      </Form>
      <p class="aside">
        {t("login.noAccount")} <a href={withNext("/register")}>{t("login.registerLink")}</a>
      </p>
    </section>
  );
}
