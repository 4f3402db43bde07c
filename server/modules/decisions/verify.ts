import type {
  DecisionContent,
  RegisterExport,
  RegisterHead,
  VerifyProblem,
  VerifyReport,
} from "../../../common/decisions.js";
import { decisionKinds, GENESIS_HASH, REGISTER_NAME } from "../../../common/decisions.js";
import { canonicalJson, columnsOf, formatNumber, headOf, isCanonical, sha256Hex } from "./canonical.js";
import { searchDocumentOf } from "./record.js";
import { signatureValid } from "./signing.js";

/** A record as the database stores it. */
export type StoredRecord = {
  id: string;
  position: number;
  year: number;
  seq: number;
  number: string;
  kind: string;
  title: string;
  outcome: string;
  decidedAt: Date;
  recordedAt: Date;
  voteId: string | null;
  proposalId: string | null;
  correctsId: string | null;
  recordedById: string | null;
  canonical: string;
  hash: string;
  previousHash: string;
  searchText: string;
};

type Previous = { hash: string; year: number; seq: number };

/** The walk along a chain: each record checked against itself and the one before it. */
class ChainWalk {
  private previous: Previous = { hash: GENESIS_HASH, year: 0, seq: 0 };
  count = 0;
  last: { position: number; number: string; hash: string } | null = null;

  /** Checks the record expected at `position`; returns its content, or the problem. */
  step(
    position: number,
    canonical: string,
    hash: string,
    known: { id?: string | null; number?: string | null },
  ): { content: DecisionContent } | { problem: VerifyProblem } {
    const problem = (reason: string, detail: string, content?: DecisionContent): { problem: VerifyProblem } => ({
      problem: {
        position,
        number: content?.number ?? known.number ?? null,
        id: content?.id ?? known.id ?? null,
        reason,
        detail,
      },
    });
    if (typeof canonical !== "string" || !isCanonical(canonical)) {
      return problem("canonical", "the record's text is not in canonical form (RFC 8785)");
    }
    if (sha256Hex(canonical) !== hash) return problem("hash", "the SHA-256 of the record's text is not its hash");
    const content = JSON.parse(canonical) as DecisionContent;
    if (
      content === null ||
      typeof content !== "object" ||
      content.register !== REGISTER_NAME ||
      content.version !== 1 ||
      !(decisionKinds as readonly string[]).includes(content.kind)
    ) {
      return problem("canonical", "the record is not a record of this register");
    }
    if (content.position !== position) {
      return problem(
        "position",
        content.position > position
          ? `record ${position} is missing: this one says it is record ${content.position}`
          : `this record says it is record ${content.position}, out of order`,
        content,
      );
    }
    if (content.previousHash !== this.previous.hash) {
      return problem("link", "the previous hash is not the hash of the record before it", content);
    }
    const sameYear = content.year === this.previous.year;
    const expectedSeq = sameYear ? this.previous.seq + 1 : 1;
    if (
      content.number !== formatNumber(content.year, content.seq) ||
      content.year < this.previous.year ||
      content.seq !== expectedSeq
    ) {
      return problem(
        "number",
        `number ${content.number} does not follow ${this.last?.number ?? "the start of the register"}`,
        content,
      );
    }
    this.previous = { hash, year: content.year, seq: content.seq };
    this.last = { position, number: content.number, hash };
    this.count = position;
    return { content };
  }

  head(): RegisterHead {
    return headOf(this.last, GENESIS_HASH);
  }
}

const asText = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * Recomputes the chain of stored records (in the order of their position): each record's text must
 * be canonical, hash to its hash, name its position, link to the record before it, follow its number,
 * and every column must say what its text says. Names the first record that does not match.
 */
export function verifyStored(records: StoredRecord[], checkedAt = new Date()): VerifyReport {
  const walk = new ChainWalk();
  const report = (problem: VerifyProblem | null): VerifyReport => ({
    ok: problem === null,
    count: records.length,
    head: walk.head(),
    problem,
    checkedAt: checkedAt.toISOString(),
  });
  for (const [index, row] of records.entries()) {
    const step = walk.step(index + 1, row.canonical, row.hash, row);
    if ("problem" in step) return report(step.problem);
    const expected: Record<string, unknown> = {
      ...columnsOf(step.content),
      searchText: searchDocumentOf(step.content),
    };
    for (const [column, value] of Object.entries(expected)) {
      if (asText((row as Record<string, unknown>)[column]) !== value) {
        return report({
          position: index + 1,
          number: step.content.number,
          id: step.content.id,
          reason: "column",
          detail: `the column ${column} does not say what the record says`,
        });
      }
    }
  }
  return report(null);
}

/**
 * Checks an export with nothing but itself (and the forum's public key, when given): every record as
 * above, the head (count, last number and hash) and the forum's signature over it. A record removed,
 * reordered or altered in a copy is found.
 */
export function verifyExport(data: RegisterExport, publicKeyPem?: string, checkedAt = new Date()): VerifyReport {
  const walk = new ChainWalk();
  const records = Array.isArray(data?.records) ? data.records : [];
  const report = (problem: VerifyProblem | null): VerifyReport => ({
    ok: problem === null,
    count: records.length,
    head: walk.head(),
    problem,
    checkedAt: checkedAt.toISOString(),
  });
  if (data?.format !== "tashawur-register/1" || !Array.isArray(data.records)) {
    return report({ position: 0, number: null, id: null, reason: "format", detail: "not an export of this register" });
  }
  for (const [index, item] of records.entries()) {
    const step = walk.step(index + 1, item?.canonical, item?.hash, { number: item?.number ?? null });
    if ("problem" in step) return report(step.problem);
    let readable: string | undefined;
    try {
      readable = canonicalJson(item.record);
    } catch {
      readable = undefined;
    }
    if (readable !== item.canonical || item.number !== step.content.number) {
      return report({
        position: index + 1,
        number: step.content.number,
        id: step.content.id,
        reason: "column",
        detail: "the readable copy of the record differs from its canonical text",
      });
    }
  }
  const head = walk.head();
  const atHead = (reason: string, detail: string) =>
    report({ position: records.length, number: head.number, id: null, reason, detail });
  let signedHead: string | undefined;
  try {
    signedHead = canonicalJson(data.head);
  } catch {
    signedHead = undefined;
  }
  if (signedHead !== data.canonical || signedHead !== canonicalJson(head)) {
    return atHead("head", `the signed head does not end the chain of ${records.length} records given`);
  }
  const key = publicKeyPem ?? data.publicKey?.pem;
  if (!key) return atHead("missing_key", "no public key to check the signature with");
  if (!signatureValid(data.canonical, data.signature, key)) {
    return atHead("signature", "the forum's signature over the head does not verify with its public key");
  }
  return report(null);
}
