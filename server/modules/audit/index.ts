import type { ServerModule } from "../module.js";
import { auditAdminRoutes } from "./routes.js";

export { type AuditRecord, writeAudit } from "./service.js";

/** The audit log: every module writes its rows in its own transactions; admins read them. */
export const auditModule: ServerModule = { name: "audit", adminRoutes: auditAdminRoutes };
