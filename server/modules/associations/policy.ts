import type { ApplicationAbilities, ApplicationStatus } from "../../../common/applications.js";
import type {
  AssociationAbilities,
  AssociationPageAbilities,
  AssociationStatus,
  Invitation,
  InvitationStatus,
  JoinRequest,
  JoinRequestStatus,
  MemberAbilities,
  MemberRole,
  MyAssociation,
} from "../../../common/associations.js";
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

/** Whether an association in `status` can be suspended (active) or reinstated (suspended). */
export const suspendable = (status: AssociationStatus) => status === "active";
export const reinstatable = (status: AssociationStatus) => status === "suspended";

/** What the viewer may do with an association, as its manage view and admin screens show it. */
export function associationAbilities(actor: Actor, resource: AssociationResource): AssociationAbilities {
  const allowed = (action: AssociationAction) => can(actor, action, resource);
  return {
    edit: allowed("act"),
    editEligibility: allowed("edit_eligibility"),
    manageMembers: allowed("act"),
    invite: allowed("act"),
    // Only an active association takes people in by request (see `request_join`).
    decideJoinRequests: allowed("act") && resource.status === "active",
    withdraw: allowed("withdraw"),
    suspend: allowed("suspend") && suspendable(resource.status),
    reinstate: allowed("suspend") && reinstatable(resource.status),
  };
}

/**
 * What the viewer of a public page may do there. An anonymous viewer is told whether the association
 * takes requests to join (they log in first).
 */
export function pageAbilities(actor: Actor | undefined, resource: AssociationResource): AssociationPageAbilities {
  const viewer = actor ?? { id: "", role: "member" as const };
  return {
    requestJoin: can(viewer, "request_join", resource),
    manage: actor !== undefined && can(actor, "read_private", resource),
  };
}

/** A step of a membership application. */
export type ApplicationStep = "respond" | "add_document" | "approve" | "reject" | "request_info";

/**
 * Whether an application in `status`, for an association in `associationStatus`, can take `step`:
 * the applicant answers a request for information and adds documents while it is open; admins decide
 * while it is open and ask for information while it is under review, as long as the association is pending.
 */
export function stepAllowed(step: ApplicationStep, status: ApplicationStatus, associationStatus: AssociationStatus) {
  const open = status === "under_review" || status === "info_requested";
  switch (step) {
    case "respond":
      return status === "info_requested";
    case "add_document":
      return open;
    case "request_info":
      return status === "under_review" && associationStatus === "pending";
    case "approve":
    case "reject":
      return open && associationStatus === "pending";
  }
}

/** What the viewer may do with an application now (who they are, and the application's step). */
export function applicationAbilities(
  actor: Actor,
  resource: AssociationResource,
  status: ApplicationStatus,
  associationStatus: AssociationStatus,
): ApplicationAbilities {
  const applicant = can(actor, "act", resource);
  const reviewer = can(actor, "review", resource);
  return {
    respond: applicant && stepAllowed("respond", status, associationStatus),
    addDocument: applicant && stepAllowed("add_document", status, associationStatus),
    decide: reviewer && stepAllowed("approve", status, associationStatus),
    requestInfo: reviewer && stepAllowed("request_info", status, associationStatus),
  };
}

/** What the policy needs to know about one person on an association's list. */
export type MemberLine = {
  userId: string;
  role: MemberRole;
  isPrimaryDelegate: boolean;
  /** How many representatives the association has now. */
  representatives: number;
};

/**
 * What the reader may do to one person on the list: a representative of a pending or active association
 * changes others' roles and removes them; anyone leaves. The primary delegate is never made a member nor
 * removed, and neither is the last representative: another must be named first.
 */
export function memberAbilities(actor: Actor, resource: AssociationResource, line: MemberLine): MemberAbilities {
  const own = line.userId === actor.id;
  const acts = can(actor, "act", resource);
  const manages = !own && acts;
  const kept = line.isPrimaryDelegate || (line.role === "representative" && line.representatives <= 1);
  return {
    makeRepresentative: manages && line.role === "member",
    // A representative may also step down to member, as long as another representative stays.
    makeMember: acts && line.role === "representative" && !kept,
    remove: !kept && (own ? can(actor, "leave", resource) : manages),
  };
}

/** Whether the reader may revoke an invitation in `status`: its association's representatives, while pending. */
export const invitationAbilities = (
  actor: Actor,
  resource: AssociationResource,
  status: InvitationStatus,
): Invitation["abilities"] => ({
  revoke: can(actor, "act", resource) && status === "pending",
});

/** Whether the reader may approve or reject a join request in `status`: representatives, while pending. */
export const joinRequestAbilities = (
  actor: Actor,
  resource: AssociationResource,
  status: JoinRequestStatus,
): JoinRequest["abilities"] => ({
  decide: can(actor, "act", resource) && status === "pending",
});

/** What a person may do with an association they belong to, from their list of associations. */
export const myAssociationAbilities = (actor: Actor, resource: AssociationResource): MyAssociation["abilities"] => ({
  manage: can(actor, "read_private", resource),
});
