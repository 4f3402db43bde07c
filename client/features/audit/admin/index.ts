import type { AdminSection } from "../../admin/section.js";
import { AuditLog } from "./AuditLog.js";

/** The audit log. */
export const auditAdminSections: AdminSection[] = [
  { href: "/admin/audit", label: "admin.nav.audit", routes: [{ path: "/audit", component: AuditLog }], order: 70 },
];
