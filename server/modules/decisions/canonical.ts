import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { DecisionContent, RegisterHead } from "../../../common/decisions.js";
import { REGISTER_NAME } from "../../../common/decisions.js";

/**
 * The canonical form of a record: the JSON Canonicalization Scheme (RFC 8785, `canonicalize`):
 * object keys sorted by their UTF-16 code units, no whitespace, strings escaped as ECMAScript's
 * JSON.stringify does (only `"`, `\` and control characters; Arabic stays as UTF-8), numbers as
 * ECMAScript writes them, absent values written as `null`. The hash is the SHA-256 of its UTF-8 bytes.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("a register value has no JSON form");
  return text;
}

/** SHA-256 of the UTF-8 bytes of `text`, lower-case hex. */
export function sha256Hex(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Whether `text` is exactly the canonical form of what it holds. */
export function isCanonical(text: string): boolean {
  try {
    return canonicalJson(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

/** The head of a chain of records: how many, the last one's number and hash. */
export function headOf(last: { position: number; number: string; hash: string } | null, genesis: string): RegisterHead {
  return {
    register: REGISTER_NAME,
    count: last ? last.position : 0,
    number: last ? last.number : null,
    hash: last ? last.hash : genesis,
  };
}

/** The register's number of a record: the year and the number within it, three digits at least. */
export function formatNumber(year: number, seq: number): string {
  return `${year}/${String(seq).padStart(3, "0")}`;
}

/** The forum's year of an instant (the forum sits in Morocco: a record at 00:30 on 1 January is of the new year). */
export function registerYear(at: Date): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Africa/Casablanca", year: "numeric" }).format(at));
}

/** The columns that repeat fields of a record's content, as the content says they must be. */
export function columnsOf(content: DecisionContent) {
  return {
    id: content.id,
    position: content.position,
    year: content.year,
    seq: content.seq,
    number: content.number,
    kind: content.kind,
    title: content.title,
    outcome: content.outcome,
    decidedAt: content.decidedAt,
    recordedAt: content.recordedAt,
    voteId: content.voteId,
    proposalId: content.proposalId,
    correctsId: content.correctsId,
    recordedById: content.recordedById,
    previousHash: content.previousHash,
  };
}
