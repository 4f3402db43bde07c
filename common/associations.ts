/**
 * Member associations: statuses, the profile, the directory, pages and manage view, people,
 * invitations and join requests (`/api/associations`, `/api/invitations`, `/api/me/associations`).
 * Dates travel as ISO 8601 strings.
 */
import type { PersonName } from "./api.js";
import type { ApplicationStatus } from "./applications.js";
import type { CharterVersionSummary } from "./charter.js";
import type { FieldOfAction, Region, RegionCode } from "./reference.js";

/**
 * An association's membership status in the forum.
 * - `pending`: its application is being reviewed (or waits for the applicant's answer);
 * - `active`: a member; listed in the directory; votes through its primary delegate;
 * - `suspended`: by an admin, with a reason, until a date or indefinitely; its representatives
 *   cannot act for it. A suspension whose end date has passed reads as `active`;
 * - `withdrawn`: left the forum at its representatives' request (only an active association withdraws);
 * - `rejected`: its application was refused, with a reason.
 */
export type AssociationStatus = "pending" | "active" | "suspended" | "withdrawn" | "rejected";

export const associationStatuses = ["pending", "active", "suspended", "withdrawn", "rejected"] as const;

/** A person's place in an association. Representatives act for it; one of them is the primary delegate. */
export type MemberRole = "member" | "representative";

export type JoinRequestStatus = "pending" | "approved" | "rejected";

/** `expired` is computed from the expiry date when read. */
export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export const associationLimits = {
  /** Slugs: lower-case latin letters, digits and single hyphens. */
  slugPattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
  slugMin: 3,
  slugMax: 60,
  nameMax: 160,
  cityMax: 80,
  descriptionMax: 20_000,
  foundedYearMin: 1900,
  /** The latest founding year accepted is the current year. */
  logoMaxBytes: 1024 * 1024,
  logoTypes: ["image/png", "image/jpeg", "image/webp"] as const,
  documentMaxBytes: 5 * 1024 * 1024,
  documentTypes: ["application/pdf", "image/png", "image/jpeg"] as const,
  documentsPerApplication: 10,
  pageSizeMax: 50,
  invitationDays: 14,
} as const;

/** Self-declared eligibility facts (the Civil Society Capital criteria read them). */
export type Eligibility = { nationalScope: boolean; voluntary: boolean; nonProfit: boolean; nonPolitical: boolean };

/** The editable profile of an association. Optional fields may be null to clear them. */
export type AssociationProfileInput = {
  nameAr: string;
  nameFr?: string | null;
  /** Derived from the French name (or transliterated from the Arabic one) when absent. */
  slug?: string;
  city: string;
  regionCode: RegionCode;
  /** Ids of active fields of action; at least one. */
  fieldIds: string[];
  /** A number, or its digits as text in any script («١٩٩٨»). */
  foundedYear?: number | string | null;
  registrationRef?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  website?: string | null;
  /** Markdown; rendered and sanitised by the server. */
  descriptionMd?: string;
  eligibility: Eligibility;
};

/**
 * `PATCH /api/associations/:ref`: every field optional. Once the association has been approved the
 * eligibility facts are locked (changing them would call for a new review): sending them is FORBIDDEN.
 */
export type AssociationUpdateInput = Partial<Omit<AssociationProfileInput, "eligibility">> & {
  /** Only the facts that change (before approval). */
  eligibility?: Partial<Eligibility>;
};

/** `until` null or absent: indefinitely. */
export type SuspendInput = { reason: string; until?: string | null };

export type InviteInput = { email: string };

export type JoinRequestInput = { message?: string };

export type MemberRoleInput = { role: MemberRole };

/** Query of `GET /api/associations`. */
export type DirectoryQuery = {
  page?: number;
  /** At most 50; default 20. */
  pageSize?: number;
  region?: RegionCode;
  city?: string;
  /** A field of action's code or id. */
  field?: string;
  /** Name search ignoring Arabic diacritics, tatweel, alef/hamza/ya/ta-marbuta variants and French accents. */
  q?: string;
};

/** A line of the directory. */
export type AssociationSummary = {
  id: string;
  slug: string;
  nameAr: string;
  nameFr: string | null;
  city: string;
  region: Region;
  fields: FieldOfAction[];
  foundedYear: number | null;
  /** `/api/logos/<file>`, or null. */
  logoUrl: string | null;
  status: AssociationStatus;
};

