/**
 * `GET /api/search`: debates and their replies found by what was typed, through server/search (the
 * one search of the platform: folded letters, proclitics, Arabic stems, phrases), ranked, filtered
 * and paged, each with an excerpt whose matching words are marked.
 *
 * Only what anyone may read is found: a debate or a reply hidden by a moderator or deleted never is,
 * nor a reply of such a debate. One statement finds the page's hits (debates and replies together,
 * ranked, with the total up to a bound); one more loads what the page shows of them.
 */
import { Router } from "express";
import { z } from "zod";
import { debateStatuses } from "../../../common/debates.js";
import { toWesternDigits } from "../../../common/digits.js";
import {
  MAX_SEARCH_LENGTH,
  SEARCH_PAGE_SIZE,
  SEARCH_PAGE_SIZE_MAX,
  type SearchHit,
  type SearchQuery,
  type SearchResults,
  searchTypes,
} from "../../../common/search.js";
import type { Db } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { route } from "../../http/handler.js";
import { wholeNumber } from "../../http/numbers.js";
import { UUID } from "../../http/params.js";
import { acceptedQuery, parseInput } from "../../http/validate.js";
import { excerptHtml, htmlText } from "../../search/excerpt.js";
import { type QueryTerm, queryTerms, searchMatch, searchQuery, searchRank } from "../../search/query.js";

/** The days of `from` and `to` are Morocco's. */
export const SEARCH_TIME_ZONE = "Africa/Casablanca";

const day = z
  .string()
  .trim()
  .transform(toWesternDigits)
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { message: "not a date" });

const blankIsAbsent = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(MAX_SEARCH_LENGTH),
  type: blankIsAbsent(z.enum(searchTypes)),
  category: blankIsAbsent(z.string().trim().max(120)),
  association: blankIsAbsent(z.string().trim().regex(UUID)),
  author: blankIsAbsent(z.string().trim().regex(UUID)),
  from: blankIsAbsent(day),
  to: blankIsAbsent(day),
  status: blankIsAbsent(z.enum(debateStatuses)),
  page: wholeNumber().pipe(z.number().min(1).max(10_000)).default(1),
  pageSize: wholeNumber().pipe(z.number().min(1).max(SEARCH_PAGE_SIZE_MAX)).default(SEARCH_PAGE_SIZE),
});
export type ParsedSearchQuery = z.infer<typeof searchQuerySchema>;
acceptedQuery<SearchQuery, z.input<typeof searchQuerySchema>>(true);

/** The instant `date` (YYYY-MM-DD) begins in `timeZone`. */
export function dayStart(date: string, timeZone = SEARCH_TIME_ZONE): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  // The zone's offset at that instant, read back from its wall clock (twice: the offset may differ
  // a few hours later, when the day begins there).
  let start = midnightUtc;
  for (let i = 0; i < 2; i++) start = midnightUtc - offsetMs(new Date(start), timeZone);
  return new Date(start);
}

function offsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

type HitRow = { kind: "debate" | "reply"; debate_id: string; reply_id: string | null; total: bigint | number };

/** The conditions on the item found (a debate or a reply, as `alias`) that the query's filters ask for. */
function itemFilters(alias: "d" | "r", query: ParsedSearchQuery): Prisma.Sql[] {
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const filters: Prisma.Sql[] = [];
  if (query.author) filters.push(Prisma.sql`${column("author_id")} = ${query.author}::uuid`);
  if (query.association) filters.push(Prisma.sql`${column("association_id")} = ${query.association}::uuid`);
  if (query.from) filters.push(Prisma.sql`${column("created_at")} >= ${dayStart(query.from)}`);
  if (query.to) {
    const next = new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    filters.push(Prisma.sql`${column("created_at")} < ${dayStart(next)}`);
  }
  return filters;
}

