/**
 * Shared vocabulary of member associations, membership applications, the charter, the electorate and
 * the audit log: request and response shapes of `/api/associations`, `/api/applications`,
 * `/api/charter`, `/api/reference`, `/api/invitations`, `/api/me/associations` and `/api/admin/*`.
 * Dates travel as ISO 8601 strings.
 */
import type { Paginated, PublicUser, Role } from "./api.js";

export type { Paginated };

// ---------------------------------------------------------------------------------------------
// Statuses
// ---------------------------------------------------------------------------------------------

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

/**
 * Where a membership application stands.
 * - `under_review`: waiting for an admin (after submission, or after the applicant answered);
 * - `info_requested`: an admin asked for more information; the applicant answers;
 * - `approved` / `rejected`: decided (final).
 */
export type ApplicationStatus = "under_review" | "info_requested" | "approved" | "rejected";
export const applicationStatuses = ["under_review", "info_requested", "approved", "rejected"] as const;

/** One step of an application's history (`withdrawn` is reserved: applications are not withdrawn yet). */
export type ApplicationEventKind =
  | "submitted"
  | "info_requested"
  | "responded"
  | "document_added"
  | "approved"
  | "rejected"
  | "withdrawn";

/** A person's place in an association. Representatives act for it; one of them is the primary delegate. */
export type MemberRole = "member" | "representative";

export type JoinRequestStatus = "pending" | "approved" | "rejected";

/** `expired` is computed from the expiry date when read. */
export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

/** The two versioned founding documents an admin publishes. */
export type CharterKind = "charter" | "internal_rules";
export const charterKinds = ["charter", "internal_rules"] as const;

// ---------------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------------

/** One of Morocco's twelve regions (2015 division). `code` is its ISO 3166-2 code; names are for display. */
export type Region = { code: RegionCode; nameAr: string; nameFr: string };

export type RegionCode =
  | "MA-01"
  | "MA-02"
  | "MA-03"
  | "MA-04"
  | "MA-05"
  | "MA-06"
  | "MA-07"
  | "MA-08"
  | "MA-09"
  | "MA-10"
  | "MA-11"
  | "MA-12";

/** The twelve regions, in their official order. The database holds the same rows (migration). */
export const regions: readonly Region[] = [
  { code: "MA-01", nameAr: "طنجة - تطوان - الحسيمة", nameFr: "Tanger-Tétouan-Al Hoceïma" },
  { code: "MA-02", nameAr: "الشرق", nameFr: "L'Oriental" },
  { code: "MA-03", nameAr: "فاس - مكناس", nameFr: "Fès-Meknès" },
  { code: "MA-04", nameAr: "الرباط - سلا - القنيطرة", nameFr: "Rabat-Salé-Kénitra" },
  { code: "MA-05", nameAr: "بني ملال - خنيفرة", nameFr: "Béni Mellal-Khénifra" },
  { code: "MA-06", nameAr: "الدار البيضاء - سطات", nameFr: "Casablanca-Settat" },
  { code: "MA-07", nameAr: "مراكش - آسفي", nameFr: "Marrakech-Safi" },
  { code: "MA-08", nameAr: "درعة - تافيلالت", nameFr: "Drâa-Tafilalet" },
  { code: "MA-09", nameAr: "سوس - ماسة", nameFr: "Souss-Massa" },
  { code: "MA-10", nameAr: "كلميم - واد نون", nameFr: "Guelmim-Oued Noun" },
  { code: "MA-11", nameAr: "العيون - الساقية الحمراء", nameFr: "Laâyoune-Sakia El Hamra" },
  { code: "MA-12", nameAr: "الداخلة - وادي الذهب", nameFr: "Dakhla-Oued Ed-Dahab" },
];

export const regionCodes = regions.map((region) => region.code) as [RegionCode, ...RegionCode[]];

/** A field of action (social, environment, ...). Admins add, rename and deactivate them. */
export type FieldOfAction = { id: string; code: string; nameAr: string; nameFr: string; active: boolean };

// ---------------------------------------------------------------------------------------------
// Limits shared by the forms and the server
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

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
  foundedYear?: number | null;
  registrationRef?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  website?: string | null;
  /** Markdown; rendered and sanitised by the server. */
  descriptionMd?: string;
  eligibility: Eligibility;
};

