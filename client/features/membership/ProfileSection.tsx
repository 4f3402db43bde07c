import { useState } from "preact/hooks";
import type { AssociationManageView } from "../../../common/associations.js";
import { Form } from "../../components/Form.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { patchAssociation } from "./api.js";
import { ProfileFields } from "./ProfileFields.js";
import { profileErrorValues, profileFieldKeys, profileInputOf, profileValuesOf } from "./profile-values.js";
import { useFieldLabels } from "./useFieldLabels.js";

/** Representatives edit the profile; the eligibility facts only until the application is approved. */
export function ProfileSection({
  view,
  onSaved,
}: {
  view: AssociationManageView;
  onSaved: (view: AssociationManageView) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState(() => profileValuesOf(view));
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();
  const labels = useFieldLabels();

  const errors = describeFormError(error, i18n, {
    values: profileErrorValues(values),
    pathPrefix: "profile.",
    codeFields: {
      SLUG_TAKEN: { field: "slug", key: "errors.SLUG_TAKEN" },
      REGISTRATION_REF_TAKEN: { field: "registrationRef", key: "errors.REGISTRATION_REF_TAKEN" },
    },
    fieldKeys: profileFieldKeys,
  });
  const summary = Object.entries(errors.fields).map(([field, message]) => ({
    id: field,
    label: labels[field as keyof typeof labels] ?? field,
    message: message as string,
  }));

  const submit = async () => {
    setSaved(false);
    const { eligibility, ...rest } = profileInputOf(values);
    const ok = await run(async () => {
      const updated = await patchAssociation(
        view.slug,
        view.abilities.editEligibility ? { ...rest, eligibility } : rest,
      );
      setValues(profileValuesOf(updated));
      onSaved(updated);
    });
    setSaved(ok);
  };

  return (
    <section class="card" id="profile" aria-labelledby="profile-title">
      <h2 id="profile-title">{t("manage.profile")}</h2>
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("manage.profile")} summary={summary}>
        <ProfileFields
          values={values}
          onValues={(next) => {
            setValues(next);
            setSaved(false);
          }}
          errors={errors.fields}
          eligibilityEditable={view.abilities.editEligibility}
          keepFieldIds={view.fields.map((field) => field.id)}
        />
        <SubmitFooter label={t("manage.saveProfile")} busy={busy} done={saved && t("manage.profileSaved")} />
      </Form>
    </section>
  );
}
