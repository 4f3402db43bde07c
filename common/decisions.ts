/**
 * The register of decisions (`/api/decisions`): numbered, append-only records of what the forum
 * decided, chained by SHA-256 and signed at the head with the forum's Ed25519 key, so that anyone
 * holding an export can check offline that nothing was removed, reordered or altered.
 */
import type { Paginated } from "./api.js";

export const decisionKinds = ["vote", "manual", "correction"] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** What a manual decision records as its outcome (a vote's record carries the tally's outcome). */
export const manualOutcomes = ["adopted", "rejected", "noted", "elected"] as const;

/** The hash a first record links to: 64 zeros. */
export const GENESIS_HASH = "0".repeat(64);

/** Names the register in its canonical records and in its signed head. */
export const REGISTER_NAME = "tashawur-decisions";

export type DecisionLink = { label: string; href: string };

/** The document a manual decision was taken from (minutes, a signed PDF). */
export type DecisionSource = { file: string; name: string; type: string; size: number; sha256: string };

/**
 * One record as it is hashed: every field, with `null` for what it does not have. Its canonical JSON
 * (RFC 8785) is what `hash` is the SHA-256 of.
 */
export type DecisionContent = {
  register: typeof REGISTER_NAME;
  version: 1;
  id: string;
  /** 2026/014 */
  number: string;
  year: number;
  seq: number;
  /** 1, 2, 3… in the order of the chain. */
  position: number;
  previousHash: string;
  kind: DecisionKind;
  title: string;
  textMd: string;
  /** The text rendered and sanitised when recorded. */
  textHtml: string;
  /** ISO 8601. */
  decidedAt: string;
  outcome: string;
  method: string | null;
  electorateSize: number | null;
  quorum: string | null;
  rule: string | null;
  figures: Record<string, unknown> | null;
  openedAt: string | null;
  closedAt: string | null;
  links: DecisionLink[];
  voteId: string | null;
  proposalId: string | null;
  correctsId: string | null;
  correctsNumber: string | null;
  source: DecisionSource | null;
  recordedById: string | null;
  recordedAt: string;
};

/** What the register says about the viewer's rights. */
export type DecisionAbilities = { record: boolean; correct: boolean };

/** A record in a list. */
export type DecisionSummary = {
  id: string;
  number: string;
  year: number;
  seq: number;
  kind: DecisionKind;
  title: string;
  outcome: string;
  decidedAt: string;
  recordedAt: string;
  hash: string;
  correctsNumber: string | null;
  /** Numbers of the records that correct this one. */
  correctedBy: string[];
};

/** A record in full (the permalink). */
export type DecisionDetail = DecisionSummary & {
  content: DecisionContent;
  canonical: string;
  previousHash: string;
  position: number;
  corrections: { id: string; number: string; title: string; recordedAt: string }[];
  corrects: { id: string; number: string; title: string } | null;
  abilities: DecisionAbilities;
};

export type DecisionList = Paginated<DecisionSummary> & {
  years: number[];
  abilities: DecisionAbilities;
};

/** The head of the chain as the forum signs it (its canonical JSON is the signed message). */
export type RegisterHead = {
  register: typeof REGISTER_NAME;
  count: number;
  number: string | null;
  hash: string;
};

export type RegisterPublicKey = { algorithm: "Ed25519"; pem: string; hex: string };

/** The signed head: `signature` (base64) is Ed25519 over the UTF-8 bytes of `canonical`. */
export type SignedHead = { head: RegisterHead; canonical: string; signature: string; publicKey: RegisterPublicKey };

/** One record in an export: its canonical text is authoritative; `record` is the same, parsed. */
export type ExportedRecord = { number: string; hash: string; canonical: string; record: DecisionContent };

/** `GET /api/decisions/export.json` */
export type RegisterExport = {
  format: "tashawur-register/1";
  exportedAt: string;
  records: ExportedRecord[];
} & SignedHead;

/** The first record that does not match, and why. */
export type VerifyProblem = {
  position: number;
  number: string | null;
  id: string | null;
  /** A stable reason: hash | canonical | link | position | number | column | head | signature | missing_key. */
  reason: string;
  /** What exactly: a column name, or a sentence. */
  detail: string;
};

export type VerifyReport = {
  ok: boolean;
  count: number;
  head: RegisterHead;
  problem: VerifyProblem | null;
  checkedAt: string;
};

/** `POST /api/decisions` (multipart: these fields and the file `source`). */
export type ManualDecisionInput = {
  title: string;
  textMd: string;
  decidedAt: string;
  outcome: (typeof manualOutcomes)[number];
};

/** `POST /api/decisions/:id/corrections` (JSON). */
export type CorrectionInput = { title: string; textMd: string; decidedAt?: string; outcome?: string };
