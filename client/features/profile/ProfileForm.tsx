import { useEffect, useState } from "preact/hooks";
import type { CurrentUser, Locale } from "../../../common/api.js";
import { Form } from "../../components/Form.js";
import { SelectField } from "../../components/SelectField.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { TextField } from "../../components/TextField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { translate, useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { saveProfile } from "../auth/session.js";

const locales: Locale[] = ["ar", "fr"];

/** Display name and preferred language. */
export function ProfileForm({ user }: { user: CurrentUser }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<{ name: string; locale: Locale }>({ name: user.name, locale: user.locale });
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();

  // The header's language switch also changes the account's preference: follow it.
  useEffect(() => setValues((current) => ({ ...current, locale: user.locale })), [user.locale]);

  const errors = describeFormError(error, i18n, { values });
  const edit = (next: typeof values) => {
    setValues(next);
    setSaved(false);
  };
  const submit = async () => {
    setSaved(false);
    setSaved(await run(() => saveProfile({ name: values.name.trim(), locale: values.locale })));
  };

  return (
    <section class="card" aria-labelledby="profile-edit-title">
      <h2 id="profile-edit-title">{t("profile.editTitle")}</h2>
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("profile.editTitle")}>
        <TextField
          id="name"
          label={t("field.name")}
          autoComplete="name"
          required
          value={values.name}
          onValue={(name) => edit({ ...values, name })}
          error={errors.fields.name}
        />
        <SelectField
          id="locale"
          label={t("field.locale")}
          value={values.locale}
          options={locales.map((value) => ({ value, label: translate(value, "locale.name"), lang: value }))}
          onValue={(locale) => edit({ ...values, locale })}
          error={errors.fields.locale}
        />
        <SubmitFooter label={t("profile.save")} busy={busy} done={saved && t("profile.saved")} />
      </Form>
    </section>
  );
}
