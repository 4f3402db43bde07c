import { associationLimits } from "../../../common/associations.js";
import { regions } from "../../../common/reference.js";
import { CheckboxField } from "../../components/CheckboxField.js";
import { CheckboxGroup } from "../../components/CheckboxGroup.js";
import { requiredLabel } from "../../components/Field.js";
import { SelectField } from "../../components/SelectField.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useI18n } from "../../i18n/index.js";
import { EligibilityList, eligibilityKeys } from "../associations/EligibilityList.js";
import { localName } from "../associations/names.js";
import { useFields } from "../associations/reference.js";
import { groupFields } from "./field-groups.js";
import { MarkdownHint } from "./MarkdownHint.js";
import { MarkdownPreview } from "./MarkdownPreview.js";
import type { ProfileField, ProfileValues } from "./profile-values.js";
import "../../components/forms.css";
import "./membership.css";

type Props = {
  values: ProfileValues;
  onValues: (values: ProfileValues) => void;
  errors: Partial<Record<ProfileField, string>>;
  /** Once approved, the eligibility facts are shown but no longer changed here. */
  eligibilityEditable: boolean;
  /** Fields ids an association already has, shown even if an admin deactivated them since. */
  keepFieldIds?: string[];
  /** Called when the person types a slug themselves (the form stops suggesting one). */
  onSlugEdited?: () => void;
  /** Applying: the page address is suggested from the names and tucked under «advanced». */
  slugAdvanced?: boolean;
};

