/**
 * The primary delegate's office: who casts the association's vote, and how it changes hands
 * (`/api/associations/:ref/delegate`). The sitting delegate hands it over at once; another
 * representative's request takes effect after the objection delay unless a representative objects;
 * an admin settles at once. Removing or demoting the sitting delegate is refused.
 */
import type { PersonName } from "./api.js";

export type DelegateRequestStatus = "pending" | "objected" | "applied" | "cancelled";

export type DelegateRequestView = {
  id: string;
  candidate: PersonName;
  requestedBy: PersonName;
  reason: string | null;
  status: DelegateRequestStatus;
  createdAt: string;
  /** When it takes effect if no representative objects before. */
  effectiveAt: string;
  decidedAt: string | null;
  decidedBy: PersonName | null;
  decisionNote: string | null;
};

/** What the person reading may do about the office now (computed by the policy, shown by the client). */
export type DelegateAbilities = {
  /** Name a delegate at once: the sitting delegate handing over, or any representative when none sits. */
  name: boolean;
  /** Ask for the office (for oneself or another representative) while a delegate sits. */
  request: boolean;
  /** Object to the pending request (a representative other than its author). */
  object: boolean;
  /** Withdraw the pending request (its author). */
  cancel: boolean;
  /** Settle it at once (an admin). */
  settle: boolean;
};

export type DelegateOffice = {
  delegate: PersonName | null;
  since: string | null;
  pending: DelegateRequestView | null;
  /** The latest decided requests, newest first. */
  recent: DelegateRequestView[];
  objectionHours: number;
  abilities: DelegateAbilities;
};

/** `PUT /api/associations/:ref/delegate` and `PUT /api/admin/associations/:ref/delegate`. */
export type DelegateInput = { userId: string; reason?: string };
/** `POST /api/associations/:ref/delegate/requests`: the candidate (oneself when omitted) and why. */
export type DelegateRequestInput = { userId?: string; reason?: string };
/** `POST /api/associations/:ref/delegate/requests/:id/objection`. */
export type DelegateObjectionInput = { reason?: string };