/** An association's public page. */
export type AssociationPage = AssociationSummary & {
  descriptionHtml: string;
  contact: { email: string | null; phone: string | null; website: string | null };
  eligibility: Eligibility;
  representatives: (PersonName & { isPrimaryDelegate: boolean })[];
  /** Only when `status` is `suspended`. */
  suspension: { reason: string; until: string | null } | null;
  memberSince: string | null;
};

/** `GET /api/associations/:ref`: the public page and what the viewer may do there. */
export type AssociationPageView = AssociationPage & { abilities: AssociationPageAbilities };

/** What representatives (and admins) read to manage an association: the page plus private data. */
export type AssociationManageView = AssociationPage & {
  registrationRef: string | null;
  descriptionMd: string;
  /** Whether eligibility facts may still be changed (only before approval). */
  eligibilityEditable: boolean;
  applicationId: string | null;
  applicationStatus: ApplicationStatus | null;
  /** Charter versions the association has not accepted yet (asked after each new publication). */
  pendingAcceptances: CharterVersionSummary[];
  viewer: { role: MemberRole | null; isPrimaryDelegate: boolean; isAdmin: boolean };
  /** What the viewer may do with it (the server's policy decides; the routes enforce the same rules). */
  abilities: AssociationAbilities;
};

/** What the viewer may do with an association they manage or review. */
export type AssociationAbilities = {
  /** Edit its profile and logo, accept new charter versions, answer the reviewers. */
  edit: boolean;
  /** Change its self-declared eligibility facts (only before approval). */
  editEligibility: boolean;
  /** Change its people's roles, name the primary delegate, remove people. */
  manageMembers: boolean;
  /** Invite people by email, see and revoke invitations. */
  invite: boolean;
  /** Approve or reject requests to join. */
  decideJoinRequests: boolean;
  /** Withdraw it from the forum. */
  withdraw: boolean;
  /** Suspend it (admins). */
  suspend: boolean;
  /** End its suspension (admins). */
  reinstate: boolean;
};

/** A line of the admin console's list of associations, with what the admin may do to it. */
export type AdminAssociationSummary = AssociationSummary & {
  abilities: Pick<AssociationAbilities, "suspend" | "reinstate">;
};

/** What the viewer of a public page may do there. */
export type AssociationPageAbilities = {
  /** Ask to join it (once logged in, for an anonymous viewer). */
  requestJoin: boolean;
  /** Open its manage view (its representatives and admins). */
  manage: boolean;
};

/** One person in an association's internal list (representatives only). */
export type AssociationMember = {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  isPrimaryDelegate: boolean;
  joinedAt: string;
  /** What the reader may do to this person (the server's policy decides). */
  abilities: MemberAbilities;
};

/** What the reader of an association's list may do to one person on it. */
export type MemberAbilities = {
  /** Make this member a representative (the forum's limit is checked when it is done). */
  makeRepresentative: boolean;
  /** Make this representative a plain member again. */
  makeMember: boolean;
  /** Remove this person from the list, or leave it when it is the reader's own line. */
  remove: boolean;
};

/** An association the current user belongs to (`GET /api/me/associations`). */
export type MyAssociation = {
  association: AssociationSummary;
  role: MemberRole;
  isPrimaryDelegate: boolean;
  applicationId: string | null;
  applicationStatus: ApplicationStatus | null;
  /** Non-empty when the association must accept new charter versions (representatives act on it). */
  pendingAcceptances: CharterVersionSummary[];
  /** What the user may do with it: `manage`, open its manage view. */
  abilities: { manage: boolean };
};

export type Invitation = {
  id: string;
  email: string;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  invitedBy: PersonName;
  /** What the reader may do with it: `revoke`, while it is pending. */
  abilities: { revoke: boolean };
};

/** `POST /api/associations/:ref/invitations`: the link is also mailed (see the outbox). */
export type InvitationCreated = { invitation: Invitation; link: string };

/** `GET /api/invitations/:token`: what the invitee sees before accepting. */
export type InvitationPreview = {
  association: AssociationSummary;
  email: string;
  status: InvitationStatus;
  expiresAt: string;
  invitedBy: PersonName;
};

export type JoinRequest = {
  id: string;
  status: JoinRequestStatus;
  message: string | null;
  user: PersonName;
  createdAt: string;
  decidedAt: string | null;
  /** What the reader may do with it: `decide` (approve or reject), while it is pending. */
  abilities: { decide: boolean };
};
