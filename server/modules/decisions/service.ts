import type {
  DecisionAbilities,
  DecisionContent,
  DecisionDetail,
  DecisionList,
  DecisionSummary,
  RegisterExport,
  SignedHead,
  VerifyReport,
} from "../../../common/decisions.js";
import { GENESIS_HASH } from "../../../common/decisions.js";
import type { SessionUser } from "../../auth/types.js";
import type { Db } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { searchMatch, searchQuery } from "../../search/query.js";
import { headOf } from "./canonical.js";
import { type RegisterKey, signHead } from "./signing.js";
import { type StoredRecord, verifyStored } from "./verify.js";

/** What a viewer may do with the register: moderators and admins record and correct decisions. */
export function abilitiesOf(viewer: SessionUser | undefined): DecisionAbilities {
  const moderator = viewer?.role === "moderator" || viewer?.role === "admin";
  return { record: moderator, correct: moderator };
}

const summaryColumns = {
  id: true,
  number: true,
  year: true,
  seq: true,
  kind: true,
  title: true,
  outcome: true,
  decidedAt: true,
  recordedAt: true,
  hash: true,
  canonical: true,
} as const;

type SummaryRow = Prisma.DecisionRecordGetPayload<{ select: typeof summaryColumns }>;

function summary(row: SummaryRow, correctedBy: string[]): DecisionSummary {
  const content = JSON.parse(row.canonical) as DecisionContent;
  return {
    id: row.id,
    number: row.number,
    year: row.year,
    seq: row.seq,
    kind: row.kind as DecisionSummary["kind"],
    title: row.title,
    outcome: row.outcome,
    decidedAt: row.decidedAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    hash: row.hash,
    correctsNumber: content.correctsNumber,
    correctedBy,
  };
}

/** The numbers of the records correcting each of `ids`. */
async function correctionsOf(
  db: Db,
  ids: string[],
): Promise<Map<string, { id: string; number: string; title: string; recordedAt: Date }[]>> {
  const map = new Map<string, { id: string; number: string; title: string; recordedAt: Date }[]>();
  if (!ids.length) return map;
  const rows = await db.decisionRecord.findMany({
    where: { correctsId: { in: ids } },
    orderBy: { position: "asc" },
    select: { id: true, number: true, title: true, recordedAt: true, correctsId: true },
  });
  for (const row of rows) {
    const list = map.get(row.correctsId as string) ?? [];
    list.push(row);
    map.set(row.correctsId as string, list);
  }
  return map;
}

export type DecisionListQuery = {
  page: number;
  pageSize: number;
  year?: number;
  kind?: DecisionSummary["kind"];
  outcome?: string;
  q?: string;
};

/** The public register, newest first, filtered by year, kind, outcome and words. */
export async function listDecisions(
  db: Db,
  viewer: SessionUser | undefined,
  query: DecisionListQuery,
): Promise<DecisionList> {
  const where: Prisma.DecisionRecordWhereInput = {
    ...(query.year ? { year: query.year } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
  };
  if (query.q?.trim()) {
    const search = searchQuery(query.q);
    const ids = search
      ? (
          await db.$queryRaw<{ id: string }[]>`
            SELECT id FROM decision_records WHERE ${searchMatch(Prisma.sql`search_vector`, search)}`
        ).map((row) => row.id)
      : [];
    where.id = { in: ids };
  }
  const [rows, total, years] = await Promise.all([
    db.decisionRecord.findMany({
      where,
      orderBy: { position: "desc" },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: summaryColumns,
    }),
    db.decisionRecord.count({ where }),
    db.decisionRecord.findMany({ distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } }),
  ]);
  const corrections = await correctionsOf(
    db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) =>
      summary(
        row,
        (corrections.get(row.id) ?? []).map((c) => c.number),
      ),
    ),
    page: query.page,
    pageSize: query.pageSize,
    total,
    years: years.map((row) => row.year),
    abilities: abilitiesOf(viewer),
  };
}

