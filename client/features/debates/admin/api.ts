import { api } from "../../../api.js";
import type { DebateCategory } from "../types.js";

const enc = encodeURIComponent;

export type CategoryInput = {
  slug: string;
  nameAr: string;
  nameFr: string | null;
  descriptionAr: string;
  position?: number;
};

/** The admin console's calls about debate categories (`/api/admin/debates/categories`). */
export const createCategory = (input: CategoryInput) =>
  api.post<DebateCategory>("/api/admin/debates/categories", input);
export const updateCategory = (id: string, input: Partial<CategoryInput>) =>
  api.patch<DebateCategory>(`/api/admin/debates/categories/${enc(id)}`, input);
export const deleteCategory = (id: string) => api.delete<unknown>(`/api/admin/debates/categories/${enc(id)}`);
