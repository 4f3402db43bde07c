/** The audit log (`/api/admin/audit`). */
import type { PersonName } from "./api.js";

/** The actions the audit log records (a list, so that tests can sweep every one of them). */
export const auditActions = [
  "application.submitted",
  "application.info_requested",
  "application.responded",
  "application.approved",
  "application.rejected",
  "association.suspended",
  "association.reinstated",
  "association.withdrawn",
  "association.charter_accepted",
  "member.joined",
  "member.removed",
  "member.role_changed",
  "member.delegate_changed",
  "delegate.requested",
  "delegate.objected",
  "delegate.request_cancelled",
  "join_request.approved",
  "join_request.rejected",
  "invitation.created",
  "invitation.revoked",
  "user.role_changed",
  "charter.published",
  "field.created",
  "field.updated",
  "field.deleted",
  "electorate.frozen",
  "proposal.transitioned",
  "proposal.signed",
  "proposal.unsigned",
  "amendment.proposed",
  "amendment.decided",
  "debate_category.created",
  "debate_category.updated",
  "debate_category.deleted",
  "debate.hidden",
  "debate.restored",
  "debate.locked",
  "debate.unlocked",
  "debate.pinned",
  "debate.unpinned",
  "debate.moved",
  "debate.closed",
  "debate.slow_mode_set",
  "debate_reply.hidden",
  "debate_reply.restored",
  "debate_flag.dismissed",
  "vote.created",
  "vote.opened",
  "vote.closed",
  "vote.cancelled",
  "decision.recorded",
  "decision.corrected",
  "session.created",
  "session.updated",
  "session.agenda_changed",
  "session.minutes_approved",
  "assembly.created",
  "assembly.updated",
  "assembly.document_added",
  "assembly.document_removed",
  "assembly.convened",
  "assembly.started",
  "assembly.closed",
  "assembly.cancelled",
  "assembly.registered",
  "assembly.checked_in",
  "assembly.proxy_given",
  "assembly.proxy_revoked",
  "programme.created",
  "programme.edited",
  "programme.settings_changed",
  "programme.submitted",
  "programme_amendment.proposed",
  "programme_action.updated",
] as const;

export type AuditAction = (typeof auditActions)[number];

/** The association an audit entry concerns, named and linkable. */
export type AuditAssociation = { id: string; slug: string; nameAr: string; nameFr: string | null };

/**
 * What an audit entry acted on besides the association, named for the sentence that shows it: a
 * person (by account), an invited email, a field of action, a charter version, a frozen electorate.
 */
export type AuditSubject = {
  kind:
    | "person"
    | "email"
    | "field"
    | "charter_version"
    | "electorate_snapshot"
    | "debate"
    | "debate_category"
    | "proposal"
    | "vote"
    | "decision"
    | "session"
    | "assembly"
    | "programme";
  id: string;
  name: string;
  /** The French name, for a field of action. */
  nameFr: string | null;
};

export type AuditEntry = {
  id: string;
  at: string;
  actor: PersonName | null;
  action: AuditAction;
  targetType: string;
  targetId: string;
  associationId: string | null;
  /** The association concerned, when there is one and it still exists. */
  association: AuditAssociation | null;
  subject: AuditSubject | null;
  /** Before/after values, reasons, notes, as recorded. */
  data: Record<string, unknown>;
  /** Names of the accounts whose ids appear among the recorded values (a delegate's predecessor). */
  people: Record<string, string>;
};
