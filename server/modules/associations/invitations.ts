import { createHash, randomBytes } from "node:crypto";
import type {
  Invitation,
  InvitationCreated,
  InvitationPreview,
  InvitationStatus,
  MyAssociation,
} from "../../../common/associations.js";
import { associationLimits } from "../../../common/associations.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import type { Invitation as InvitationRow } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import type { Logger } from "../../logger.js";
import { queueEmail } from "../../mail/outbox.js";
import { writeAudit } from "../audit/index.js";
import { lockAssociation, resourceOf, withAssociation } from "./access.js";
import { listMyAssociations } from "./directory.js";
import { type AssociationResource, invitationAbilities } from "./policy.js";
import { associationInclude, presentSummary } from "./presenter.js";
import { effectiveStatus } from "./status.js";

const DAY = 24 * 60 * 60 * 1000;

/** Only this hash of an invitation token is stored; the token itself travels in the link only. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function invitationStatus(row: InvitationRow, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

/** An invitation as its association's list shows it to `actor` (`resource`: the association and their place in it). */
function presentInvitation(
  row: InvitationRow & { invitedBy: { id: string; name: string } },
  actor: Actor,
  resource: AssociationResource,
): Invitation {
  const status = invitationStatus(row);
  return {
    id: row.id,
    email: row.email,
    status,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    invitedBy: { id: row.invitedBy.id, name: row.invitedBy.name },
    abilities: invitationAbilities(actor, resource, status),
  };
}

/**
 * A representative invites a person by email. The email (with the link) goes to the outbox in the
 * same transaction; the answer carries the link too, so it can be shared another way. CONFLICT when
 * the person is already a member or already has a pending invitation.
 */
export async function inviteMember(
  db: Db,
  actor: Actor,
  ref: string,
  input: { email: string; siteUrl: string; log?: Logger },
): Promise<InvitationCreated> {
  const token = randomBytes(32).toString("base64url");
  const link = `${input.siteUrl.replace(/\/+$/, "")}/invitations/${token}`;
  return withAssociation(db, actor, ref, "act", async (tx, { association, membership, now }) => {
    const existingMember = await tx.associationMember.findFirst({
      where: { associationId: association.id, user: { email: input.email } },
    });
    if (existingMember) throw new AppError("CONFLICT", { reason: "already_member" });
    const pending = await tx.invitation.findFirst({
      where: {
        associationId: association.id,
        email: input.email,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
    });
    if (pending) throw new AppError("CONFLICT", { reason: "already_invited" });
    const row = await tx.invitation.create({
      data: {
        associationId: association.id,
        email: input.email,
        tokenHash: hashToken(token),
        invitedById: actor.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + associationLimits.invitationDays * DAY),
      },
      include: { invitedBy: { select: { id: true, name: true } } },
    });
    await queueEmail(tx, input.log, {
      to: input.email,
      subject: `دعوة للانضمام إلى ${association.nameAr} على منصة تشاور`,
      text: [
        `دعاك ${row.invitedBy.name} للانضمام إلى «${association.nameAr}» على منصة تشاور.`,
        `لقبول الدعوة، افتح هذا الرابط (صالح لمدة ${associationLimits.invitationDays} يوما ولمرة واحدة):`,
        link,
        "",
        `${row.invitedBy.name} vous invite à rejoindre « ${association.nameFr ?? association.nameAr} » sur Tashawur :`,
        link,
      ].join("\n"),
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "invitation.created",
      targetType: "invitation",
      targetId: row.id,
      associationId: association.id,
      data: { email: input.email },
    });
    return { invitation: presentInvitation(row, actor, resourceOf(association, membership, now)), link };
  });
}

/** The association's invitations, newest first (representatives). */
export function listInvitations(db: Db, actor: Actor, ref: string): Promise<Invitation[]> {
  return withAssociation(db, actor, ref, "act", async (tx, { association, membership, now }) => {
    const rows = await tx.invitation.findMany({
      where: { associationId: association.id },
      include: { invitedBy: { select: { id: true, name: true } } },
      orderBy: { createdAt: "desc" },
    });
    const resource = resourceOf(association, membership, now);
    return rows.map((row) => presentInvitation(row, actor, resource));
  });
}

/** A representative revokes a pending invitation; its link stops working. */
export function revokeInvitation(db: Db, actor: Actor, ref: string, invitationId: string): Promise<Invitation> {
  return withAssociation(db, actor, ref, "act", async (tx, { association, membership, now }) => {
    const row = await tx.invitation.findFirst({ where: { id: invitationId, associationId: association.id } });
    if (!row) throw new AppError("NOT_FOUND");
    if (invitationStatus(row, now) !== "pending") {
      throw new AppError("INVALID_STATE", { status: invitationStatus(row, now) });
    }
    const revoked = await tx.invitation.update({
      where: { id: row.id },
      data: { revokedAt: now },
      include: { invitedBy: { select: { id: true, name: true } } },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: row.id,
      associationId: association.id,
      data: { email: row.email },
    });
    return presentInvitation(revoked, actor, resourceOf(association, membership, now));
  });
}

/** What the invitee sees before accepting (anyone holding the link). */
export async function previewInvitation(db: Db, token: string): Promise<InvitationPreview> {
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { invitedBy: { select: { id: true, name: true } }, association: { include: associationInclude } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return {
    association: presentSummary(row.association),
    email: row.email,
    status: invitationStatus(row),
    expiresAt: row.expiresAt.toISOString(),
    invitedBy: { id: row.invitedBy.id, name: row.invitedBy.name },
  };
}

const refusal: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: "used",
  revoked: "revoked",
  expired: "expired",
};

/**
 * The invited person accepts: they become a member. The link works once (a conditional update marks
 * it used), before it expires, unless revoked, and only for the account with the invited email.
 */
export async function acceptInvitation(
  db: Db,
  actor: Actor & { email: string },
  token: string,
): Promise<MyAssociation> {
  const associationId = await inTransaction(db, async (tx) => {
    const found = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!found) throw new AppError("NOT_FOUND");
    await lockAssociation(tx, found.associationId);
    const row = await tx.invitation.findUniqueOrThrow({ where: { id: found.id } });
    const association = await tx.association.findUniqueOrThrow({ where: { id: row.associationId } });
    const now = new Date();
    const status = invitationStatus(row, now);
    if (status !== "pending") throw new AppError("INVALID_STATE", { reason: refusal[status] });
    if (row.email !== actor.email.toLowerCase()) throw new AppError("FORBIDDEN", { reason: "email_mismatch" });
    const associationStatus = effectiveStatus(association, now);
    if (associationStatus === "suspended") throw new AppError("ASSOCIATION_SUSPENDED");
    if (associationStatus !== "active" && associationStatus !== "pending") {
      throw new AppError("INVALID_STATE", { status: associationStatus });
    }
    const membership = await tx.associationMember.findUnique({
      where: { associationId_userId: { associationId: association.id, userId: actor.id } },
    });
    if (membership) throw new AppError("CONFLICT", { reason: "already_member" });
    const used = await tx.invitation.updateMany({
      where: { id: row.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now, acceptedById: actor.id },
    });
    if (used.count !== 1) throw new AppError("INVALID_STATE", { reason: "used" });
    await tx.associationMember.create({
      data: { associationId: association.id, userId: actor.id, role: "member", joinedAt: now },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "member.joined",
      targetType: "user",
      targetId: actor.id,
      associationId: association.id,
      data: { via: "invitation", invitationId: row.id },
    });
    return association.id;
  });
  const mine = await listMyAssociations(db, actor);
  return mine.find((entry) => entry.association.id === associationId)!;
}