/** The conditions on the debate (`d`) of every hit: readable by anyone, and the debate filters. */
function debateFilters(query: ParsedSearchQuery): Prisma.Sql[] {
  const filters = [Prisma.sql`d.deleted_at IS NULL`, Prisma.sql`d.hidden_at IS NULL`];
  if (query.status) filters.push(Prisma.sql`d.status = ${query.status}::debate_status`);
  if (query.category) {
    filters.push(
      Prisma.sql`d.category_id IN (SELECT id FROM debate_categories WHERE slug = ${query.category} OR id::text = ${query.category.toLowerCase()})`,
    );
  }
  return filters;
}

const and = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");

/**
 * Most matches ranked, and counted, for one query: the newest ones. A word found in more than this
 * is answered as "more than RANKED_MATCHES" (`totalCapped`), and its hits are the best of its newest
 * RANKED_MATCHES (filters narrow it to older ones), so that a common word costs what a rarer one
 * does: each kind of hit is read newest first (the index on its creation time, or the GIN index and
 * a sort for a rarer word), and reading stops one past RANKED_MATCHES.
 */
export const RANKED_MATCHES = 1_000;

/**
 * The statement that finds one page of hits (debates and replies together, best first, each row with
 * the count of matches up to RANKED_MATCHES + 1): `kind`, `debate_id`, `reply_id`, `total`.
 * Undefined when nothing typed is a word. Only the newest RANKED_MATCHES are ranked.
 */
export function hitsStatement(query: ParsedSearchQuery): Prisma.Sql | undefined {
  const tsquery = searchQuery(query.q);
  if (!tsquery) return undefined;
  const offset = (query.page - 1) * query.pageSize;
  const newestOfEach = hitBranches(query, tsquery).map(
    (branch) => Prisma.sql`(${branch} ORDER BY created_at DESC, id DESC LIMIT ${RANKED_MATCHES + 1})`,
  );
  return Prisma.sql`
    WITH matches AS MATERIALIZED (
      SELECT * FROM (${Prisma.join(newestOfEach, " UNION ALL ")}) AS m
      ORDER BY created_at DESC, id DESC LIMIT ${RANKED_MATCHES + 1}),
    newest AS (SELECT * FROM matches ORDER BY created_at DESC, id DESC LIMIT ${RANKED_MATCHES})
    SELECT n.kind, n.debate_id, n.reply_id, (SELECT count(*) FROM matches) AS total
    FROM newest n
    LEFT JOIN debates d ON n.kind = 'debate' AND d.id = n.id
    LEFT JOIN debate_replies r ON n.kind = 'reply' AND r.id = n.id
    ORDER BY ${searchRank(Prisma.sql`COALESCE(d.search_vector, r.search_vector)`, tsquery)} DESC,
      n.created_at DESC, n.id DESC
    LIMIT ${query.pageSize} OFFSET ${offset}`;
}

/** The answer's total from a count of matches that stopped one past RANKED_MATCHES. */
export function cappedTotal(count: bigint | number | undefined): { total: number; totalCapped: boolean } {
  const matches = Number(count ?? 0);
  return { total: Math.min(matches, RANKED_MATCHES), totalCapped: matches > RANKED_MATCHES };
}

function hitBranches(query: ParsedSearchQuery, tsquery: string): Prisma.Sql[] {
  const branches: Prisma.Sql[] = [];
  if (query.type !== "replies") {
    branches.push(Prisma.sql`
      SELECT 'debate' AS kind, d.id, d.id AS debate_id, NULL::uuid AS reply_id, d.created_at
      FROM debates d
      WHERE ${and([searchMatch(Prisma.sql`d.search_vector`, tsquery), ...debateFilters(query), ...itemFilters("d", query)])}`);
  }
  if (query.type !== "debates") {
    branches.push(Prisma.sql`
      SELECT 'reply' AS kind, r.id, r.debate_id, r.id AS reply_id, r.created_at
      FROM debate_replies r JOIN debates d ON d.id = r.debate_id
      WHERE ${and([
        searchMatch(Prisma.sql`r.search_vector`, tsquery),
        Prisma.sql`r.deleted_at IS NULL`,
        Prisma.sql`r.hidden_at IS NULL`,
        ...debateFilters(query),
        ...itemFilters("r", query),
      ])}`);
  }
  return branches;
}

