/** Proposals and their amendments (`/api/proposals`). */
import type { PersonName } from "./api.js";

export const proposalStates = [
  "draft",
  "submitted",
  "in_discussion",
  "in_vote",
  "adopted",
  "rejected",
  "withdrawn",
  "not_admissible",
] as const;
export type ProposalState = (typeof proposalStates)[number];

export const amendmentStates = ["proposed", "accepted", "rejected", "in_vote", "adopted", "not_adopted"] as const;
export type AmendmentState = (typeof amendmentStates)[number];

/** Lengths the forms and the server share. */
export const proposalLimits = {
  titleMax: 200,
  bodyMax: 50_000,
  reasonMax: 2_000,
  rationaleMax: 5_000,
  passageMax: 10_000,
} as const;

/** An association as a proposal names it. */
export type ProposalAssociation = { id: string; slug: string; nameAr: string; nameFr: string | null };

// --- Requests ------------------------------------------------------------------------------------

/** `POST /api/proposals`: a draft written by a representative for their association. */
export type ProposalCreateInput = {
  title: string;
  bodyMd: string;
  associationId: string;
  categoryId?: string | null;
};

/** `PATCH /api/proposals/:id`: the author association edits its draft. */
export type ProposalUpdateInput = { title?: string; bodyMd?: string; categoryId?: string | null };

/** A state change that takes a reason (required for not admissible, optional otherwise). */
export type ProposalReasonInput = { reason?: string };

/** `PUT /api/proposals/:id/sponsors/:associationId` takes no body; this is its answer. */
export type ProposalListQuery = {
  state?: ProposalState;
  category?: string;
  association?: string;
  page?: number;
  pageSize?: number;
};

/** `POST /api/proposals/:id/amendments`: the whole new text, or one passage replaced. */
export type AmendmentInput =
  | { associationId: string; kind: "full"; bodyMd: string; rationale?: string }
  | { associationId: string; kind: "passage"; passage: string; replacement: string; rationale?: string };

/** `POST /api/proposals/:id/vote` and `POST /api/proposals/amendments/:id/vote`: optional settings. */
export type ProposalVoteInput = {
  majority?: "simple" | "absolute" | "two_thirds_cast" | "two_thirds_electorate";
  quorum?: number | null;
  secrecy?: "open" | "secret";
  electorate?: "associations" | "members";
  closesAt?: string | null;
};

// --- Answers -------------------------------------------------------------------------------------

/** A word-level difference, as parts the client renders with <ins> and <del>. */
export type DiffPart = { kind: "same" | "ins" | "del"; text: string };

export type ProposalTransition = {
  id: string;
  from: ProposalState | null;
  to: ProposalState;
  actor: PersonName | null;
  reason: string | null;
  at: string;
};

export type ProposalSponsor = { association: ProposalAssociation; signedBy: PersonName; signedAt: string };

export type ProposalVersionSummary = { number: number; createdAt: string; amendmentId: string | null };

export type ProposalVersion = ProposalVersionSummary & { bodyMd: string; bodyHtml: string };

export type AmendmentAbilities = { accept: boolean; reject: boolean; putToVote: boolean };

export type ProposalAmendment = {
  id: string;
  proposalId: string;
  association: ProposalAssociation;
  author: PersonName;
  kind: "full" | "passage";
  passage: string | null;
  replacement: string | null;
  baseVersion: number;
  rationale: string;
  state: AmendmentState;
  /** From the base version's text to the proposed text. */
  diff: DiffPart[];
  voteId: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** The version it produced, once accepted or adopted. */
  resultVersion: number | null;
  createdAt: string;
  abilities: AmendmentAbilities;
};

export type ProposalAbilities = {
  edit: boolean;
  submit: boolean;
  withdraw: boolean;
  admit: boolean;
  declareInadmissible: boolean;
  putToVote: boolean;
  amend: boolean;
  /** Associations the viewer represents that may sign it now. */
  signAs: string[];
  /** Associations the viewer represents whose signature they may withdraw now. */
  unsignAs: string[];
  /** Associations the viewer represents that may propose an amendment now. */
  amendAs: string[];
};

export type ProposalSummary = {
  id: string;
  title: string;
  state: ProposalState;
  association: ProposalAssociation;
  categoryId: string | null;
  sponsorCount: number;
  currentVersion: number;
  submittedAt: string | null;
  updatedAt: string;
};

export type ProposalDetail = ProposalSummary & {
  bodyMd: string;
  bodyHtml: string;
  createdBy: PersonName;
  inadmissibleReason: string | null;
  debateId: string | null;
  voteId: string | null;
  decision: { id: string; number: string } | null;
  /** The forum's minimum number of sponsors before a proposal leaves "submitted". */
  minSponsors: number;
  sponsors: ProposalSponsor[];
  transitions: ProposalTransition[];
  versions: ProposalVersionSummary[];
  amendments: ProposalAmendment[];
  abilities: ProposalAbilities;
};

/** `GET /api/proposals/:id/diff?from=&to=`. */
export type ProposalVersionDiff = { from: number; to: number; parts: DiffPart[] };

// ─── Live (room `proposal:<id>`, joined with `proposal:watch`) ──────────────────────────────────────

/** `proposal:watch` / `proposal:unwatch` payload. */
export type ProposalWatchInput = { proposalId: string };

/**
 * `proposal:changed`: the proposal changed (a step, a signature, an amendment, a version, its vote
 * closed). It carries no reader-specific fields: each reader reads the proposal again, with its abilities.
 */
export type ProposalChangedEvent = { proposalId: string };
