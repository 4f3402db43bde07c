import { slugify } from "../../../common/arabic.js";
import type { FieldOfAction, Region } from "../../../common/reference.js";
import { type Actor, canPlatform } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import { AppError, isUniqueViolation } from "../../http/errors.js";
import { readModel } from "../../read-models/cache.js";
import { writeAudit } from "../audit/index.js";
import { presentField } from "./presenter.js";

/** Reference data changes: read models of reference data and of every association showing it are stale. */
const referenceChanged = { type: "reference:changed", stale: ["reference", "associations"] };

/** Morocco's twelve regions, in their official order (served from memory). */
export function listRegions(db: Db): Promise<Region[]> {
  return readModel(db, "reference:regions", ["reference"], async () => {
    const rows = await db.region.findMany({ orderBy: { sortOrder: "asc" } });
    return rows.map((row) => ({ code: row.code as Region["code"], nameAr: row.nameAr, nameFr: row.nameFr }));
  });
}

/** The fields of action; inactive ones only when `all` (admins). Served from memory. */
export function listFields(db: Db, all: boolean): Promise<FieldOfAction[]> {
  return readModel(db, `reference:fields:${all ? "all" : "active"}`, ["reference"], async () => {
    const rows = await db.fieldOfAction.findMany({
      where: all ? {} : { active: true },
      orderBy: [{ sortOrder: "asc" }, { nameAr: "asc" }],
    });
    return rows.map(presentField);
  });
}

function assertAdmin(actor: Actor) {
  if (!canPlatform(actor, "edit_reference")) throw new AppError("FORBIDDEN");
}

/** An admin adds a field of action. A taken code is CONFLICT. */
export async function createField(
  db: Db,
  actor: Actor,
  input: { code?: string | undefined; nameAr: string; nameFr: string },
): Promise<FieldOfAction> {
  assertAdmin(actor);
  const code = input.code ?? slugify(input.nameFr, 40).replace(/-/g, "_");
  if (!/^[a-z][a-z0-9_]{1,40}$/.test(code)) {
    throw new AppError("VALIDATION_FAILED", { fields: [{ path: "code", reason: "invalid" }] });
  }
  try {
    return await inTransaction(db, async (tx) => {
      const last = await tx.fieldOfAction.aggregate({ _max: { sortOrder: true } });
      publishAfterCommit(tx, referenceChanged);
      const row = await tx.fieldOfAction.create({
        data: { code, nameAr: input.nameAr, nameFr: input.nameFr, sortOrder: (last._max.sortOrder ?? 0) + 1 },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "field.created",
        targetType: "field",
        targetId: row.id,
        data: { code, nameAr: row.nameAr, nameFr: row.nameFr },
      });
      return presentField(row);
    });
  } catch (error) {
    if (isUniqueViolation(error, "code")) {
      throw new AppError("CONFLICT", { fields: [{ path: "code", reason: "taken" }] });
    }
    throw error;
  }
}

/** An admin renames, deactivates or reactivates a field of action. */
export function updateField(
  db: Db,
  actor: Actor,
  id: string,
  input: { nameAr?: string | undefined; nameFr?: string | undefined; active?: boolean | undefined },
): Promise<FieldOfAction> {
  assertAdmin(actor);
  return inTransaction(db, async (tx) => {
    const before = await tx.fieldOfAction.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    const row = await tx.fieldOfAction.update({ where: { id }, data: input });
    publishAfterCommit(tx, referenceChanged);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "field.updated",
      targetType: "field",
      targetId: id,
      data: { before: presentField(before), after: presentField(row) },
    });
    return presentField(row);
  });
}

/** An admin deletes a field of action that no association uses (INVALID_STATE otherwise). */
export function deleteField(db: Db, actor: Actor, id: string): Promise<void> {
  assertAdmin(actor);
  return inTransaction(db, async (tx) => {
    const row = await tx.fieldOfAction.findUnique({ where: { id } });
    if (!row) throw new AppError("NOT_FOUND");
    // Lock the field so no association links it between the count and the delete.
    await tx.$queryRaw`SELECT id FROM fields_of_action WHERE id = ${id}::uuid FOR UPDATE`;
    const used = await tx.associationField.count({ where: { fieldId: id } });
    if (used > 0) throw new AppError("INVALID_STATE", { reason: "in_use", associations: used });
    await tx.fieldOfAction.delete({ where: { id } });
    publishAfterCommit(tx, referenceChanged);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "field.deleted",
      targetType: "field",
      targetId: id,
      data: { code: row.code },
    });
  });
}
