import type { AssociationStatus } from "../../../common/associations.js";
import type { Tx } from "../../db/client.js";

/**
 * Changes an association's status and appends the change to its status history, which the
 * electorate reads to answer for any past instant. Call inside the association's locked transaction.
 */
export async function changeStatus(
  tx: Tx,
  change: {
    associationId: string;
    status: AssociationStatus;
    at: Date;
    actorId: string | null;
    reason?: string | null;
    suspendedUntil?: Date | null;
    memberSince?: Date;
  },
): Promise<void> {
  await tx.association.update({
    where: { id: change.associationId },
    data: {
      status: change.status,
      suspensionReason: change.status === "suspended" ? (change.reason ?? null) : null,
      suspendedUntil: change.status === "suspended" ? (change.suspendedUntil ?? null) : null,
      ...(change.memberSince ? { memberSince: change.memberSince } : {}),
    },
  });
  await tx.associationStatusChange.create({
    data: {
      associationId: change.associationId,
      status: change.status,
      effectiveFrom: change.at,
      suspendedUntil: change.status === "suspended" ? (change.suspendedUntil ?? null) : null,
      reason: change.reason ?? null,
      actorId: change.actorId,
    },
  });
}

/**
 * Names the association's primary delegate (or none), appending to the delegate history. The
 * `association_delegates` primary key keeps it to one per association whatever runs concurrently.
 */
export async function changeDelegate(
  tx: Tx,
  change: { associationId: string; userId: string | null; at: Date; actorId: string },
): Promise<void> {
  if (change.userId) {
    await tx.associationDelegate.upsert({
      where: { associationId: change.associationId },
      create: { associationId: change.associationId, userId: change.userId, since: change.at },
      update: { userId: change.userId, since: change.at },
    });
  } else {
    await tx.associationDelegate.deleteMany({ where: { associationId: change.associationId } });
  }
  await tx.delegateChange.create({
    data: {
      associationId: change.associationId,
      delegateId: change.userId,
      effectiveFrom: change.at,
      actorId: change.actorId,
    },
  });
}
