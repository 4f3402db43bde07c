import type { Role } from "../../../common/api.js";
import { hashPassword, passwordProblem, timingDummyHash, verifyPassword } from "../../auth/passwords.js";
import type { SessionUser } from "../../auth/types.js";
import type { Db } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import { AppError, isUniqueViolation } from "../../http/errors.js";
import { writeAudit } from "../audit/index.js";
import type { ProfileInput, RegisterInput } from "./schema.js";

const sessionUserFields = { id: true, email: true, name: true, role: true, locale: true, createdAt: true } as const;

async function assertStrong(password: string, email: string, field = "password", name?: string): Promise<void> {
  const problem = await passwordProblem(password, email, name);
  if (problem) throw new AppError("WEAK_PASSWORD", { fields: [{ path: field, reason: problem }] });
}

/** Creates a member account. A taken email is EMAIL_TAKEN, decided by the unique index. */
export async function registerUser(db: Db, input: RegisterInput, role: Role = "member"): Promise<SessionUser> {
  await assertStrong(input.password, input.email, "password", input.name);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, role, locale: input.locale ?? "ar" },
      select: sessionUserFields,
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) {
      throw new AppError("EMAIL_TAKEN", { fields: [{ path: "email", reason: "taken" }] });
    }
    throw error;
  }
}

/** The user whose email and password match, or undefined; takes as long whether the email exists or not. */
export async function authenticate(db: Db, email: string, password: string): Promise<SessionUser | undefined> {
  const row = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!row) {
    await verifyPassword(await timingDummyHash(), password);
    return undefined;
  }
  if (!(await verifyPassword(row.passwordHash, password))) return undefined;
  const { passwordHash: _hash, updatedAt: _updated, ...user } = row;
  return user;
}

export function findSessionUser(db: Db, id: string): Promise<SessionUser | null> {
  return db.user.findUnique({ where: { id }, select: sessionUserFields });
}

/** Changes the actor's own display name or language (names show on associations' public pages). */
export function updateProfile(db: Db, actor: SessionUser, input: ProfileInput): Promise<SessionUser> {
  return inTransaction(db, async (tx) => {
    publishAfterCommit(tx, { type: "user:profile-changed", stale: ["associations"] });
    return tx.user.update({ where: { id: actor.id }, data: input, select: sessionUserFields });
  });
}

/** Changes the actor's password after checking the current one; other sessions are ended. */
export async function changePassword(
  db: Db,
  actor: SessionUser,
  input: { currentPassword: string; newPassword: string },
  keepSessionId: string,
): Promise<void> {
  const row = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID_CREDENTIALS", { fields: [{ path: "currentPassword", reason: "incorrect" }] });
  }
  await assertStrong(input.newPassword, actor.email, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction([
    db.user.update({ where: { id: actor.id }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId: actor.id, sid: { not: keepSessionId } } }),
  ]);
}

/**
 * Creates an admin account, or promotes an existing one (its password is kept unless `resetPassword`).
 * The change of role is audited (actor: the system, since it comes from the command line).
 */
export async function ensureAdmin(
  db: Db,
  input: { email: string; password: string; name?: string; resetPassword?: boolean },
): Promise<{ user: SessionUser; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email } });
  if (!existing) {
    await assertStrong(input.password, email);
    const passwordHash = await hashPassword(input.password);
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email, name: input.name ?? "مدير المنصة", passwordHash, role: "admin" },
        select: sessionUserFields,
      });
      await writeAudit(tx, {
        actorId: null,
        action: "user.role_changed",
        targetType: "user",
        targetId: created.id,
        data: { from: null, to: "admin" },
      });
      return created;
    });
    return { user, created: true };
  }
  if (input.resetPassword) await assertStrong(input.password, email);
  const passwordHash = input.resetPassword ? await hashPassword(input.password) : undefined;
  const user = await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { email },
      data: { role: "admin", ...(passwordHash ? { passwordHash } : {}) },
      select: sessionUserFields,
    });
    if (existing.role !== "admin") {
      await writeAudit(tx, {
        actorId: null,
        action: "user.role_changed",
        targetType: "user",
        targetId: updated.id,
        data: { from: existing.role, to: "admin" },
      });
    }
    return updated;
  });
  return { user, created: false };
}
