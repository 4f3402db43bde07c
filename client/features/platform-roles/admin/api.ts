import type { Paginated, Role } from "../../../../common/api.js";
import type { AdminUserView } from "../../../../common/platform-roles.js";
import { api, queryString } from "../../../api.js";

const enc = encodeURIComponent;

/** The admin console's calls about accounts and their platform roles (`/api/admin/users`). */
export const fetchUsers = (query: { q?: string; role?: Role; page?: number; pageSize?: number }) =>
  api.get<Paginated<AdminUserView>>(`/api/admin/users${queryString(query)}`);
export const putUserRole = (id: string, role: Role) =>
  api.put<AdminUserView>(`/api/admin/users/${enc(id)}/role`, { role });
