import type { Paginated } from "../../../common/api.js";
import type { AssociationPage, AssociationSummary, MyAssociation } from "../../../common/associations.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { isUuid } from "../../http/params.js";
import { readModel } from "../../read-models/cache.js";
import { escapeLike } from "../../search/like.js";
import { searchMatch, searchQuery } from "../../search/query.js";
import { pendingAcceptances } from "../charter/index.js";
import { refWhere, resourceOf } from "./access.js";
import { myAssociationAbilities } from "./policy.js";
import { associationInclude, presentPage, presentSummary } from "./presenter.js";
import type { DirectoryQuery } from "./schema.js";

/** Associations that read as active at `now`, including those whose suspension has ended. */
export function activeAt(now: Date): Prisma.AssociationWhereInput {
  return { OR: [{ status: "active" }, { status: "suspended", suspendedUntil: { lte: now } }] };
}

/** Name search (server/search): the associations whose names match `q`, as a condition on their ids. */
export async function nameSearch(db: Db, q: string | undefined): Promise<Prisma.AssociationWhereInput> {
  if (!q?.trim()) return {};
  const query = searchQuery(q);
  // A query without a single letter or digit (`%`, `_`, punctuation) finds nothing.
  if (!query) return { id: { in: [] } };
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM associations WHERE ${searchMatch(Prisma.sql`search_vector`, query)}`;
  return { id: { in: rows.map((row) => row.id) } };
}

/** Read models of the directory: stale after any change to an association or what its summary shows. */
export const directoryTags = ["directory", "associations"] as const;
/** Time-driven changes to the directory (a suspension reaching its end) show within this delay. */
const DIRECTORY_MAX_AGE_MS = 30_000;

/**
 * The public directory: active member associations, filtered and paginated, by Arabic name. Served
 * from memory; loaded in two statements (the page with its relations joined, and the count).
 */
export function listDirectory(db: Db, query: DirectoryQuery): Promise<Paginated<AssociationSummary>> {
  const key = `directory:${JSON.stringify([query.page, query.pageSize, query.q, query.region, query.city, query.field])}`;
  return readModel(db, key, directoryTags, () => loadDirectory(db, query), { maxAgeMs: DIRECTORY_MAX_AGE_MS });
}

async function loadDirectory(db: Db, query: DirectoryQuery): Promise<Paginated<AssociationSummary>> {
  const now = new Date();
  if (query.q?.trim()) return searchDirectory(db, query, now);
  const where: Prisma.AssociationWhereInput = {
    AND: [
      activeAt(now),
      query.region ? { regionCode: query.region } : {},
      // Prisma compares case-insensitively with ILIKE: the city is a pattern that must match only itself.
      query.city ? { city: { equals: escapeLike(query.city), mode: "insensitive" } } : {},
      query.field
        ? { fields: { some: isUuid(query.field) ? { fieldId: query.field } : { field: { code: query.field } } } }
        : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.association.findMany({
      relationLoadStrategy: "join",
      where,
      include: associationInclude,
      orderBy: [{ nameAr: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.association.count({ where }),
  ]);
  return { items: rows.map((row) => presentSummary(row, now)), page: query.page, pageSize: query.pageSize, total };
}

/**
 * The directory searched by name, still in two statements: the ids of every match in order (the
 * search and all the filters in one SQL statement, so their number is the total), then the page's
 * rows with their relations joined.
 */
async function searchDirectory(db: Db, query: DirectoryQuery, now: Date): Promise<Paginated<AssociationSummary>> {
  const page = { page: query.page, pageSize: query.pageSize };
  const search = searchQuery(query.q ?? "");
  // A query without a single letter or digit (`%`, `_`, punctuation) finds nothing.
  if (!search) return { items: [], ...page, total: 0 };
  const filters = [
    Prisma.sql`(a.status = 'active' OR (a.status = 'suspended' AND a.suspended_until <= ${now}))`,
    searchMatch(Prisma.sql`a.search_vector`, search),
  ];
  if (query.region) filters.push(Prisma.sql`a.region_code = ${query.region}`);
  if (query.city) filters.push(Prisma.sql`a.city ILIKE ${escapeLike(query.city)}`);
  if (query.field) {
    filters.push(Prisma.sql`EXISTS (
      SELECT 1 FROM association_fields af JOIN fields_of_action f ON f.id = af.field_id
      WHERE af.association_id = a.id AND (af.field_id::text = ${query.field} OR f.code = ${query.field}))`);
  }
  const matches = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM associations a WHERE ${Prisma.join(filters, " AND ")} ORDER BY a.name_ar, a.id`;
  const ids = matches.map((row) => row.id).slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const rows = ids.length
    ? await db.association.findMany({
        relationLoadStrategy: "join",
        where: { id: { in: ids } },
        include: associationInclude,
        orderBy: [{ nameAr: "asc" }, { id: "asc" }],
      })
    : [];
  return { items: rows.map((row) => presentSummary(row, now)), ...page, total: matches.length };
}

