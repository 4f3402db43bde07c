import { slugify } from "../../../common/arabic.js";
import type { AssociationManageView } from "../../../common/associations.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { AppError, isUniqueViolation } from "../../http/errors.js";
import { renderMarkdown } from "../../markdown/render.js";
import { searchDocument } from "../../search/document.js";
import { assertAllowed, withAssociation } from "./access.js";
import type { ProfileInput, UpdateInput } from "./schema.js";
import { loadManageView } from "./views.js";

/** What name search matches: both names as a search document (server/search). */
export function searchTextOf(nameAr: string, nameFr: string | null | undefined): string {
  return searchDocument(nameAr, nameFr);
}

/** The slug to derive when none is given: from the French name, else transliterated from the Arabic one. */
export function baseSlug(nameAr: string, nameFr: string | null | undefined): string {
  const fromFr = nameFr ? slugify(nameFr, 50) : "";
  const base = fromFr.length >= 3 ? fromFr : slugify(nameAr, 50);
  return base.length >= 3 ? base : `association${base ? `-${base}` : ""}`;
}

/** The first of `base`, `base-2`, `base-3`... that no other association uses. */
async function freeSlug(tx: Tx, base: string, exceptId?: string): Promise<string> {
  const taken = new Set(
    (
      await tx.association.findMany({
        where: { slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const slugTaken = (prefix: string) =>
  new AppError("SLUG_TAKEN", { fields: [{ path: `${prefix}slug`, reason: "taken" }] });
const refTaken = (prefix: string) =>
  new AppError("REGISTRATION_REF_TAKEN", { fields: [{ path: `${prefix}registrationRef`, reason: "taken" }] });

/** Checks an explicit slug and a registration reference against the other associations. */
export async function assertUnique(
  tx: Tx,
  values: { slug?: string | undefined; registrationRef?: string | null | undefined },
  exceptId?: string,
): Promise<void> {
  const prefix = exceptId ? "" : "profile.";
  const others = exceptId ? { id: { not: exceptId } } : {};
  if (values.slug && (await tx.association.count({ where: { slug: values.slug, ...others } }))) {
    throw slugTaken(prefix);
  }
  if (
    values.registrationRef &&
    (await tx.association.count({ where: { registrationRef: values.registrationRef, ...others } }))
  ) {
    throw refTaken(prefix);
  }
}

/** Translates the unique violations a concurrent writer could still cause into the documented codes. */
export function uniqueViolationCode(error: unknown, prefix = ""): AppError | undefined {
  if (isUniqueViolation(error, "slug")) return slugTaken(prefix);
  if (isUniqueViolation(error, "registration")) return refTaken(prefix);
  return undefined;
}

/** Checks that fields of action exist and (for new links) are active. */
export async function assertFields(tx: Tx, ids: string[], alreadyLinked: string[] = []): Promise<void> {
  const rows = await tx.fieldOfAction.findMany({ where: { id: { in: ids } }, select: { id: true, active: true } });
  const usable = new Set(rows.filter((row) => row.active || alreadyLinked.includes(row.id)).map((row) => row.id));
  const bad = ids.filter((id) => !usable.has(id));
  if (bad.length) {
    throw new AppError("VALIDATION_FAILED", {
      fields: bad.map((id) => ({ path: "profile.fieldIds", reason: "unknown_field", message: id })),
    });
  }
}

/** The column values of a new association's profile (slug decided by the caller). */
export function profileData(input: ProfileInput, slug: string): Omit<Prisma.AssociationUncheckedCreateInput, "status"> {
  const descriptionMd = input.descriptionMd ?? "";
  return {
    slug,
    nameAr: input.nameAr,
    nameFr: input.nameFr ?? null,
    city: input.city,
    regionCode: input.regionCode,
    foundedYear: input.foundedYear ?? null,
    registrationRef: input.registrationRef ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    website: input.website ?? null,
    descriptionMd,
    descriptionHtml: renderMarkdown(descriptionMd),
    ...input.eligibility,
    searchText: searchTextOf(input.nameAr, input.nameFr),
  };
}

/** Decides a new association's slug: the given one if free (SLUG_TAKEN otherwise), else a derived free one. */
export async function decideSlug(tx: Tx, input: ProfileInput): Promise<string> {
  if (input.slug) return input.slug;
  return freeSlug(tx, baseSlug(input.nameAr, input.nameFr));
}

/**
 * A representative edits the association's profile. The status is never edited here, and the
 * eligibility facts are locked once the association has been approved (FORBIDDEN, reason `locked`):
 * sending unchanged values is harmless.
 */
export async function updateProfile(
  db: Db,
  actor: Actor,
  ref: string,
  input: UpdateInput,
): Promise<AssociationManageView> {
  try {
    return await withAssociation(db, actor, ref, "act", async (tx, { association, membership, now }) => {
      const eligibility = input.eligibility ?? {};
      const changedFacts = (Object.keys(eligibility) as (keyof typeof eligibility)[]).filter(
        (key) => eligibility[key] !== undefined && eligibility[key] !== association[key],
      );
      if (changedFacts.length) {
        try {
          assertAllowed(actor, "edit_eligibility", association, membership, now);
        } catch (error) {
          if (error instanceof AppError && error.code === "FORBIDDEN") {
            throw new AppError("FORBIDDEN", {
              fields: changedFacts.map((key) => ({ path: `eligibility.${key}`, reason: "locked" })),
            });
          }
          throw error;
        }
      }
      await assertUnique(tx, { slug: input.slug, registrationRef: input.registrationRef }, association.id);
      if (input.fieldIds) {
        const linked = await tx.associationField.findMany({ where: { associationId: association.id } });
        await assertFields(
          tx,
          input.fieldIds,
          linked.map((link) => link.fieldId),
        );
        await tx.associationField.deleteMany({ where: { associationId: association.id } });
        await tx.associationField.createMany({
          data: input.fieldIds.map((fieldId) => ({ associationId: association.id, fieldId })),
        });
      }
      const nameAr = input.nameAr ?? association.nameAr;
      const nameFr = input.nameFr === undefined ? association.nameFr : input.nameFr;
      await tx.association.update({
        where: { id: association.id },
        data: {
          ...(input.nameAr !== undefined ? { nameAr: input.nameAr } : {}),
          ...(input.nameFr !== undefined ? { nameFr: input.nameFr } : {}),
          ...(input.slug !== undefined ? { slug: input.slug } : {}),
          ...(input.city !== undefined ? { city: input.city } : {}),
          ...(input.regionCode !== undefined ? { regionCode: input.regionCode } : {}),
          ...(input.foundedYear !== undefined ? { foundedYear: input.foundedYear } : {}),
          ...(input.registrationRef !== undefined ? { registrationRef: input.registrationRef } : {}),
          ...(input.contactEmail !== undefined ? { contactEmail: input.contactEmail } : {}),
          ...(input.contactPhone !== undefined ? { contactPhone: input.contactPhone } : {}),
          ...(input.website !== undefined ? { website: input.website } : {}),
          ...(input.descriptionMd !== undefined
            ? { descriptionMd: input.descriptionMd, descriptionHtml: renderMarkdown(input.descriptionMd) }
            : {}),
          ...Object.fromEntries(changedFacts.map((key) => [key, eligibility[key]])),
          searchText: searchTextOf(nameAr, nameFr),
        },
      });
      return loadManageView(tx, actor, association.id, { membership });
    });
  } catch (error) {
    throw uniqueViolationCode(error) ?? error;
  }
}
