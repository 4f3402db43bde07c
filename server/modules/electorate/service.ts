import type {
  Electorate,
  ElectorateEntry,
  ElectorateSnapshot,
  ElectorateSnapshotSummary,
} from "../../../common/electorate.js";
import { type Actor, canPlatform } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { settleDueDelegateRequests } from "../associations/index.js";
import { writeAudit } from "../audit/index.js";
import { electorateFromHistory } from "./compute.js";

function assertAllowed(actor: Actor) {
  if (!canPlatform(actor, "electorate")) throw new AppError("FORBIDDEN");
}

/**
 * Which associations are active members at `at`, and who casts each one's vote then (their primary
 * delegate; null when none), read from the append-only status and delegate histories. Votes and
 * quorums call this, or read a frozen snapshot.
 */
export async function electorateAt(db: Db | Tx, at: Date): Promise<ElectorateEntry[]> {
  const [statusRows, delegateRows] = await Promise.all([
    db.associationStatusChange.findMany({ where: { effectiveFrom: { lte: at } } }),
    db.delegateChange.findMany({ where: { effectiveFrom: { lte: at } } }),
  ]);
  const electorate = electorateFromHistory(statusRows, delegateRows, at);
  const ids = [...electorate.keys()];
  const delegateIds = [...new Set([...electorate.values()].filter((id): id is string => id !== null))];
  const [associations, users] = await Promise.all([
    db.association.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, nameAr: true } }),
    db.user.findMany({ where: { id: { in: delegateIds } }, select: { id: true, name: true } }),
  ]);
  const names = new Map(users.map((user) => [user.id, user.name]));
  return associations
    .map((association) => {
      const delegateId = electorate.get(association.id) ?? null;
      return {
        associationId: association.id,
        slug: association.slug,
        nameAr: association.nameAr,
        delegate: delegateId ? { id: delegateId, name: names.get(delegateId) ?? "" } : null,
      };
    })
    .sort((a, b) => a.nameAr.localeCompare(b.nameAr, "ar") || a.associationId.localeCompare(b.associationId));
}

/** The electorate computed for an instant (admins); the future is not known yet. */
export async function readElectorate(db: Db, actor: Actor, at: Date | undefined): Promise<Electorate> {
  assertAllowed(actor);
  const instant = checkInstant(at);
  await settleDueDelegateRequests(db);
  return { at: instant.toISOString(), entries: await electorateAt(db, instant) };
}

function checkInstant(at: Date | undefined): Date {
  const now = new Date();
  if (at && at.getTime() > now.getTime()) {
    throw new AppError("VALIDATION_FAILED", { fields: [{ path: "at", reason: "in_the_future" }] });
  }
  return at ?? now;
}

type SnapshotRow = {
  id: string;
  label: string;
  at: Date;
  createdAt: Date;
  createdBy: { id: string; name: string };
  entries: {
    associationId: string;
    slug: string;
    nameAr: string;
    delegateId: string | null;
    delegateName: string | null;
  }[];
};

function presentSummary(row: SnapshotRow): ElectorateSnapshotSummary {
  return {
    id: row.id,
    label: row.label,
    at: row.at.toISOString(),
    createdAt: row.createdAt.toISOString(),
    createdBy: { id: row.createdBy.id, name: row.createdBy.name },
    associationCount: row.entries.length,
    voterCount: row.entries.filter((entry) => entry.delegateId !== null).length,
  };
}

function presentSnapshot(row: SnapshotRow): ElectorateSnapshot {
  return {
    ...presentSummary(row),
    entries: row.entries.map((entry) => ({
      associationId: entry.associationId,
      slug: entry.slug,
      nameAr: entry.nameAr,
      delegate: entry.delegateId ? { id: entry.delegateId, name: entry.delegateName ?? "" } : null,
    })),
  };
}

const snapshotInclude = {
  createdBy: { select: { id: true, name: true } },
  entries: { orderBy: { nameAr: "asc" } },
} as const;

/**
 * Freezes the electorate at `at` (default now) as a snapshot that later votes and quorums read:
 * names are copied so later renames do not change it. Audited.
 */
export async function freezeElectorate(
  db: Db,
  actor: Actor,
  input: { at?: Date | undefined; label: string },
): Promise<ElectorateSnapshot> {
  assertAllowed(actor);
  const at = checkInstant(input.at);
  // A delegate request whose delay ran out belongs to the history the snapshot reads.
  await settleDueDelegateRequests(db);
  const id = await inTransaction(db, async (tx) => {
    const entries = await electorateAt(tx, at);
    const snapshot = await tx.electorateSnapshot.create({
      data: {
        label: input.label,
        at,
        createdById: actor.id,
        entries: {
          create: entries.map((entry) => ({
            associationId: entry.associationId,
            slug: entry.slug,
            nameAr: entry.nameAr,
            delegateId: entry.delegate?.id ?? null,
            delegateName: entry.delegate?.name ?? null,
          })),
        },
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "electorate.frozen",
      targetType: "electorate_snapshot",
      targetId: snapshot.id,
      data: { label: input.label, at: at.toISOString(), associations: entries.length },
    });
    return snapshot.id;
  });
  return readSnapshot(db, actor, id);
}

export async function listSnapshots(db: Db, actor: Actor): Promise<ElectorateSnapshotSummary[]> {
  assertAllowed(actor);
  const rows = await db.electorateSnapshot.findMany({ include: snapshotInclude, orderBy: { createdAt: "desc" } });
  return rows.map(presentSummary);
}

export async function readSnapshot(db: Db, actor: Actor, id: string): Promise<ElectorateSnapshot> {
  assertAllowed(actor);
  const row = await db.electorateSnapshot.findUnique({ where: { id }, include: snapshotInclude });
  if (!row) throw new AppError("NOT_FOUND");
  return presentSnapshot(row);
}
