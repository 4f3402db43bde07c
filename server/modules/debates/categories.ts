/** Debate categories: read by everyone (from memory), managed and ordered by admins (audited). */
import type { CategoryInput, CategoryUpdateInput, DebateCategory } from "../../../common/debates.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { readModel } from "../../read-models/cache.js";
import { writeAudit } from "../audit/index.js";
import { announceLists, announceStale, DEBATES_TAG, debateTag } from "./events.js";

type Parsed<T> = { [K in keyof T]: T[K] };

async function loadCategories(db: Db): Promise<DebateCategory[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      slug: string;
      name_ar: string;
      name_fr: string | null;
      description_ar: string;
      description_fr: string | null;
      position: number;
      debate_count: number;
    }[]
  >`
    SELECT c.id::text, c.slug, c.name_ar, c.name_fr, c.description_ar, c.description_fr, c.position,
      (SELECT count(*)::int FROM debates d WHERE d.category_id = c.id AND d.deleted_at IS NULL AND d.hidden_at IS NULL)
        AS debate_count
    FROM debate_categories c ORDER BY c.position, c.name_ar`;
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    nameAr: row.name_ar,
    nameFr: row.name_fr,
    descriptionAr: row.description_ar,
    descriptionFr: row.description_fr,
    position: row.position,
    debateCount: row.debate_count,
  }));
}

/** Every category in order, with its debate count: one statement, then from memory until a change. */
export function listCategories(db: Db): Promise<{ items: DebateCategory[] }> {
  return readModel(db, "debate-categories", [DEBATES_TAG], async () => ({ items: await loadCategories(db) }));
}

function slugTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function categoryById(db: Db, id: string): Promise<DebateCategory> {
  const found = (await loadCategories(db)).find((category) => category.id === id);
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}

/** An admin adds a category (at the end unless a position is given). */
export async function createCategory(
  db: Db,
  actor: Actor,
  input: Parsed<CategoryInput> & { nameFr?: string | null; descriptionFr?: string | null },
): Promise<DebateCategory> {
  const id = await inTransaction(db, async (tx) => {
    const last = await tx.debateCategory.aggregate({ _max: { position: true } });
    try {
      const row = await tx.debateCategory.create({
        data: {
          slug: input.slug,
          nameAr: input.nameAr,
          nameFr: input.nameFr ?? null,
          descriptionAr: input.descriptionAr ?? "",
          descriptionFr: input.descriptionFr ?? null,
          position: input.position ?? (last._max.position ?? -1) + 1,
        },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "debate_category.created",
        targetType: "debate_category",
        targetId: row.id,
        data: { slug: row.slug, nameAr: row.nameAr },
      });
      announceLists(tx);
      return row.id;
    } catch (error) {
      if (slugTaken(error)) throw new AppError("SLUG_TAKEN", { fields: [{ path: "slug", reason: "taken" }] });
      throw error;
    }
  });
  return categoryById(db, id);
}

/** An admin renames, describes or reorders a category. */
export async function updateCategory(
  db: Db,
  actor: Actor,
  id: string,
  input: Partial<Parsed<CategoryUpdateInput>>,
): Promise<DebateCategory> {
  await inTransaction(db, async (tx) => {
    const before = await tx.debateCategory.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    const data = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    try {
      await tx.debateCategory.update({ where: { id }, data });
    } catch (error) {
      if (slugTaken(error)) throw new AppError("SLUG_TAKEN", { fields: [{ path: "slug", reason: "taken" }] });
      throw error;
    }
    const named = await tx.debate.findMany({ where: { categoryId: id }, select: { id: true } });
    announceStale(
      tx,
      named.map((debate) => debateTag(debate.id)),
    );
    await writeAudit(tx, {
      actorId: actor.id,
      action: "debate_category.updated",
      targetType: "debate_category",
      targetId: id,
      data: {
        before: Object.fromEntries(Object.keys(data).map((key) => [key, before[key as keyof typeof before]])),
        after: data,
      },
    });
    announceLists(tx);
  });
  return categoryById(db, id);
}

/** An admin removes a category; its debates stay, without a category. */
export async function deleteCategory(db: Db, actor: Actor, id: string): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const before = await tx.debateCategory.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    const moved = await tx.debate.findMany({ where: { categoryId: id }, select: { id: true } });
    await tx.debateCategory.delete({ where: { id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "debate_category.deleted",
      targetType: "debate_category",
      targetId: id,
      data: { slug: before.slug, nameAr: before.nameAr, debates: moved.length },
    });
    announceLists(tx);
    announceStale(
      tx,
      moved.map((debate) => debateTag(debate.id)),
    );
    return { id };
  });
}
