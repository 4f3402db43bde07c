import { randomUUID } from "node:crypto";
import type { DecisionContent, DecisionKind, DecisionLink, DecisionSource } from "../../../common/decisions.js";
import { GENESIS_HASH, REGISTER_NAME } from "../../../common/decisions.js";
import type { Tx } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { renderMarkdown } from "../../markdown/render.js";
import { searchDocument } from "../../search/document.js";
import { canonicalJson, formatNumber, registerYear, sha256Hex } from "./canonical.js";

/** What a module hands the register (a closed vote, a moderator's decision, a correction). */
export type RecordDecisionInput = {
  kind: DecisionKind;
  title: string;
  textMd: string;
  decidedAt: Date;
  outcome: string;
  method?: string;
  electorateSize?: number;
  quorum?: string | null;
  rule?: string;
  figures?: Record<string, unknown>;
  openedAt?: Date;
  closedAt?: Date;
  links: DecisionLink[];
  voteId?: string;
  proposalId?: string;
  correctsId?: string;
  recordedById?: string;
  /** The document a manual decision was taken from. */
  source?: DecisionSource;
};

/**
 * Two transactions recording at once must not take the same number or link to the same record: each
 * holds this transaction-level advisory lock while it reads the head and appends, so recordings are
 * serialised (on PostgreSQL; PGlite has one connection). The unique indexes on position, number,
 * (year, seq) and previous_hash refuse a duplicate even if the lock were bypassed.
 */
const REGISTER_LOCK = 4_801_713_206;

function iso(date: Date | undefined, field: string): string | null {
  if (date === undefined) return null;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new AppError("VALIDATION_FAILED", { fields: [{ path: field, reason: "invalid_date" }] });
  }
  return date.toISOString();
}

/** Figures as JSON keeps them (undefined dropped, dates as text); NaN or Infinity are refused. */
function jsonValue(value: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (value === undefined) return null;
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  canonicalJson(copy); // throws on a number JSON cannot hold
  return copy;
}

/**
 * Appends a record to the register, in the caller's transaction: it takes the next number of the
 * year (2026/014, gap-free: a transaction that rolls back takes none), links it to the record before
 * it and stores its canonical JSON and hash. A vote already recorded is not recorded twice: its
 * record is answered. A correction names the record it corrects, which must exist.
 */
export async function recordDecision(tx: Tx, input: RecordDecisionInput): Promise<{ id: string; number: string }> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${REGISTER_LOCK})`);
  if (input.voteId) {
    const existing = await tx.decisionRecord.findUnique({
      where: { voteId: input.voteId },
      select: { id: true, number: true },
    });
    if (existing) return existing;
  }
  if ((input.kind === "correction") !== Boolean(input.correctsId)) {
    throw new AppError("VALIDATION_FAILED", { fields: [{ path: "correctsId", reason: "correction_needs_target" }] });
  }
  const corrected = input.correctsId
    ? await tx.decisionRecord.findUnique({ where: { id: input.correctsId }, select: { id: true, number: true } })
    : null;
  if (input.correctsId && !corrected) throw new AppError("NOT_FOUND");

  const last = await tx.decisionRecord.findFirst({
    orderBy: { position: "desc" },
    select: { position: true, year: true, seq: true, hash: true },
  });
  const recordedAt = new Date();
  // A clock set back never makes the year go backwards along the chain.
  const year = Math.max(registerYear(recordedAt), last?.year ?? 0);
  const seq = last && last.year === year ? last.seq + 1 : 1;
  const content: DecisionContent = {
    register: REGISTER_NAME,
    version: 1,
    id: randomUUID(),
    number: formatNumber(year, seq),
    year,
    seq,
    position: (last?.position ?? 0) + 1,
    previousHash: last?.hash ?? GENESIS_HASH,
    kind: input.kind,
    title: input.title.normalize("NFC").trim(),
    textMd: input.textMd.normalize("NFC"),
    textHtml: renderMarkdown(input.textMd.normalize("NFC")),
    decidedAt: iso(input.decidedAt, "decidedAt") as string,
    outcome: input.outcome,
    method: input.method ?? null,
    electorateSize: input.electorateSize ?? null,
    quorum: input.quorum ?? null,
    rule: input.rule ?? null,
    figures: jsonValue(input.figures),
    openedAt: iso(input.openedAt, "openedAt"),
    closedAt: iso(input.closedAt, "closedAt"),
    links: input.links.map((link) => ({ label: link.label, href: link.href })),
    voteId: input.voteId ?? null,
    proposalId: input.proposalId ?? null,
    correctsId: corrected?.id ?? null,
    correctsNumber: corrected?.number ?? null,
    source: input.source ?? null,
    recordedById: input.recordedById ?? null,
    recordedAt: recordedAt.toISOString(),
  };
  if (!content.title) throw new AppError("VALIDATION_FAILED", { fields: [{ path: "title", reason: "required" }] });
  const canonical = canonicalJson(content);
  await tx.decisionRecord.create({
    data: {
      id: content.id,
      position: content.position,
      year,
      seq,
      number: content.number,
      kind: content.kind,
      title: content.title,
      outcome: content.outcome,
      decidedAt: new Date(content.decidedAt),
      recordedAt,
      voteId: content.voteId,
      proposalId: content.proposalId,
      correctsId: content.correctsId,
      recordedById: content.recordedById,
      canonical,
      hash: sha256Hex(canonical),
      previousHash: content.previousHash,
      searchText: searchDocumentOf(content),
    },
  });
  return { id: content.id, number: content.number };
}

/** What a record is found by: its number, title and text. */
export function searchDocumentOf(content: DecisionContent): string {
  return searchDocument(content.number, content.title, content.textMd);
}
