import type { Paginated } from "../../../../common/api.js";
import type { AuditEntry } from "../../../../common/audit.js";
import { api, queryString } from "../../../api.js";

/** The admin console's call reading the audit log (`/api/admin/audit`). */
export const fetchAudit = (query: { page?: number; pageSize?: number; action?: string; associationId?: string }) =>
  api.get<Paginated<AuditEntry>>(`/api/admin/audit${queryString(query)}`);