/** One record in full, by id or by number (year and number within it). */
export async function decisionDetail(
  db: Db,
  viewer: SessionUser | undefined,
  where: { id: string } | { year: number; seq: number },
): Promise<DecisionDetail> {
  const row = await db.decisionRecord.findFirst({
    where: "id" in where ? { id: where.id } : { year: where.year, seq: where.seq },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const content = JSON.parse(row.canonical) as DecisionContent;
  const [corrections, corrects] = await Promise.all([
    correctionsOf(db, [row.id]),
    row.correctsId
      ? db.decisionRecord.findUnique({ where: { id: row.correctsId }, select: { id: true, number: true, title: true } })
      : null,
  ]);
  const list = corrections.get(row.id) ?? [];
  return {
    ...summary(
      row,
      list.map((c) => c.number),
    ),
    content,
    canonical: row.canonical,
    previousHash: row.previousHash,
    position: row.position,
    corrections: list.map((c) => ({
      id: c.id,
      number: c.number,
      title: c.title,
      recordedAt: c.recordedAt.toISOString(),
    })),
    corrects,
    abilities: abilitiesOf(viewer),
  };
}

/** Every stored record, in the order of the chain. */
export function allRecords(db: Db): Promise<StoredRecord[]> {
  return db.decisionRecord.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      year: true,
      seq: true,
      number: true,
      kind: true,
      title: true,
      outcome: true,
      decidedAt: true,
      recordedAt: true,
      voteId: true,
      proposalId: true,
      correctsId: true,
      recordedById: true,
      canonical: true,
      hash: true,
      previousHash: true,
      searchText: true,
    },
  });
}

/** Recomputes the whole chain from the database. */
export async function verifyRegister(db: Db): Promise<VerifyReport> {
  return verifyStored(await allRecords(db));
}

/** The head of the chain as stored, signed with the forum's key. */
export async function signedHead(db: Db, key: RegisterKey): Promise<SignedHead> {
  const last = await db.decisionRecord.findFirst({
    orderBy: { position: "desc" },
    select: { position: true, number: true, hash: true },
  });
  return signHead(headOf(last, GENESIS_HASH), key);
}

/** The whole register: every record's canonical text and hash, the head and the forum's signature. */
export async function exportRegister(db: Db, key: RegisterKey): Promise<RegisterExport> {
  const rows = await db.decisionRecord.findMany({
    orderBy: { position: "asc" },
    select: { position: true, number: true, hash: true, canonical: true },
  });
  const last = rows.at(-1) ?? null;
  return {
    format: "tashawur-register/1",
    exportedAt: new Date().toISOString(),
    records: rows.map((row) => ({
      number: row.number,
      hash: row.hash,
      canonical: row.canonical,
      record: JSON.parse(row.canonical) as DecisionContent,
    })),
    ...signHead(headOf(last, GENESIS_HASH), key),
  };
}

const csvColumns: [string, (c: DecisionContent, hash: string) => unknown][] = [
  ["number", (c) => c.number],
  ["kind", (c) => c.kind],
  ["title", (c) => c.title],
  ["decided_at", (c) => c.decidedAt],
  ["outcome", (c) => c.outcome],
  ["method", (c) => c.method],
  ["electorate_size", (c) => c.electorateSize],
  ["quorum", (c) => c.quorum],
  ["rule", (c) => c.rule],
  ["figures", (c) => (c.figures ? JSON.stringify(c.figures) : null)],
  ["opened_at", (c) => c.openedAt],
  ["closed_at", (c) => c.closedAt],
  ["corrects", (c) => c.correctsNumber],
  ["links", (c) => c.links.map((link) => `${link.label} <${link.href}>`).join("; ")],
  ["text", (c) => c.textMd],
  ["source_sha256", (c) => c.source?.sha256 ?? null],
  ["recorded_at", (c) => c.recordedAt],
  ["previous_hash", (c) => c.previousHash],
  ["hash", (_c, hash) => hash],
];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. A
 * cell a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) is
 * prefixed with an apostrophe, so that it stays text.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The register as CSV: UTF-8 with a byte-order mark (spreadsheet programs then read the Arabic), CRLF lines. */
export async function exportCsv(db: Db): Promise<string> {
  const rows = await db.decisionRecord.findMany({
    orderBy: { position: "asc" },
    select: { canonical: true, hash: true },
  });
  const lines = [csvColumns.map(([name]) => name).join(",")];
  for (const row of rows) {
    const content = JSON.parse(row.canonical) as DecisionContent;
    lines.push(csvColumns.map(([, get]) => csvCell(get(content, row.hash))).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
