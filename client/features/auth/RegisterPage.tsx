import { useState } from "preact/hooks";
import { Form } from "../../components/Form.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { TextField } from "../../components/TextField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { useNext } from "./next.js";
import { register, useSession } from "./session.js";

export function RegisterPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { next, proceed, withNext } = useNext();
  const { user } = useSession();
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const { busy, error, run } = useSubmit();

  if (user && !busy) return <Redirect to={next} />;

  const errors = describeFormError(error, i18n, {
    values,
    codeFields: {
      EMAIL_TAKEN: { field: "email", key: "errors.EMAIL_TAKEN" },
      WEAK_PASSWORD: { field: "password", key: "errors.WEAK_PASSWORD" },
    },
  });
  const submit = async () => {
    const input = { name: values.name.trim(), email: values.email.trim(), password: values.password };
    if (await run(() => register(input))) proceed();
  };

  return (
    <section class="narrow">
      <PageHeading title={t("register.title")} />
      <p>{t("register.intro")}</p>
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("register.title")}>
        <TextField
          id="name"
          label={t("field.name")}
          autoComplete="name"
          required
          value={values.name}
          onValue={(name) => setValues({ ...values, name })}
          error={errors.fields.name}
        />
        <TextField
          id="email"
          type="email"
          dir="ltr"
          label={t("field.email")}
          autoComplete="email"
          required
          value={values.email}
          onValue={(email) => setValues({ ...values, email })}
          error={errors.fields.email}
        />
        <TextField
          id="password"
          type="password"
          label={t("field.password")}
          hint={t("field.passwordHint")}
          autoComplete="new-password"
          required
          value={values.password}
          onValue={(password) => setValues({ ...values, password })}
          error={errors.fields.password}
        />
        <button type="submit" class="button" disabled={busy}>
          {t("register.submit")}
        </button>
      </Form>
      <p class="aside">
        {t("register.haveAccount")} <a href={withNext("/login")}>{t("register.loginLink")}</a>
      </p>
    </section>
  );
}
