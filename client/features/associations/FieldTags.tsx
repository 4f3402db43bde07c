import type { FieldOfAction } from "../../../common/reference.js";
import { useI18n } from "../../i18n/index.js";
import { localName } from "./names.js";
import "./associations.css";

/** An association's fields of action as a list of tags. */
export function FieldTags({ fields, label }: { fields: FieldOfAction[]; label: string }) {
  const { locale } = useI18n();
  if (fields.length === 0) return null;
  return (
    <ul class="tags" aria-label={label}>
      {fields.map((field) => (
        <li key={field.id} class="tag">
          {localName(field, locale)}
        </li>
      ))}
    </ul>
  );
}
