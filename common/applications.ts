/** Membership applications and their review (`/api/applications`, `/api/admin/applications`). */
import type { Paginated, PersonName } from "./api.js";
import type { AssociationManageView, AssociationProfileInput, AssociationSummary } from "./associations.js";
import type { CharterAcceptance } from "./charter.js";

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

export type ReviewDecisionInput = { note?: string };

export type RejectInput = { reason: string };

export type RequestInfoInput = { note: string };

export type RespondInput = { note: string };

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
  /** What the viewer may do with it now. */
  abilities: ApplicationAbilities;
};

/** What the viewer may do with an application at its current step. */
export type ApplicationAbilities = {
  /** Answer the reviewers' request for information (the applicant's representatives). */
  respond: boolean;
  /** Add a supporting document (the applicant's representatives, while it is open). */
  addDocument: boolean;
  /** Approve or reject it (admins, while it is open). */
  decide: boolean;
  /** Ask the applicant for more information (admins, while it is under review). */
  requestInfo: boolean;
};

/** `GET /api/admin/applications`. */
export type ApplicationQueue = Paginated<ApplicationSummary> & { counts: Record<ApplicationStatus, number> };
