import type { AssociationStatus, MemberRole } from "../../../common/associations.js";
import type { ErrorCode } from "../../../common/errors.js";
import type { Actor } from "../../auth/actor.js";

/** What the policy needs to know about an association and the actor's place in it. */
export type AssociationResource = {
  /** The effective status (a suspension whose end has passed reads as `active`). */
  status: AssociationStatus;
  /** The actor's membership, or null when not a member. */
  membership: { role: MemberRole } | null;
  /** Whether the association was ever approved (its eligibility facts are then locked). */
  approved: boolean;
};

/**
 * What can be done to or for an association.
 * - `read_private`: its internal list, application, documents, manage view;
 * - `act`: act for it (profile, logo, people, invitations, join requests, charter acceptance, answers);
 * - `edit_eligibility`: change its self-declared eligibility facts;
 * - `withdraw`: leave the forum;
 * - `leave`: a person leaves its list;
 * - `request_join`: ask to join it;
 * - `review`, `suspend`: the forum's decisions on it (admins only; never its internal list).
 */
export type AssociationAction =
  | "read_private"
  | "act"
  | "edit_eligibility"
  | "withdraw"
  | "leave"
  | "request_join"
  | "review"
  | "suspend";

const isRepresentative = (resource: AssociationResource) => resource.membership?.role === "representative";

/** Why `actor` may not act for the association, or null: representatives of a pending or active one. */
function actDenial(resource: AssociationResource): ErrorCode | null {
  if (!isRepresentative(resource)) return "FORBIDDEN";
  if (resource.status === "suspended") return "ASSOCIATION_SUSPENDED";
  if (resource.status !== "pending" && resource.status !== "active") return "INVALID_STATE";
  return null;
}

/**
 * The error code that denies `action` on an association to `actor`, or null when it is allowed.
 * Not a member (or not a representative) comes first: FORBIDDEN, whatever the association's status.
 */
export function denial(actor: Actor, action: AssociationAction, resource: AssociationResource): ErrorCode | null {
  switch (action) {
    case "read_private":
      return actor.role === "admin" || isRepresentative(resource) ? null : "FORBIDDEN";
    case "act":
      return actDenial(resource);
    case "edit_eligibility":
      return actDenial(resource) ?? (resource.approved ? "FORBIDDEN" : null);
    case "withdraw": {
      const denied = actDenial(resource);
      if (denied) return denied;
      return resource.status === "active" ? null : "INVALID_STATE";
    }
    case "leave":
      return resource.membership ? null : "FORBIDDEN";
    case "request_join":
      if (resource.membership) return "CONFLICT";
      if (resource.status === "suspended") return "ASSOCIATION_SUSPENDED";
      return resource.status === "active" ? null : "INVALID_STATE";
    case "review":
    case "suspend":
      return actor.role === "admin" ? null : "FORBIDDEN";
  }
}

/** Whether `actor` may do `action` on the association. */
export function can(actor: Actor, action: AssociationAction, resource: AssociationResource): boolean {
  return denial(actor, action, resource) === null;
}
