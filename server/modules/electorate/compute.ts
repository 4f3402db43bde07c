import type { AssociationStatus } from "../../../common/associations.js";
import { effectiveStatus } from "../associations/index.js";

export type StatusRow = {
  id: number;
  associationId: string;
  status: AssociationStatus;
  effectiveFrom: Date;
  suspendedUntil: Date | null;
};
export type DelegateRow = { id: number; associationId: string; delegateId: string | null; effectiveFrom: Date };

/** Whether `row` comes after `current` in a history: later, or as late and inserted after it. */
function isLater(row: { id: number; effectiveFrom: Date }, current: { id: number; effectiveFrom: Date }): boolean {
  const [time, currentTime] = [row.effectiveFrom.getTime(), current.effectiveFrom.getTime()];
  // Stryker disable next-line EqualityOperator: the times differ here, so >= and > agree
  if (time !== currentTime) return time > currentTime;
  // Stryker disable next-line EqualityOperator: ids are unique within a history, so >= and > agree
  return row.id > current.id;
}

/** The latest row at or before `at` for each association (ties broken by insertion order). */
function latestAt<R extends { id: number; associationId: string; effectiveFrom: Date }>(
  rows: R[],
  at: Date,
): Map<string, R> {
  const latest = new Map<string, R>();
  for (const row of rows) {
    if (row.effectiveFrom.getTime() > at.getTime()) continue;
    const current = latest.get(row.associationId);
    if (!current || isLater(row, current)) latest.set(row.associationId, row);
  }
  return latest;
}

/**
 * Which associations are active members at `at`, and who casts each one's vote then, from the
 * append-only histories. A suspension whose end date is at or before `at` counts as ended.
 * Returns association id → delegate user id (null: active, but no primary delegate).
 */
export function electorateFromHistory(
  statusRows: StatusRow[],
  delegateRows: DelegateRow[],
  at: Date,
): Map<string, string | null> {
  const statuses = latestAt(statusRows, at);
  const delegates = latestAt(delegateRows, at);
  const electorate = new Map<string, string | null>();
  for (const [associationId, row] of statuses) {
    if (effectiveStatus(row, at) !== "active") continue;
    electorate.set(associationId, delegates.get(associationId)?.delegateId ?? null);
  }
  return electorate;
}
