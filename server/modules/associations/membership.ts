import type { AssociationManageView } from "../../../common/associations.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { writeAudit } from "../audit/index.js";
import { currentVersions } from "../charter/index.js";
import { withAssociation } from "./access.js";
import { changeStatus } from "./history.js";
import { reinstatable, suspendable } from "./policy.js";
import { effectiveStatus } from "./status.js";
import { loadManageView } from "./views.js";

/**
 * An admin suspends an active association, with a reason, until a date or indefinitely. Its
 * representatives can no longer act for it and it leaves the electorate meanwhile.
 */
export function suspendAssociation(
  db: Db,
  actor: Actor,
  ref: string,
  input: { reason: string; until?: Date | null | undefined },
): Promise<AssociationManageView> {
  return withAssociation(db, actor, ref, "suspend", async (tx, { association, membership, now }) => {
    if (!suspendable(effectiveStatus(association, now))) {
      throw new AppError("INVALID_STATE", { status: association.status });
    }
    if (input.until && input.until.getTime() <= now.getTime()) {
      throw new AppError("VALIDATION_FAILED", { fields: [{ path: "until", reason: "in_the_past" }] });
    }
    await changeStatus(tx, {
      associationId: association.id,
      status: "suspended",
      at: now,
      actorId: actor.id,
      reason: input.reason,
      suspendedUntil: input.until ?? null,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "association.suspended",
      targetType: "association",
      targetId: association.id,
      associationId: association.id,
      data: { reason: input.reason, until: input.until?.toISOString() ?? null },
    });
    return loadManageView(tx, actor, association.id, { membership });
  });
}

/** An admin lifts a suspension before its end. */
export function reinstateAssociation(
  db: Db,
  actor: Actor,
  ref: string,
  note: string | undefined,
): Promise<AssociationManageView> {
  return withAssociation(db, actor, ref, "suspend", async (tx, { association, membership, now }) => {
    if (!reinstatable(effectiveStatus(association, now))) {
      throw new AppError("INVALID_STATE", { status: association.status });
    }
    await changeStatus(tx, {
      associationId: association.id,
      status: "active",
      at: now,
      actorId: actor.id,
      reason: note ?? null,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "association.reinstated",
      targetType: "association",
      targetId: association.id,
      associationId: association.id,
      data: note ? { note } : {},
    });
    return loadManageView(tx, actor, association.id, { membership });
  });
}

/** Its representatives withdraw an active association from the forum. */
export function withdrawAssociation(
  db: Db,
  actor: Actor,
  ref: string,
  note: string | undefined,
): Promise<AssociationManageView> {
  return withAssociation(db, actor, ref, "withdraw", async (tx, { association, membership, now }) => {
    await changeStatus(tx, {
      associationId: association.id,
      status: "withdrawn",
      at: now,
      actorId: actor.id,
      reason: note ?? null,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "association.withdrawn",
      targetType: "association",
      targetId: association.id,
      associationId: association.id,
      data: note ? { note } : {},
    });
    return loadManageView(tx, actor, association.id, { membership });
  });
}

/**
 * A representative accepts a charter or internal rules version in force on the association's behalf
 * (asked after each publication). A version no longer in force, or unknown, is CHARTER_NOT_ACCEPTED;
 * accepting twice changes nothing.
 */
export function acceptCharterVersion(
  db: Db,
  actor: Actor,
  ref: string,
  versionId: string,
): Promise<AssociationManageView> {
  return withAssociation(db, actor, ref, "act", async (tx, { association, membership, now }) => {
    const current = await currentVersions(tx);
    const version = current.find((row) => row.id === versionId);
    if (!version) {
      throw new AppError("CHARTER_NOT_ACCEPTED", {
        fields: [{ path: "versionId", reason: "not_current" }],
        currentVersionIds: current.map((row) => row.id),
      });
    }
    const key = { associationId_versionId: { associationId: association.id, versionId } };
    if (!(await tx.charterAcceptance.findUnique({ where: key }))) {
      await tx.charterAcceptance.create({
        data: { associationId: association.id, versionId, userId: actor.id, acceptedAt: now },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "association.charter_accepted",
        targetType: "association",
        targetId: association.id,
        associationId: association.id,
        data: { versionId, kind: version.kind, version: version.version },
      });
    }
    return loadManageView(tx, actor, association.id, { membership });
  });
}
