import { slugify } from "../../../common/arabic.js";
import type { AssociationManageView, AssociationProfileInput, Eligibility } from "../../../common/associations.js";
import { parseWholeNumber } from "../../../common/digits.js";
import type { RegionCode } from "../../../common/reference.js";
import type { MessageKey } from "../../i18n/index.js";

/** The profile form's values, as typed (text fields stay strings until sent). */
export type ProfileValues = {
  nameAr: string;
  nameFr: string;
  slug: string;
  city: string;
  regionCode: RegionCode | "";
  fieldIds: string[];
  foundedYear: string;
  registrationRef: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  descriptionMd: string;
  eligibility: Eligibility;
};

export type ProfileField = Exclude<keyof ProfileValues, never>;

export const emptyProfile: ProfileValues = {
  nameAr: "",
  nameFr: "",
  slug: "",
  city: "",
  regionCode: "",
  fieldIds: [],
  foundedYear: "",
  registrationRef: "",
  contactEmail: "",
  contactPhone: "",
  website: "",
  descriptionMd: "",
  eligibility: { nationalScope: false, voluntary: false, nonProfit: false, nonPolitical: false },
};

/** The form's values from what the server holds. */
export function profileValuesOf(view: AssociationManageView): ProfileValues {
  return {
    nameAr: view.nameAr,
    nameFr: view.nameFr ?? "",
    slug: view.slug,
    city: view.city,
    regionCode: view.region.code,
    fieldIds: view.fields.map((field) => field.id),
    foundedYear: view.foundedYear === null ? "" : String(view.foundedYear),
    registrationRef: view.registrationRef ?? "",
    contactEmail: view.contact.email ?? "",
    contactPhone: view.contact.phone ?? "",
    website: view.contact.website ?? "",
    descriptionMd: view.descriptionMd,
    eligibility: view.eligibility,
  };
}

/** The slug the server would derive: from the French name, else transliterated from the Arabic one. */
export function suggestSlug(values: Pick<ProfileValues, "nameAr" | "nameFr">): string {
  return slugify(values.nameFr.trim() || values.nameAr.trim());
}

/** What the API takes. Blank optional fields are cleared; a year that is not a number is left to the server to refuse. */
export function profileInputOf(values: ProfileValues): AssociationProfileInput {
  const year = values.foundedYear.trim();
  const blankToNull = (value: string) => (value.trim() === "" ? null : value.trim());
  return {
    nameAr: values.nameAr.trim(),
    nameFr: blankToNull(values.nameFr),
    ...(values.slug.trim() ? { slug: values.slug.trim() } : {}),
    city: values.city.trim(),
    regionCode: values.regionCode as RegionCode,
    fieldIds: values.fieldIds,
    foundedYear: year === "" ? null : (parseWholeNumber(year) ?? (year as unknown as number)),
    registrationRef: blankToNull(values.registrationRef),
    contactEmail: blankToNull(values.contactEmail),
    contactPhone: blankToNull(values.contactPhone),
    website: blankToNull(values.website),
    descriptionMd: values.descriptionMd,
    eligibility: values.eligibility,
  };
}

/** The values as strings, for the error helper (an empty field reads "required"). */
export function profileErrorValues(values: ProfileValues): Record<ProfileField, string> {
  return {
    ...values,
    fieldIds: values.fieldIds.join(","),
    eligibility: "declared",
  };
}

/** The rule to spell out when a field's value is refused. */
export const profileFieldKeys: Partial<Record<ProfileField, MessageKey>> = {
  nameAr: "profileForm.nameArRule",
  slug: "profileForm.slugRule",
  foundedYear: "profileForm.foundedYearRule",
  contactPhone: "profileForm.phoneRule",
  website: "profileForm.websiteRule",
  contactEmail: "fieldError.email",
};
