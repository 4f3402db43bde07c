/**
 * The statements that read replies: each loads its replies with their authors, associations and
 * quoted replies in one statement, whatever their number.
 */
import type { Stance } from "../../../common/debates.js";
import type { Db, Tx } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { ReplyRecord } from "./presenter.js";

/** Width of one level of a reply's path, in base-36 characters. */
const SEGMENT = 6;

/** The path of reply number `seq` under a parent whose path is `parentPath` ("" at the top). */
export function childPath(parentPath: string, seq: number): string {
  return parentPath + seq.toString(36).padStart(SEGMENT, "0");
}

type ReplyRow = {
  id: string;
  debate_id: string;
  parent_id: string | null;
  depth: number;
  seq: number;
  path: string;
  stance: Stance;
  author_id: string;
  author_name: string;
  a_id: string | null;
  a_slug: string | null;
  a_name_ar: string | null;
  a_name_fr: string | null;
  body_md: string;
  body_html: string;
  hidden_at: Date | null;
  hidden_reason: string | null;
  deleted_at: Date | null;
  q_id: string | null;
  q_author_id: string | null;
  q_author_name: string | null;
  q_body_html: string | null;
  q_deleted_at: Date | null;
  q_hidden_at: Date | null;
  endorsement_count: number;
  child_count: number;
  created_at: Date;
  edited_at: Date | null;
};

const COLUMNS = Prisma.sql`
  r.id::text, r.debate_id::text, r.parent_id::text, r.depth, r.seq, r.path, r.stance::text AS stance,
    r.author_id::text, u.name AS author_name,
    a.id::text AS a_id, a.slug AS a_slug, a.name_ar AS a_name_ar, a.name_fr AS a_name_fr,
    r.body_md, r.body_html, r.hidden_at, r.hidden_reason, r.deleted_at,
    q.id::text AS q_id, q.author_id::text AS q_author_id, qu.name AS q_author_name, q.body_html AS q_body_html,
    q.deleted_at AS q_deleted_at, q.hidden_at AS q_hidden_at,
    r.endorsement_count, r.child_count, r.created_at, r.edited_at`;

const FROM_REPLIES = Prisma.sql`
  FROM debate_replies r
  JOIN users u ON u.id = r.author_id
  LEFT JOIN associations a ON a.id = r.association_id
  LEFT JOIN debate_replies q ON q.id = r.quote_of_id
  LEFT JOIN users qu ON qu.id = q.author_id`;

function toRecord(row: ReplyRow): ReplyRecord {
  return {
    id: row.id,
    debateId: row.debate_id,
    parentId: row.parent_id,
    depth: row.depth,
    seq: row.seq,
    path: row.path,
    stance: row.stance,
    author: { id: row.author_id, name: row.author_name },
    association:
      row.a_id && row.a_slug && row.a_name_ar
        ? { id: row.a_id, slug: row.a_slug, nameAr: row.a_name_ar, nameFr: row.a_name_fr }
        : null,
    bodyMd: row.body_md,
    bodyHtml: row.body_html,
    hiddenAt: row.hidden_at ? row.hidden_at.toISOString() : null,
    hiddenReason: row.hidden_reason,
    deletedAt: row.deleted_at ? row.deleted_at.toISOString() : null,
    quote:
      row.q_id && row.q_author_id
        ? {
            id: row.q_id,
            author: { id: row.q_author_id, name: row.q_author_name ?? "" },
            bodyHtml: row.q_body_html ?? "",
            deleted: row.q_deleted_at !== null,
            hidden: row.q_hidden_at !== null,
          }
        : null,
    endorsementCount: row.endorsement_count,
    childCount: row.child_count,
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at ? row.edited_at.toISOString() : null,
  };
}

