import type { AssociationStatus } from "../../../common/associations.js";

/** The stored status fields of an association or of one of its status history rows. */
export type StoredStatus = { status: AssociationStatus; suspendedUntil: Date | null };

/**
 * The status as it reads at `at`: a suspension whose end date is at or before `at` has ended, so the
 * association is active again without anyone having to lift it.
 */
export function effectiveStatus(stored: StoredStatus, at: Date): AssociationStatus {
  if (stored.status === "suspended" && stored.suspendedUntil && stored.suspendedUntil.getTime() <= at.getTime()) {
    return "active";
  }
  return stored.status;
}
