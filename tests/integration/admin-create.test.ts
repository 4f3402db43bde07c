import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../server/auth/passwords.js";
import type { Database } from "../../server/db/adapters.js";
import { createPrisma, type Db } from "../../server/db/client.js";
import { ensureAdmin, registerUser } from "../../server/modules/users/service.js";
import { strongPassword, uniqueEmail } from "../helpers/api-client.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("npm run admin:create (ensureAdmin)", () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await openTestEmbedded();
    db = createPrisma(database);
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.close();
  });

  it("creates an admin and audits the role", async () => {
    const email = uniqueEmail("admin");
    const { user, created } = await ensureAdmin(db, { email, password: strongPassword });
    expect(created).toBe(true);
    expect(user.role).toBe("admin");
    const audit = await db.auditEntry.findMany({ where: { targetId: user.id, action: "user.role_changed" } });
    expect(audit).toHaveLength(1);
  });

  it("promotes an existing member, keeping the password unless asked, and audits it", async () => {
    const email = uniqueEmail("member");
    const member = await registerUser(db, { email, name: "عضو", password: strongPassword });
    const { user, created } = await ensureAdmin(db, { email, password: "ignored-password-1" });
    expect(created).toBe(false);
    expect(user.role).toBe("admin");
    const row = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(await verifyPassword(row.passwordHash, strongPassword)).toBe(true);
    expect(await db.auditEntry.count({ where: { targetId: member.id, action: "user.role_changed" } })).toBe(1);
  });

  it("refuses a weak password for a new admin and creates nothing", async () => {
    const email = uniqueEmail("weak");
    await expect(ensureAdmin(db, { email, password: "short" })).rejects.toMatchObject({ code: "WEAK_PASSWORD" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