/** `POST /api/applications`: apply on behalf of an association, creating its profile. */
export type ApplicationInput = {
  profile: AssociationProfileInput;
  /** The id of the current charter version, which the applicant accepts. */
  charterVersionId: string;
  /** The id of the current internal rules version, required when one has been published. */
  internalRulesVersionId?: string;
  /** A first note to the reviewers. */
  note?: string;
};

/**
 * `PATCH /api/associations/:ref`: every field optional. Once the association has been approved the
 * eligibility facts are locked (changing them would call for a new review): sending them is FORBIDDEN.
 */
export type AssociationUpdateInput = Partial<AssociationProfileInput>;

export type ReviewDecisionInput = { note?: string };
export type RejectInput = { reason: string };
export type RequestInfoInput = { note: string };
export type RespondInput = { note: string };
/** `until` null or absent: indefinitely. */
export type SuspendInput = { reason: string; until?: string | null };
export type InviteInput = { email: string };
export type JoinRequestInput = { message?: string };
export type MemberRoleInput = { role: MemberRole };
export type DelegateInput = { userId: string };
export type CharterAcceptInput = { versionId: string };
export type PublishCharterInput = { kind: CharterKind; title: string; bodyMd: string; note?: string };
export type FieldCreateInput = { code?: string; nameAr: string; nameFr: string };
export type FieldUpdateInput = { nameAr?: string; nameFr?: string; active?: boolean };
export type FreezeElectorateInput = { label: string; at?: string };

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

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/** A person as an association shows them publicly: a display name, never an email. */
export type PersonName = { id: string; name: string };

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
};

/** One person in an association's internal list (representatives only). */
export type AssociationMember = {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  isPrimaryDelegate: boolean;
  joinedAt: string;
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
};

export type CharterVersionSummary = {
  id: string;
  kind: CharterKind;
  version: number;
  title: string;
  publishedAt: string;
};

export type CharterVersion = CharterVersionSummary & { bodyMd: string; bodyHtml: string };

/** `GET /api/charter`: the versions in force. */
export type CurrentCharter = { charter: CharterVersion | null; internalRules: CharterVersion | null };

export type ApplicationDocument = {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedBy: PersonName;
  /** `/api/documents/<id>`: representatives of the association and admins only. */
  url: string;
};

export type ApplicationEvent = {
  id: string;
  kind: ApplicationEventKind;
  note: string | null;
  actor: PersonName;
  at: string;
};

export type CharterAcceptance = {
  version: CharterVersionSummary;
  acceptedBy: PersonName;
  acceptedAt: string;
};

/** A line of the admin queue. */
export type ApplicationSummary = {
  id: string;
  status: ApplicationStatus;
  association: AssociationSummary;
  applicant: PersonName;
  submittedAt: string;
  updatedAt: string;
};

/** The review screen: profile, documents, charter acceptance and history. */
export type ApplicationDetail = ApplicationSummary & {
  profile: AssociationManageView;
  documents: ApplicationDocument[];
  acceptances: CharterAcceptance[];
  history: ApplicationEvent[];
  /** The reason given with a rejection. */
  rejectionReason: string | null;
};

/** `GET /api/admin/applications`. */
export type ApplicationQueue = Paginated<ApplicationSummary> & { counts: Record<ApplicationStatus, number> };

export type Invitation = {
  id: string;
  email: string;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  invitedBy: PersonName;
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
};

/** One association in the electorate: who casts its vote (null when it has no primary delegate). */
export type ElectorateEntry = {
  associationId: string;
  slug: string;
  nameAr: string;
  delegate: PersonName | null;
};

export type Electorate = { at: string; entries: ElectorateEntry[] };

export type ElectorateSnapshotSummary = {
  id: string;
  label: string;
  at: string;
  createdAt: string;
  createdBy: PersonName;
  associationCount: number;
  /** Associations with a primary delegate, who can vote. */
  voterCount: number;
};

export type ElectorateSnapshot = ElectorateSnapshotSummary & { entries: ElectorateEntry[] };

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
] as const;

export type AuditAction = (typeof auditActions)[number];

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

/** An account as the admin console lists it (`GET /api/admin/users`): admins see emails. */
export type AdminUserView = PublicUser & { email: string; createdAt: string };

/** `PUT /api/admin/users/:id/role`. */
export type PlatformRoleInput = { role: Role };
