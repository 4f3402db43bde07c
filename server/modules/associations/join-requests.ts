import type { JoinRequest, JoinRequestStatus } from "../../../common/associations.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { writeAudit } from "../audit/index.js";
import { resourceOf, withAssociation } from "./access.js";
import { type AssociationResource, joinRequestAbilities } from "./policy.js";

type Row = Prisma.JoinRequestGetPayload<{ include: { user: { select: { id: true; name: true } } } }>;

/** A join request as `actor` sees it (`resource`: the association and their place in it). */
function presentJoinRequest(row: Row, actor: Actor, resource: AssociationResource): JoinRequest {
  return {
    id: row.id,
    status: row.status,
    message: row.message,
    user: { id: row.user.id, name: row.user.name },
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    abilities: joinRequestAbilities(actor, resource, row.status),
  };
}

const withUser = { user: { select: { id: true, name: true } } } as const;

/** A logged-in person asks to join an active association. CONFLICT when already a member or asking. */
export function requestToJoin(db: Db, actor: Actor, ref: string, message: string | undefined): Promise<JoinRequest> {
  return withAssociation(db, actor, ref, "request_join", async (tx, { association, membership, now }) => {
    const pending = await tx.joinRequest.findFirst({
      where: { associationId: association.id, userId: actor.id, status: "pending" },
    });
    if (pending) throw new AppError("CONFLICT", { reason: "already_requested" });
    const row = await tx.joinRequest.create({
      data: { associationId: association.id, userId: actor.id, message: message ?? null, createdAt: now },
      include: withUser,
    });
    return presentJoinRequest(row, actor, resourceOf(association, membership, now));
  });
}

/** The association's join requests (representatives), newest first. */
export function listJoinRequests(
  db: Db,
  actor: Actor,
  ref: string,
  status: JoinRequestStatus | undefined,
): Promise<JoinRequest[]> {
  return withAssociation(db, actor, ref, "act", async (tx, { association, membership, now }) => {
    const rows = await tx.joinRequest.findMany({
      where: { associationId: association.id, ...(status ? { status } : {}) },
      include: withUser,
      orderBy: { createdAt: "desc" },
    });
    const resource = resourceOf(association, membership, now);
    return rows.map((row) => presentJoinRequest(row, actor, resource));
  });
}

/** A representative approves (the person becomes a member) or rejects a pending join request. */
export function decideJoinRequest(
  db: Db,
  actor: Actor,
  ref: string,
  requestId: string,
  decision: "approved" | "rejected",
): Promise<JoinRequest> {
  return withAssociation(db, actor, ref, "act", async (tx, { association, membership, now }) => {
    const row = await tx.joinRequest.findFirst({ where: { id: requestId, associationId: association.id } });
    if (!row) throw new AppError("NOT_FOUND");
    const decided = await tx.joinRequest.updateMany({
      where: { id: row.id, status: "pending" },
      data: { status: decision, decidedAt: now, decidedById: actor.id },
    });
    if (decided.count !== 1) throw new AppError("INVALID_STATE", { status: row.status });
    if (decision === "approved") {
      await tx.associationMember.upsert({
        where: { associationId_userId: { associationId: association.id, userId: row.userId } },
        create: { associationId: association.id, userId: row.userId, role: "member", joinedAt: now },
        update: {},
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: decision === "approved" ? "join_request.approved" : "join_request.rejected",
      targetType: "join_request",
      targetId: row.id,
      associationId: association.id,
      data: { userId: row.userId },
    });
    const decidedRow = await tx.joinRequest.findUniqueOrThrow({ where: { id: row.id }, include: withUser });
    return presentJoinRequest(decidedRow, actor, resourceOf(association, membership, now));
  });
}
