import type { AssociationMember, MemberRole } from "../../../common/associations.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import type { Association } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { writeAudit } from "../audit/index.js";
import { countRepresentatives, readAssociation, resourceOf, withAssociation } from "./access.js";
import { memberAbilities } from "./policy.js";

/** The internal list of an association, representatives first, each line with what `actor` may do to that person. */
export async function loadMembers(db: Db | Tx, actor: Actor, association: Association): Promise<AssociationMember[]> {
  const [rows, delegate] = await Promise.all([
    db.associationMember.findMany({
      where: { associationId: association.id },
      include: { user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ role: "desc" }, { joinedAt: "asc" }],
    }),
    db.associationDelegate.findUnique({ where: { associationId: association.id } }),
  ]);
  // The reader's place as the list now stands (a change just made may have been to their own line).
  const own = rows.find((row) => row.userId === actor.id) ?? null;
  const resource = resourceOf(association, own, new Date());
  const representatives = rows.filter((row) => row.role === "representative").length;
  return rows.map((row) => {
    const isPrimaryDelegate = delegate?.userId === row.userId;
    return {
      userId: row.userId,
      name: row.user.name,
      email: row.user.email,
      role: row.role,
      isPrimaryDelegate,
      joinedAt: row.joinedAt.toISOString(),
      abilities: memberAbilities(actor, resource, {
        userId: row.userId,
        role: row.role,
        isPrimaryDelegate,
        representatives,
      }),
    };
  });
}

/** Its representatives (and admins, read-only) read an association's list. */
export async function listMembers(db: Db, actor: Actor, ref: string): Promise<AssociationMember[]> {
  const { association } = await readAssociation(db, actor, ref, "read_private");
  return loadMembers(db, actor, association);
}

/**
 * A representative makes a member a representative or the reverse. At most `maxRepresentatives`
 * (REPRESENTATIVE_LIMIT); the primary delegate and the last representative stay representatives.
 */
export function setMemberRole(
  db: Db,
  actor: Actor,
  ref: string,
  input: { userId: string; role: MemberRole; maxRepresentatives: number },
): Promise<AssociationMember[]> {
  return withAssociation(db, actor, ref, "act", async (tx, { association }) => {
    const key = { associationId_userId: { associationId: association.id, userId: input.userId } };
    const target = await tx.associationMember.findUnique({ where: key });
    if (!target) throw new AppError("NOT_FOUND");
    if (target.role === input.role) return loadMembers(tx, actor, association);
    const representatives = await countRepresentatives(tx, association.id);
    if (input.role === "representative" && representatives >= input.maxRepresentatives) {
      throw new AppError("REPRESENTATIVE_LIMIT", { max: input.maxRepresentatives });
    }
    if (input.role === "member") {
      const delegate = await tx.associationDelegate.findUnique({ where: { associationId: association.id } });
      if (delegate?.userId === input.userId) throw new AppError("INVALID_STATE", { reason: "primary_delegate" });
      if (representatives <= 1) throw new AppError("INVALID_STATE", { reason: "last_representative" });
    }
    await tx.associationMember.update({ where: key, data: { role: input.role } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "member.role_changed",
      targetType: "user",
      targetId: input.userId,
      associationId: association.id,
      data: { from: target.role, to: input.role },
    });
    return loadMembers(tx, actor, association);
  });
}

/**
 * A representative removes someone from the list, or a person leaves (allowed even while the
 * association is suspended). Never the primary delegate nor the last representative: name another first.
 */
export function removeMember(db: Db, actor: Actor, ref: string, userId: string): Promise<AssociationMember[]> {
  const leaving = userId === actor.id;
  return withAssociation(db, actor, ref, leaving ? "leave" : "act", async (tx, { association }) => {
    const key = { associationId_userId: { associationId: association.id, userId } };
    const target = await tx.associationMember.findUnique({ where: key });
    if (!target) throw new AppError("NOT_FOUND");
    const delegate = await tx.associationDelegate.findUnique({ where: { associationId: association.id } });
    if (delegate?.userId === userId) throw new AppError("INVALID_STATE", { reason: "primary_delegate" });
    if (target.role === "representative" && (await countRepresentatives(tx, association.id)) <= 1) {
      throw new AppError("INVALID_STATE", { reason: "last_representative" });
    }
    await tx.associationMember.delete({ where: key });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "member.removed",
      targetType: "user",
      targetId: userId,
      associationId: association.id,
      data: { role: target.role, left: leaving },
    });
    return leaving ? [] : loadMembers(tx, actor, association);
  });
}