/** The cities where active member associations are, for the directory's filter. */
export function listCities(db: Db): Promise<string[]> {
  return readModel(
    db,
    "directory:cities",
    directoryTags,
    async () => {
      const rows = await db.association.findMany({
        where: activeAt(new Date()),
        select: { city: true },
        distinct: ["city"],
        orderBy: { city: "asc" },
      });
      return rows.map((row) => row.city);
    },
    { maxAgeMs: DIRECTORY_MAX_AGE_MS },
  );
}

/**
 * An association's public page. Only active (or suspended) associations are public; any other status
 * is NOT_FOUND except for its representatives and admins.
 */
export async function readPublicPage(db: Db, ref: string, viewer: Actor | undefined): Promise<AssociationPage> {
  // The row is kept in memory (one statement when it is not); its page is presented at each request,
  // so that a suspension reaching its end shows at once.
  const row = await readModel(
    db,
    `association:ref:${ref}`,
    ["associations"],
    () =>
      db.association.findUnique({ relationLoadStrategy: "join", where: refWhere(ref), include: associationInclude }),
    { tagsOf: (found) => (found ? [`association:${found.id}`] : ["directory"]) },
  );
  if (!row) throw new AppError("NOT_FOUND");
  const now = new Date();
  const page = presentPage(row, now);
  if (page.status === "active" || page.status === "suspended") return page;
  if (viewer?.role === "admin") return page;
  if (viewer && row.members.some((member) => member.userId === viewer.id)) return page;
  throw new AppError("NOT_FOUND");
}

/** The associations the actor belongs to, with what each asks of them. */
export async function listMyAssociations(db: Db, actor: Actor): Promise<MyAssociation[]> {
  const memberships = await db.associationMember.findMany({
    where: { userId: actor.id },
    include: {
      association: { include: { ...associationInclude, application: { select: { id: true, status: true } } } },
    },
    orderBy: { joinedAt: "asc" },
  });
  const now = new Date();
  const pending = await pendingAcceptances(
    db,
    memberships.map((m) => m.associationId),
  );
  return memberships.map((membership) => {
    const row = membership.association;
    const status = presentSummary(row, now).status;
    return {
      association: presentSummary(row, now),
      role: membership.role,
      isPrimaryDelegate: row.delegate?.userId === actor.id,
      applicationId: row.application?.id ?? null,
      applicationStatus: row.application?.status ?? null,
      pendingAcceptances: status === "active" || status === "pending" ? (pending.get(row.id) ?? []) : [],
      abilities: myAssociationAbilities(actor, resourceOf(row, membership, now)),
    };
  });
}

/** Every association whatever its status (admins). */
export async function listAllAssociations(
  db: Db,
  query: { page: number; pageSize: number; status?: AssociationSummary["status"] | undefined; q?: string | undefined },
): Promise<Paginated<AssociationSummary>> {
  const now = new Date();
  const byStatus: Prisma.AssociationWhereInput =
    query.status === "active"
      ? activeAt(now)
      : query.status === "suspended"
        ? { status: "suspended", OR: [{ suspendedUntil: null }, { suspendedUntil: { gt: now } }] }
        : query.status
          ? { status: query.status }
          : {};
  const where: Prisma.AssociationWhereInput = { AND: [byStatus, await nameSearch(db, query.q)] };
  const [rows, total] = await Promise.all([
    db.association.findMany({
      where,
      include: associationInclude,
      orderBy: [{ nameAr: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.association.count({ where }),
  ]);
  return { items: rows.map((row) => presentSummary(row, now)), page: query.page, pageSize: query.pageSize, total };
}
