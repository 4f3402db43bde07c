import type { Paginated, Role } from "../../../common/api.js";
import type { AdminUserView } from "../../../common/platform-roles.js";
import { type Actor, canPlatform } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { paginate } from "../../http/params.js";
import { escapeLike } from "../../search/like.js";
import { writeAudit } from "../audit/index.js";

/** Accounts, newest first, searched by name or email (admins). */
export async function listUsers(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number; q?: string | undefined; role?: Role | undefined },
): Promise<Paginated<AdminUserView>> {
  if (!canPlatform(actor, "manage_roles")) throw new AppError("FORBIDDEN");
  const where = {
    ...(query.role ? { role: query.role } : {}),
    ...(query.q
      ? {
          OR: [
            // Prisma's contains is a LIKE pattern: `%` and `_` typed here are characters.
            { name: { contains: escapeLike(query.q), mode: "insensitive" as const } },
            { email: { contains: escapeLike(query.q.toLowerCase()) } },
          ],
        }
      : {}),
  };
  return paginate(
    query,
    (window) =>
      db.user.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...window,
        select: { id: true, name: true, email: true, role: true, createdAt: true },
      }),
    () => db.user.count({ where }),
    (row) => ({ ...row, createdAt: row.createdAt.toISOString() }),
  );
}

/**
 * An admin changes a person's platform role (admin, moderator, member), audited in the same
 * transaction. The forum always keeps an admin: the last one cannot be demoted (INVALID_STATE).
 */
export function changePlatformRole(db: Db, actor: Actor, userId: string, role: Role): Promise<AdminUserView> {
  if (!canPlatform(actor, "manage_roles")) throw new AppError("FORBIDDEN");
  return inTransaction(db, async (tx) => {
    // Admin changes queue up, so two admins demoting each other cannot leave the forum without one.
    await tx.$queryRaw`SELECT id FROM users WHERE role = 'admin' FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("NOT_FOUND");
    if (user.role !== role) {
      if (user.role === "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1) {
        throw new AppError("INVALID_STATE", { reason: "last_admin" });
      }
      await tx.user.update({ where: { id: userId }, data: { role } });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "user.role_changed",
        targetType: "user",
        targetId: userId,
        data: { from: user.role, to: role },
      });
    }
    return { id: user.id, name: user.name, email: user.email, role, createdAt: user.createdAt.toISOString() };
  });
}