/** One reply by id (any debate), or null. */
export async function loadReply(db: Db | Tx, id: string): Promise<ReplyRecord | null> {
  const rows = await db.$queryRaw<ReplyRow[]>`SELECT ${COLUMNS} ${FROM_REPLIES} WHERE r.id = ${id}::uuid`;
  return rows[0] ? toRecord(rows[0]) : null;
}

/**
 * A page of the replies to `parentId` (to the debate itself when null), in order of writing, each
 * with its first `firstChildren` replies, plus the replies named in `extraIds` (the summary's): one
 * statement. The tree's records come in path order; `inTree` tells them from the extras.
 */
export async function loadReplyPage(
  db: Db,
  input: {
    debateId: string;
    parentId: string | null;
    skip: number;
    take: number;
    firstChildren: number;
    extraIds: readonly string[];
  },
): Promise<{ tree: ReplyRecord[]; extras: ReplyRecord[] }> {
  const parentCondition =
    input.parentId === null ? Prisma.sql`p.parent_id IS NULL` : Prisma.sql`p.parent_id = ${input.parentId}::uuid`;
  const extras = input.extraIds.length > 0 ? input.extraIds : ["00000000-0000-0000-0000-000000000000"];
  const rows = await db.$queryRaw<(ReplyRow & { in_tree: boolean })[]>`
    WITH page AS (
      SELECT p.id FROM debate_replies p
      WHERE p.debate_id = ${input.debateId}::uuid AND ${parentCondition}
      ORDER BY p.seq LIMIT ${input.take} OFFSET ${input.skip}
    ), kids AS (
      SELECT k.id FROM page
      CROSS JOIN LATERAL (
        SELECT c.id FROM debate_replies c WHERE c.parent_id = page.id ORDER BY c.seq LIMIT ${input.firstChildren}
      ) k
    ), shown AS (SELECT id FROM page UNION ALL SELECT id FROM kids)
    SELECT * FROM (
      SELECT ${COLUMNS}, (r.id IN (SELECT id FROM shown)) AS in_tree ${FROM_REPLIES}
      WHERE r.id IN (SELECT id FROM shown)
         OR r.id = ANY(${extras}::uuid[])
    ) x ORDER BY x.path COLLATE "C"`;
  const tree: ReplyRecord[] = [];
  const extraRecords: ReplyRecord[] = [];
  for (const row of rows) (row.in_tree ? tree : extraRecords).push(toRecord(row));
  return { tree, extras: extraRecords };
}

/**
 * A reply, its ancestors and its subtree down to `depthBelow` levels under it, at most `limit + 1`
 * replies of the subtree (so the caller can tell it was cut): one statement, in path order.
 */
export async function loadBranch(
  db: Db,
  rootId: string,
  depthBelow: number,
  limit: number,
): Promise<{ ancestors: ReplyRecord[]; subtree: ReplyRecord[] }> {
  const rows = await db.$queryRaw<(ReplyRow & { ancestor: boolean })[]>`
    WITH root AS (SELECT debate_id, path, depth FROM debate_replies WHERE id = ${rootId}::uuid),
    picked AS (
      (SELECT d.id, false AS ancestor, d.path FROM debate_replies d, root
        WHERE d.debate_id = root.debate_id AND starts_with(d.path, root.path) AND d.depth <= root.depth + ${depthBelow}
        ORDER BY d.path COLLATE "C" LIMIT ${limit + 1})
      UNION ALL
      (SELECT d.id, true AS ancestor, d.path FROM debate_replies d, root
        WHERE d.debate_id = root.debate_id AND d.depth < root.depth AND starts_with(root.path, d.path))
    )
    SELECT * FROM (
      SELECT ${COLUMNS}, picked.ancestor ${FROM_REPLIES}
      JOIN picked ON picked.id = r.id
    ) x ORDER BY x.path COLLATE "C"`;
  const ancestors: ReplyRecord[] = [];
  const subtree: ReplyRecord[] = [];
  for (const row of rows) (row.ancestor ? ancestors : subtree).push(toRecord(row));
  return { ancestors, subtree };
}