/** One page of hits for what was typed, with the total (up to RANKED_MATCHES, then "more than"). */
export async function searchDebates(db: Db, query: ParsedSearchQuery): Promise<SearchResults> {
  const empty = { items: [], page: query.page, pageSize: query.pageSize, total: 0, totalCapped: false };
  const statement = hitsStatement(query);
  // Nothing to look for (only punctuation, `%`, `_`): nothing found.
  if (!statement) return empty;
  const rows = await db.$queryRaw<HitRow[]>(statement);
  if (!rows.length) {
    if (query.page === 1) return empty;
    // Past the last page: the total still tells the reader how many there are.
    const branches = hitBranches(query, searchQuery(query.q) as string);
    const [count] = await db.$queryRaw<{ total: bigint | number }[]>`
      SELECT count(*) AS total FROM (
        SELECT 1 FROM (${Prisma.join(branches, " UNION ALL ")}) AS hits LIMIT ${RANKED_MATCHES + 1}) AS counted`;
    return { ...empty, ...cappedTotal(count?.total) };
  }
  const items = await presentHits(db, rows, queryTerms(query.q));
  return { items, page: query.page, pageSize: query.pageSize, ...cappedTotal(rows[0]?.total) };
}

const personSelect = { select: { id: true, name: true } } as const;
const associationSelect = { select: { id: true, slug: true, nameAr: true, nameFr: true } } as const;

/** What the page shows of each hit, in the hits' order, read in one statement. */
async function presentHits(db: Db, rows: HitRow[], terms: QueryTerm[]): Promise<SearchHit[]> {
  const debateIds = [...new Set(rows.map((row) => row.debate_id))];
  const replyIds = rows.flatMap((row) => (row.reply_id ? [row.reply_id] : []));
  const debates = await db.debate.findMany({
    relationLoadStrategy: "join",
    where: { id: { in: debateIds } },
    select: {
      id: true,
      title: true,
      bodyHtml: true,
      status: true,
      createdAt: true,
      author: personSelect,
      association: associationSelect,
      category: { select: { id: true, slug: true, nameAr: true, nameFr: true } },
      replies: {
        where: { id: { in: replyIds } },
        select: {
          id: true,
          bodyHtml: true,
          stance: true,
          createdAt: true,
          author: personSelect,
          association: associationSelect,
        },
      },
    },
  });
  const byId = new Map(debates.map((debate) => [debate.id, debate]));
  return rows.flatMap((row): SearchHit[] => {
    const debate = byId.get(row.debate_id);
    if (!debate) return [];
    const common = { debateId: debate.id, title: debate.title, category: debate.category, status: debate.status };
    if (row.kind === "debate") {
      return [
        {
          ...common,
          type: "debate",
          replyId: null,
          excerptHtml: excerptHtml(htmlText(debate.bodyHtml), terms),
          author: debate.author,
          association: debate.association,
          stance: null,
          createdAt: debate.createdAt.toISOString(),
        },
      ];
    }
    const reply = debate.replies.find((candidate) => candidate.id === row.reply_id);
    if (!reply) return [];
    return [
      {
        ...common,
        type: "reply",
        replyId: reply.id,
        excerptHtml: excerptHtml(htmlText(reply.bodyHtml), terms),
        author: reply.author,
        association: reply.association,
        stance: reply.stance,
        createdAt: reply.createdAt.toISOString(),
      },
    ];
  });
}

/** `GET /api/search`: open to everyone, signed in or not (it finds only what anyone may read). */
export function searchRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get(
    "/search",
    route((req) => searchDebates(db, parseInput(searchQuerySchema, req.query))),
  );
  return router;
}
