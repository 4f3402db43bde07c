import type { Paginated } from "../../../common/api.js";
import type { AuditAction, AuditAssociation, AuditEntry, AuditSubject } from "../../../common/audit.js";
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
    | "electorate_snapshot"
    | "proposal"
    | "amendment"
    | "debate"
    | "debate_reply"
    | "debate_category"
    | "debate_flag"
    | "vote"
    | "decision"
    | "live_session"
    | "assembly"
    | "programme"
    | "programme_amendment"
    | "programme_action";
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
  const page = await paginate(
    query,
    (window) =>
      db.auditEntry.findMany({
        where,
        orderBy: [{ at: "desc" }, { id: "desc" }],
        ...window,
        include: { actor: { select: { id: true, name: true } } },
      }),
    () => db.auditEntry.count({ where }),
    (row) => row,
  );
  const names = await readNames(db, page.items);
  const items = page.items.map((row): AuditEntry => {
    const data = row.data as Record<string, unknown>;
    return {
      id: String(row.id),
      at: row.at.toISOString(),
      actor: row.actor ? { id: row.actor.id, name: row.actor.name } : null,
      action: row.action as AuditAction,
      targetType: row.targetType,
      targetId: row.targetId,
      associationId: row.associationId,
      association: (row.associationId && names.associations.get(row.associationId)) || null,
      subject: subjectOf(row, data, names),
      data,
      people: Object.fromEntries(
        Object.values(data).flatMap((value) =>
          typeof value === "string" && names.people.has(value) ? [[value, names.people.get(value)!]] : [],
        ),
      ),
    };
  });
  return { ...page, items };
}

type AuditRow = { targetType: string; targetId: string; associationId: string | null; data: unknown };
type Names = {
  associations: Map<string, AuditAssociation>;
  people: Map<string, string>;
  fields: Map<string, { nameAr: string; nameFr: string }>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The names a page of entries mentions (associations, people, fields), read in three statements
 * whatever the number of entries: the log reads as sentences, not as ids.
 */
async function readNames(db: Db, rows: AuditRow[]): Promise<Names> {
  const associationIds = new Set<string>();
  const personIds = new Set<string>();
  const fieldIds = new Set<string>();
  for (const row of rows) {
    if (row.associationId) associationIds.add(row.associationId);
    if (row.targetType === "user") personIds.add(row.targetId);
    if (row.targetType === "field") fieldIds.add(row.targetId);
    for (const value of Object.values(row.data as Record<string, unknown>)) {
      if (typeof value === "string" && UUID.test(value)) personIds.add(value);
    }
  }
  const [associations, people, fields] = await Promise.all([
    associationIds.size
      ? db.association.findMany({
          where: { id: { in: [...associationIds] } },
          select: { id: true, slug: true, nameAr: true, nameFr: true },
        })
      : [],
    personIds.size ? db.user.findMany({ where: { id: { in: [...personIds] } }, select: { id: true, name: true } }) : [],
    fieldIds.size
      ? db.fieldOfAction.findMany({
          where: { id: { in: [...fieldIds] } },
          select: { id: true, nameAr: true, nameFr: true },
        })
      : [],
  ]);
  return {
    associations: new Map(associations.map((row) => [row.id, row])),
    people: new Map(people.map((row) => [row.id, row.name])),
    fields: new Map(fields.map((row) => [row.id, { nameAr: row.nameAr, nameFr: row.nameFr }])),
  };
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** Who or what the entry acted on, besides its association; null when the association is all there is. */
function subjectOf(row: AuditRow, data: Record<string, unknown>, names: Names): AuditSubject | null {
  const person = (id: string | null): AuditSubject | null => {
    const name = id ? names.people.get(id) : undefined;
    return id && name ? { kind: "person", id, name, nameFr: null } : null;
  };
  switch (row.targetType) {
    case "user":
      return person(row.targetId);
    case "join_request":
      return person(text(data.userId));
    case "invitation": {
      const email = text(data.email);
      return email ? { kind: "email", id: row.targetId, name: email, nameFr: null } : null;
    }
    case "field": {
      const field = names.fields.get(row.targetId);
      const after = (data.after ?? {}) as Record<string, unknown>;
      const nameAr = field?.nameAr ?? text(after.nameAr) ?? text(data.nameAr) ?? text(data.code);
      if (!nameAr) return null;
      return { kind: "field", id: row.targetId, name: nameAr, nameFr: field?.nameFr ?? text(data.nameFr) };
    }
    case "charter_version": {
      const title = text(data.title);
      return title ? { kind: "charter_version", id: row.targetId, name: title, nameFr: null } : null;
    }
    case "electorate_snapshot": {
      const label = text(data.label);
      return label ? { kind: "electorate_snapshot", id: row.targetId, name: label, nameFr: null } : null;
    }
    case "proposal":
    case "amendment": {
      // The proposal's title as it was then; the link goes to the proposal.
      const title = text(data.title);
      const proposalId = text(data.proposalId) ?? row.targetId;
      return title ? { kind: "proposal", id: proposalId, name: title, nameFr: null } : null;
    }
    case "programme":
    case "programme_amendment":
    case "programme_action": {
      // The programme's title as it was then; the link goes to the programme.
      const title = text(data.title);
      const programmeId = text(data.programmeId) ?? row.targetId;
      return title ? { kind: "programme", id: programmeId, name: title, nameFr: null } : null;
    }
    case "vote": {
      const title = text(data.title);
      return title ? { kind: "vote", id: row.targetId, name: title, nameFr: null } : null;
    }
    case "live_session": {
      const title = text(data.title);
      return title ? { kind: "session", id: row.targetId, name: title, nameFr: null } : null;
    }
    case "assembly": {
      const title = text(data.title);
      return title ? { kind: "assembly", id: row.targetId, name: title, nameFr: null } : null;
    }
    case "decision": {
      const number = text(data.number);
      return number ? { kind: "decision", id: row.targetId, name: number, nameFr: null } : null;
    }
    case "debate":
    case "debate_reply":
    case "debate_flag": {
      // Reply and flag entries record their debate's id and title: the sentence names the debate.
      const title = text(data.title);
      const id = row.targetType === "debate" ? row.targetId : text(data.debateId);
      return title && id ? { kind: "debate", id, name: title, nameFr: null } : null;
    }
    case "debate_category": {
      const after = (data.after ?? {}) as Record<string, unknown>;
      const before = (data.before ?? {}) as Record<string, unknown>;
      const nameAr = text(after.nameAr) ?? text(data.nameAr) ?? text(before.nameAr) ?? text(data.slug);
      return nameAr ? { kind: "debate_category", id: row.targetId, name: nameAr, nameFr: null } : null;
    }
    default:
      return null;
  }
}
