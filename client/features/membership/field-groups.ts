import type { FieldOfAction } from "../../../common/reference.js";
import type { MessageKey } from "../../i18n/index.js";

/**
 * The fields of action in four themes, so that the long list reads in groups. A field an admin adds
 * later (its code is not here) goes to «other fields».
 */
const themes: { id: string; label: MessageKey; codes: readonly string[] }[] = [
  { id: "rights", label: "fieldGroup.rights", codes: ["human_rights", "womens_rights", "citizenship", "migration"] },
  {
    id: "development",
    label: "fieldGroup.development",
    codes: ["economic", "rural_development", "employment", "environment"],
  },
  { id: "people", label: "fieldGroup.people", codes: ["social", "health", "disability", "childhood", "youth"] },
  { id: "culture", label: "fieldGroup.culture", codes: ["cultural", "education", "training", "sport"] },
];

export type FieldGroup = { id: string; label: MessageKey; fields: FieldOfAction[] };

/** The fields in their themes, each theme in the order given; empty themes are left out. */
export function groupFields(fields: FieldOfAction[]): FieldGroup[] {
  const known = new Set(themes.flatMap((theme) => theme.codes));
  const groups: FieldGroup[] = themes.map((theme) => ({
    id: theme.id,
    label: theme.label,
    fields: fields.filter((field) => theme.codes.includes(field.code)),
  }));
  groups.push({ id: "other", label: "fieldGroup.other", fields: fields.filter((field) => !known.has(field.code)) });
  return groups.filter((group) => group.fields.length > 0);
}