/** The association profile's fields, grouped in sections: shared by the application and the edit form. */
export function ProfileFields({
  values,
  onValues,
  errors,
  eligibilityEditable,
  keepFieldIds = [],
  onSlugEdited,
  slugAdvanced = false,
}: Props) {
  const { t, locale } = useI18n();
  const allFields = useFields();
  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => onValues({ ...values, [key]: value });
  const fieldGroups = groupFields(allFields.filter((field) => field.active || keepFieldIds.includes(field.id))).map(
    (group) => ({
      id: group.id,
      label: t(group.label),
      options: group.fields.map((field) => ({ value: field.id, label: localName(field, locale) })),
    }),
  );
  const thisYear = new Date().getFullYear();
  const slugField = (
    <TextField
      id="slug"
      label={t("profileForm.slug")}
      hint={t("profileForm.slugHint", { address: `/associations/${values.slug || "…"}` })}
      autoComplete="off"
      dir="ltr"
      maxLength={associationLimits.slugMax}
      value={values.slug}
      onValue={(slug) => {
        onSlugEdited?.();
        set("slug", slug.toLowerCase());
      }}
      error={errors.slug}
    />
  );

  return (
    <>
      <fieldset class="form-section">
        <legend>{t("profileForm.identity")}</legend>
        <TextField
          id="nameAr"
          label={t("profileForm.nameAr")}
          hint={t("profileForm.nameArHint")}
          autoComplete="organization"
          required
          maxLength={associationLimits.nameMax}
          value={values.nameAr}
          onValue={(nameAr) => set("nameAr", nameAr)}
          error={errors.nameAr}
        />
        <TextField
          id="nameFr"
          label={t("profileForm.nameFr")}
          autoComplete="off"
          lang="fr"
          dir="ltr"
          maxLength={associationLimits.nameMax}
          value={values.nameFr}
          onValue={(nameFr) => set("nameFr", nameFr)}
          error={errors.nameFr}
        />
        {slugAdvanced ? (
          <details class="advanced-field" open={Boolean(errors.slug)}>
            <summary>
              {t("profileForm.slugAdvanced")}{" "}
              <bdi dir="ltr" class="code-like">
                /associations/{values.slug || "…"}
              </bdi>
            </summary>
            {slugField}
          </details>
        ) : (
          slugField
        )}
        <div class="field-pair">
          <TextField
            id="foundedYear"
            label={t("profileForm.foundedYear")}
            hint={t("profileForm.foundedYearHint", { max: String(thisYear) })}
            autoComplete="off"
            inputMode="numeric"
            dir="ltr"
            maxLength={4}
            value={values.foundedYear}
            onValue={(foundedYear) => set("foundedYear", foundedYear)}
            error={errors.foundedYear}
          />
          <TextField
            id="registrationRef"
            label={t("profileForm.registrationRef")}
            hint={t("profileForm.registrationRefHint")}
            autoComplete="off"
            dir="ltr"
            maxLength={60}
            value={values.registrationRef}
            onValue={(registrationRef) => set("registrationRef", registrationRef)}
            error={errors.registrationRef}
          />
        </div>
      </fieldset>

      <fieldset class="form-section">
        <legend>{t("profileForm.place")}</legend>
        <div class="field-pair">
          <TextField
            id="city"
            label={t("association.city")}
            autoComplete="address-level2"
            required
            maxLength={associationLimits.cityMax}
            value={values.city}
            onValue={(city) => set("city", city)}
            error={errors.city}
          />
          <SelectField
            id="regionCode"
            label={t("association.region")}
            required
            value={values.regionCode}
            options={[
              { value: "", label: t("profileForm.chooseRegion") },
              ...regions.map((region) => ({ value: region.code, label: localName(region, locale) })),
            ]}
            onValue={(regionCode) => set("regionCode", regionCode)}
            error={errors.regionCode}
          />
        </div>
        <CheckboxGroup
          id="fieldIds"
          legend={t("association.fields")}
          hint={t("profileForm.fieldsHint")}
          required
          options={fieldGroups}
          values={values.fieldIds}
          onValues={(fieldIds) => set("fieldIds", fieldIds)}
          error={errors.fieldIds}
        />
      </fieldset>

      <fieldset class="form-section">
        <legend>{t("profileForm.contact")}</legend>
        <TextField
          id="contactEmail"
          type="email"
          dir="ltr"
          label={t("association.contactEmail")}
          autoComplete="email"
          value={values.contactEmail}
          onValue={(contactEmail) => set("contactEmail", contactEmail)}
          error={errors.contactEmail}
        />
        <div class="field-pair">
          <TextField
            id="contactPhone"
            type="tel"
            dir="ltr"
            label={t("association.contactPhone")}
            autoComplete="tel"
            value={values.contactPhone}
            onValue={(contactPhone) => set("contactPhone", contactPhone)}
            error={errors.contactPhone}
          />
          <TextField
            id="website"
            type="url"
            dir="ltr"
            label={t("association.website")}
            hint={t("profileForm.websiteHint")}
            autoComplete="url"
            value={values.website}
            onValue={(website) => set("website", website)}
            error={errors.website}
          />
        </div>
      </fieldset>

      <fieldset class="form-section">
        <legend>{t("profileForm.description")}</legend>
        <TextAreaField
          id="descriptionMd"
          label={t("profileForm.descriptionLabel")}
          hint={<MarkdownHint />}
          rows={8}
          maxLength={associationLimits.descriptionMax}
          value={values.descriptionMd}
          onValue={(descriptionMd) => set("descriptionMd", descriptionMd)}
          error={errors.descriptionMd}
        />
        <MarkdownPreview markdown={values.descriptionMd} />
      </fieldset>

      <fieldset class="form-section" id="eligibility" aria-describedby="eligibility-intro">
        <legend class={requiredLabel(eligibilityEditable)}>{t("association.eligibility")}</legend>
        <p id="eligibility-intro" class="field-hint">
          {eligibilityEditable ? t("profileForm.eligibilityIntro") : t("profileForm.eligibilityLocked")}
        </p>
        {eligibilityEditable ? (
          eligibilityKeys.map((key) => (
            <CheckboxField
              key={key}
              id={`eligibility-${key}`}
              checked={values.eligibility[key]}
              onChecked={(checked) => set("eligibility", { ...values.eligibility, [key]: checked })}
            >
              {t(`declaration.${key}`)}
            </CheckboxField>
          ))
        ) : (
          <EligibilityList eligibility={values.eligibility} />
        )}
        {errors.eligibility && <p class="field-error">{errors.eligibility}</p>}
      </fieldset>
    </>
  );
}
