import { normalizeArabic } from "../../../common/arabic.js";
import type {
  AssociationManageView,
  AssociationPage,
  AssociationSummary,
  MyAssociation,
  Paginated,
} from "../../../common/associations.js";
import type { Db, Tx } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { readModel } from "../../read-models/cache.js";
import { pendingAcceptances } from "../charter/service.js";
import { assertAllowed, refWhere } from "./access.js";
import type { Actor } from "./policy.js";
import { associationInclude, presentManage, presentPage, presentSummary } from "./presenter.js";
import type { DirectoryQuery } from "./schema.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Associations that read as active at `now`, including those whose suspension has ended. */
export function activeAt(now: Date): Prisma.AssociationWhereInput {
  return { OR: [{ status: "active" }, { status: "suspended", suspendedUntil: { lte: now } }] };
}

/** Name search: every word of the folded query must appear in the folded names. */
export function nameSearch(q: string | undefined): Prisma.AssociationWhereInput {
  const words = q ? normalizeArabic(q).split(" ").filter(Boolean) : [];
  return words.length ? { AND: words.map((word) => ({ searchText: { contains: word } })) } : {};
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
  const where: Prisma.AssociationWhereInput = {
    AND: [
      activeAt(now),
      nameSearch(query.q),
      query.region ? { regionCode: query.region } : {},
      query.city ? { city: { equals: query.city, mode: "insensitive" } } : {},
      query.field
        ? { fields: { some: UUID.test(query.field) ? { fieldId: query.field } : { field: { code: query.field } } } }
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

/** The manage view of one association, read in `tx` (after a change) or on its own. */
export async function loadManageView(db: Db | Tx, actor: Actor, associationId: string): Promise<AssociationManageView> {
  const now = new Date();
  const row = await db.association.findUniqueOrThrow({ where: { id: associationId }, include: associationInclude });
  const membership = await db.associationMember.findUnique({
    where: { associationId_userId: { associationId, userId: actor.id } },
  });
  const application = await db.membershipApplication.findUnique({
    where: { associationId },
    select: { id: true, status: true },
  });
  const pending = await pendingAcceptances(db, [associationId]);
  return presentManage(
    row,
    {
      application,
      pendingAcceptances: pending.get(associationId) ?? [],
      viewer: {
        role: membership?.role ?? null,
        isPrimaryDelegate: row.delegate?.userId === actor.id,
        isAdmin: actor.role === "admin",
      },
    },
    now,
  );
}

/** What representatives (and admins) read to manage an association. */
export async function readManageView(db: Db, actor: Actor, ref: string): Promise<AssociationManageView> {
  const row = await db.association.findUnique({ where: refWhere(ref) });
  if (!row) throw new AppError("NOT_FOUND");
  const membership = await db.associationMember.findUnique({
    where: { associationId_userId: { associationId: row.id, userId: actor.id } },
  });
  assertAllowed(actor, "read_private", row, membership, new Date());
  return loadManageView(db, actor, row.id);
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
  const where: Prisma.AssociationWhereInput = { AND: [byStatus, nameSearch(query.q)] };
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
