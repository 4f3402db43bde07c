import type { FieldCreateInput, FieldOfAction, FieldUpdateInput } from "../../../../common/reference.js";
import { api } from "../../../api.js";

const enc = encodeURIComponent;

/** The admin console's calls about fields of action (`/api/admin/fields`). */
export const fetchAllFields = () => api.get<FieldOfAction[]>("/api/reference/fields?all=1");
export const createField = (input: FieldCreateInput) => api.post<FieldOfAction>("/api/admin/fields", input);
export const updateField = (id: string, input: FieldUpdateInput) =>
  api.patch<FieldOfAction>(`/api/admin/fields/${enc(id)}`, input);
export const deleteField = (id: string) => api.delete<{ ok: true }>(`/api/admin/fields/${enc(id)}`);
