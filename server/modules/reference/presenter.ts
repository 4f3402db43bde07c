import type { FieldOfAction } from "../../../common/reference.js";

export function presentField(row: { id: string; code: string; nameAr: string; nameFr: string; active: boolean }) {
  return { id: row.id, code: row.code, nameAr: row.nameAr, nameFr: row.nameFr, active: row.active } as FieldOfAction;
}