/** Counts per stance of the visible replies, the most-endorsed visible argument on each side, and the top-level count. */
export async function loadSummary(
  db: Db,
  debateId: string,
): Promise<{ counts: Record<Stance, number>; topForId: string | null; topAgainstId: string | null; topLevel: number }> {
  const rows = await db.$queryRaw<
    { top_level: number; counts: Record<string, number> | null; top_for: string | null; top_against: string | null }[]
  >`
    SELECT
      (SELECT count(*)::int FROM debate_replies WHERE debate_id = ${debateId}::uuid AND parent_id IS NULL) AS top_level,
      (SELECT json_object_agg(stance, n) FROM (
        SELECT stance::text AS stance, count(*)::int AS n FROM debate_replies
        WHERE debate_id = ${debateId}::uuid AND deleted_at IS NULL AND hidden_at IS NULL GROUP BY stance
      ) s) AS counts,
      (SELECT id::text FROM debate_replies
        WHERE debate_id = ${debateId}::uuid AND stance = 'for' AND deleted_at IS NULL AND hidden_at IS NULL
          AND endorsement_count > 0
        ORDER BY endorsement_count DESC, seq LIMIT 1) AS top_for,
      (SELECT id::text FROM debate_replies
        WHERE debate_id = ${debateId}::uuid AND stance = 'against' AND deleted_at IS NULL AND hidden_at IS NULL
          AND endorsement_count > 0
        ORDER BY endorsement_count DESC, seq LIMIT 1) AS top_against`;
  const row = rows[0];
  const counts = row?.counts ?? {};
  return {
    counts: {
      for: counts.for ?? 0,
      against: counts.against ?? 0,
      neutral: counts.neutral ?? 0,
      question: counts.question ?? 0,
    },
    topForId: row?.top_for ?? null,
    topAgainstId: row?.top_against ?? null,
    topLevel: row?.top_level ?? 0,
  };
}

/** One reader's endorsements among `replyIds` and their last visit of the debate: one statement. */
export async function loadReader(
  db: Db,
  userId: string,
  debateId: string,
  replyIds: readonly string[],
): Promise<{ endorsed: Set<string>; lastSeenAt: string | null }> {
  const ids = replyIds.length > 0 ? [...replyIds] : ["00000000-0000-0000-0000-000000000000"];
  const rows = await db.$queryRaw<{ seen: Date | null; endorsed: string[] | null }[]>`
    SELECT
      (SELECT last_seen_at FROM debate_visits WHERE user_id = ${userId}::uuid AND debate_id = ${debateId}::uuid) AS seen,
      (SELECT array_agg(reply_id::text) FROM debate_endorsements
        WHERE user_id = ${userId}::uuid AND reply_id = ANY(${ids}::uuid[])) AS endorsed`;
  const row = rows[0];
  return { endorsed: new Set(row?.endorsed ?? []), lastSeenAt: row?.seen ? row.seen.toISOString() : null };
}

/**
 * For a reader and the debates of a list, the replies written by others since their last visit to
 * each (debates never visited are absent): one statement, each count read on the index of the
 * debate's replies by time from the visit on.
 */
export async function loadUnreadCounts(
  db: Db,
  userId: string,
  debateIds: readonly string[],
): Promise<Map<string, number>> {
  if (debateIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ debate_id: string; unread: number }[]>`
    SELECT v.debate_id::text,
      (SELECT count(*) FROM debate_replies r
        WHERE r.debate_id = v.debate_id AND r.created_at > v.last_seen_at AND r.author_id <> ${userId}::uuid
          AND r.deleted_at IS NULL AND r.hidden_at IS NULL)::int AS unread
    FROM debate_visits v
    WHERE v.user_id = ${userId}::uuid AND v.debate_id = ANY(${[...debateIds]}::uuid[])`;
  return new Map(rows.map((row) => [row.debate_id, Number(row.unread)]));
}
