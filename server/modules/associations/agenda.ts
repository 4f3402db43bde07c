import type { AgendaAssociation, AgendaItem } from "../../../common/agenda.js";
import { canPlatform } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import { pendingAcceptances } from "../charter/index.js";
import type { AgendaSource } from "../module.js";
import { effectiveStatus } from "./status.js";

const named = { id: true, slug: true, nameAr: true, nameFr: true } as const;

/** Admins: the membership applications waiting for a decision (one count). */
export const reviewAgenda: AgendaSource = async (db, actor) => {
  if (!canPlatform(actor, "review_applications")) return [];
  const count = await db.membershipApplication.count({ where: { status: "under_review" } });
  return count > 0 ? [{ kind: "applications_to_review", count }] : [];
};

/**
 * A person's associations: information an admin asked for, founding texts to accept and join
 * requests to decide (for their representatives), and the invitations sent to their email.
 * Five statements whatever the number of associations.
 */
export const membershipAgenda: AgendaSource = async (db, actor) => {
  const now = new Date();
  const [represented, invitations, delegateRequests] = await Promise.all([
    db.associationMember.findMany({
      where: { userId: actor.id, role: "representative" },
      orderBy: { joinedAt: "asc" },
      select: {
        association: {
          select: {
            ...named,
            status: true,
            suspendedUntil: true,
            application: { select: { id: true, status: true } },
            _count: { select: { joinRequests: { where: { status: "pending" } } } },
          },
        },
      },
    }),
    readInvitations(db, actor.email, now),
    readDelegateRequests(db, actor.id, now),
  ]);
  const acting = represented
    .map((row) => row.association)
    .filter((row) => {
      const status = effectiveStatus(row, now);
      return status === "active" || status === "pending";
    });
  const toAccept = acting.length
    ? await pendingAcceptances(
        db,
        acting.map((row) => row.id),
      )
    : new Map();
  const items: AgendaItem[] = [];
  for (const row of acting) {
    const association: AgendaAssociation = { id: row.id, slug: row.slug, nameAr: row.nameAr, nameFr: row.nameFr };
    if (row.application?.status === "info_requested") {
      items.push({ kind: "information_requested", association, applicationId: row.application.id });
    }
    const versions = toAccept.get(row.id) ?? [];
    if (versions.length > 0) items.push({ kind: "charter_to_accept", association, versions });
    if (row._count.joinRequests > 0) items.push({ kind: "join_requests", association, count: row._count.joinRequests });
  }
  return [...items, ...delegateRequests, ...invitations];
};

/**
 * Pending requests for the primary delegate's office in the associations the person represents, made
 * by someone else: the person may object before they take effect.
 */
async function readDelegateRequests(db: Db, userId: string, now: Date): Promise<AgendaItem[]> {
  const rows = await db.delegateRequest.findMany({
    where: {
      status: "pending",
      effectiveAt: { gt: now },
      requestedById: { not: userId },
      association: { members: { some: { userId, role: "representative" } } },
    },
    orderBy: { effectiveAt: "asc" },
    select: {
      effectiveAt: true,
      association: { select: named },
      candidate: { select: { name: true } },
      requestedBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    kind: "delegate_request",
    association: row.association,
    candidate: row.candidate.name,
    requestedBy: row.requestedBy.name,
    effectiveAt: row.effectiveAt.toISOString(),
  }));
}

/** Open invitations addressed to this email (emails are stored lower-case). */
async function readInvitations(db: Db, email: string, now: Date): Promise<AgendaItem[]> {
  const rows = await db.invitation.findMany({
    where: { email: email.toLowerCase(), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "asc" },
    select: { expiresAt: true, association: { select: named }, invitedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    kind: "invitation",
    association: row.association,
    invitedBy: row.invitedBy.name,
    expiresAt: row.expiresAt.toISOString(),
  }));
}
