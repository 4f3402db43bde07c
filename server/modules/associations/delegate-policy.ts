import type { DelegateAbilities } from "../../../common/delegate.js";
import type { ErrorCode } from "../../../common/errors.js";

/** What the office's rules look at: the actor, the sitting delegate and the pending request. */
export type OfficeFacts = {
  actorId: string;
  isAdmin: boolean;
  /** Why the actor may not act for the association (not a representative, suspended...), or null. */
  actDenied: ErrorCode | null;
  delegateId: string | null;
  pending: { requestedById: string; candidateId: string } | null;
};

export type OfficeAction = keyof DelegateAbilities;

/**
 * Why `action` on the primary delegate's office is refused, or null. The office changes hands only
 * by an explicit decision: the sitting delegate hands it over (or any representative names one while
 * none sits); otherwise a representative's request, open to the others' objection; or an admin.
 */
export function officeDenial(action: OfficeAction, facts: OfficeFacts): ErrorCode | null {
  switch (action) {
    case "name":
      if (facts.actDenied) return facts.actDenied;
      return facts.delegateId !== null && facts.delegateId !== facts.actorId ? "DELEGATE_HANDOVER_REQUIRED" : null;
    case "request":
      if (facts.actDenied) return facts.actDenied;
      // With no delegate, or as the delegate, one names directly: there is nobody to ask.
      if (facts.delegateId === null || facts.delegateId === facts.actorId) return "INVALID_STATE";
      return facts.pending ? "DELEGATE_REQUEST_PENDING" : null;
    case "object":
      if (facts.actDenied) return facts.actDenied;
      if (!facts.pending) return "NOT_FOUND";
      return facts.pending.requestedById === facts.actorId ? "FORBIDDEN" : null;
    case "cancel":
      if (!facts.pending) return "NOT_FOUND";
      return facts.pending.requestedById === facts.actorId ? null : "FORBIDDEN";
    case "settle":
      return facts.isAdmin ? null : "FORBIDDEN";
  }
}

/** Every office action the actor may take now, for the client to show (it never recomputes a rule). */
export function officeAbilities(facts: OfficeFacts): DelegateAbilities {
  const allowed = (action: OfficeAction) => officeDenial(action, facts) === null;
  return {
    name: allowed("name"),
    request: allowed("request"),
    object: allowed("object"),
    cancel: allowed("cancel"),
    settle: allowed("settle"),
  };
}
