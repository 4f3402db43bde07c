import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import type { Association, AssociationMember } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { isUuid } from "../../http/params.js";
import { settleDueDelegateRequest } from "./delegate-settle.js";
import { associationChanged, lockAssociation } from "./lock.js";
import { type AssociationAction, type AssociationResource, denial } from "./policy.js";
import { effectiveStatus } from "./status.js";

/** The where clause for `:ref`, an id or a slug. */
export function refWhere(ref: string): { id: string } | { slug: string } {
  return isUuid(ref) ? { id: ref } : { slug: ref.toLowerCase() };
}

/** Everything a use case on one association starts from, read inside its transaction. */
export type AssociationContext = {
  association: Association;
  membership: AssociationMember | null;
  /** The time of this change: read once, after the lock, so histories stay in order. */
  now: Date;
};

/**
 * A suspension whose end date has passed has ended: record it (status back to active, a history row
 * dated at the end of the suspension) the first time the association is written after it.
 */
async function settleEndedSuspension(tx: Tx, association: Association, now: Date): Promise<Association> {
  if (association.status !== "suspended" || effectiveStatus(association, now) !== "active") return association;
  await tx.associationStatusChange.create({
    data: {
      associationId: association.id,
      status: "active",
      effectiveFrom: association.suspendedUntil!,
      reason: "suspension ended",
    },
  });
  return tx.association.update({
    where: { id: association.id },
    data: { status: "active", suspensionReason: null, suspendedUntil: null },
  });
}

/**
 * Opens the association named by `ref` in the transaction: locks its row, settles an ended
 * suspension, loads the actor's membership, and checks `action` with the policy (NOT_FOUND when there
 * is no such association, the policy's code when denied).
 */
export async function openAssociation(
  tx: Tx,
  actor: Actor,
  ref: string,
  action: AssociationAction | null,
): Promise<AssociationContext> {
  const found = await tx.association.findUnique({ where: refWhere(ref), select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND");
  await lockAssociation(tx, found.id);
  const now = new Date();
  const stored = await tx.association.findUniqueOrThrow({ where: { id: found.id } });
  const association = await settleEndedSuspension(tx, stored, now);
  await settleDueDelegateRequest(tx, association.id, now);
  const membership = await membershipOf(tx, association.id, actor.id);
  if (action) assertAllowed(actor, action, association, membership, now);
  return { association, membership, now };
}

/**
 * The read-only twin of `openAssociation`, for reads and prechecks: reads the association (named by
 * `ref`, or a row already loaded) and the actor's membership without a lock or any write, and checks
 * `action` (NOT_FOUND when there is no such association, the policy's code when denied).
 */
export async function readAssociation(
  db: Db | Tx,
  actor: Actor,
  ref: string | Association,
  action: AssociationAction | null,
): Promise<AssociationContext> {
  const association = typeof ref === "string" ? await db.association.findUnique({ where: refWhere(ref) }) : ref;
  if (!association) throw new AppError("NOT_FOUND");
  const now = new Date();
  const membership = await membershipOf(db, association.id, actor.id);
  if (action) assertAllowed(actor, action, association, membership, now);
  return { association, membership, now };
}

/** The actor's place in the association, or null. */
export function membershipOf(db: Db | Tx, associationId: string, userId: string): Promise<AssociationMember | null> {
  return db.associationMember.findUnique({ where: { associationId_userId: { associationId, userId } } });
}

/** What the policy reads about an association and the actor's place in it, at `now`. */
export function resourceOf(
  association: Association,
  membership: Pick<AssociationMember, "role"> | null,
  now: Date,
): AssociationResource {
  return { status: effectiveStatus(association, now), membership, approved: association.memberSince !== null };
}

/** Throws the policy's code when `actor` may not do `action`. */
export function assertAllowed(
  actor: Actor,
  action: AssociationAction,
  association: Association,
  membership: Pick<AssociationMember, "role"> | null,
  now: Date,
): void {
  const code = denial(actor, action, resourceOf(association, membership, now));
  if (code) throw new AppError(code);
}

/** Opens, checks and runs one use case on an association, all in one transaction. */
export function withAssociation<T>(
  db: Db,
  actor: Actor,
  ref: string,
  action: AssociationAction | null,
  fn: (tx: Tx, context: AssociationContext) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (tx) => fn(tx, await openAssociation(tx, actor, ref, action)));
}

/** The representatives' count of an association (inside its locked transaction). */
export function countRepresentatives(tx: Tx, associationId: string): Promise<number> {
  return tx.associationMember.count({ where: { associationId, role: "representative" } });
}

export { associationChanged, lockAssociation };
