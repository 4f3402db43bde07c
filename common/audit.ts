/** The audit log (`/api/admin/audit`). */
import type { PersonName } from "./api.js";

/** The actions the audit log records. */
export type AuditAction =
  | "application.submitted"
  | "application.info_requested"
  | "application.responded"
  | "application.approved"
  | "application.rejected"
  | "association.suspended"
  | "association.reinstated"
  | "association.withdrawn"
  | "association.charter_accepted"
  | "member.joined"
  | "member.removed"
  | "member.role_changed"
  | "member.delegate_changed"
  | "delegate.requested"
  | "delegate.objected"
  | "delegate.request_cancelled"
  | "join_request.approved"
  | "join_request.rejected"
  | "invitation.created"
  | "invitation.revoked"
  | "user.role_changed"
  | "charter.published"
  | "field.created"
  | "field.updated"
  | "field.deleted"
  | "electorate.frozen";

export type AuditEntry = {
  id: string;
  at: string;
  actor: PersonName | null;
  action: AuditAction;
  targetType: string;
  targetId: string;
  associationId: string | null;
  data: Record<string, unknown>;
};
