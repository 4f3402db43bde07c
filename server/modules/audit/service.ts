import type { Paginated } from "../../../common/api.js";
import type { AuditAction, AuditEntry } from "../../../common/audit.js";
import type { Db, Tx } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { paginate } from "../../http/params.js";

/** What one audit row says: who did what to which target. */
export type AuditRecord = {
  /** The user who acted; null for the system. */
  actorId: string | null;
  action: AuditAction;
  targetType:
    | "association"
    | "application"
    | "user"
    | "charter_version"
    | "field"
    | "invitation"
    | "join_request"
    | "electorate_snapshot";
  targetId: string;
  /** The association concerned, when there is one (lets its history be filtered). */
  associationId?: string | null;
  /** Before/after values, reasons, notes. */
  data?: Record<string, unknown>;
};

/**
 * Appends one row to the audit log. Always called with the transaction that makes the change, so the
 * row exists if and only if the change does. The table refuses UPDATE and DELETE.
 */
export async function writeAudit(tx: Tx, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: record.actorId,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      associationId: record.associationId ?? null,
      data: (record.data ?? {}) as Prisma.InputJsonValue,
    },
  });
}

export type AuditQuery = {
  page: number;
  pageSize: number;
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  associationId?: string | undefined;
};

/** The audit log, newest first, filtered by action and target. */
export async function listAudit(db: Db, query: AuditQuery): Promise<Paginated<AuditEntry>> {
  const where: Prisma.AuditEntryWhereInput = {
    ...(query.action ? { action: query.action } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.targetId ? { targetId: query.targetId } : {}),
    ...(query.associationId ? { associationId: query.associationId } : {}),
  };
  return paginate(
    query,
    (window) =>
      db.auditEntry.findMany({
        where,
        orderBy: [{ at: "desc" }, { id: "desc" }],
        ...window,
        include: { actor: { select: { id: true, name: true } } },
      }),
    () => db.auditEntry.count({ where }),
    (row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      actor: row.actor ? { id: row.actor.id, name: row.actor.name } : null,
      action: row.action as AuditAction,
      targetType: row.targetType,
      targetId: row.targetId,
      associationId: row.associationId,
      data: row.data as Record<string, unknown>,
    }),
  );
}
