import { useI18n } from "../../i18n/index.js";
import type { ProfileField } from "./profile-values.js";

/** The profile fields' labels, for the error summary at the top of the form. */
export function useFieldLabels(): Record<ProfileField | "accept" | "note", string> {
  const { t } = useI18n();
  return {
    nameAr: t("profileForm.nameAr"),
    nameFr: t("profileForm.nameFr"),
    slug: t("profileForm.slug"),
    city: t("association.city"),
    regionCode: t("association.region"),
    fieldIds: t("association.fields"),
    foundedYear: t("profileForm.foundedYear"),
    registrationRef: t("profileForm.registrationRef"),
    contactEmail: t("association.contactEmail"),
    contactPhone: t("association.contactPhone"),
    website: t("association.website"),
    descriptionMd: t("profileForm.descriptionLabel"),
    eligibility: t("association.eligibility"),
    accept: t("apply.acceptLabel"),
    note: t("apply.note"),
  };
}
