import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CharterVersion } from "../../common/charter.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, startAssociationsApp } from "../helpers/associations.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";

describe.skipIf(!postgresAvailable())("database errors under a race (PostgreSQL)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestPostgres);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Waits until a backend of this database waits on a lock held by another transaction. */
  async function someoneWaitsOnALock(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const rows = await app.db.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      if ((rows[0]?.waiting ?? 0) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("no request came to wait on the lock");
  }

  it("answers a unique violation no service anticipated with 409 CONFLICT, not a 500, and keeps one row", async () => {
    if (app.database.kind !== "postgres") throw new Error("unreachable");
    const kind = "internal_rules";
    const last = await app.db.charterVersion.findFirst({ where: { kind }, orderBy: { version: "desc" } });
    const next = (last?.version ?? 0) + 1;
    const auditBefore = await app.db.auditEntry.count({ where: { action: "charter.published" } });
    // Another publisher has taken the next number and not committed yet: the request reads the same
    // last number, tries to insert the same one, and waits on the unique index until the commit.
    const other = await app.database.pool.connect();
    try {
      await other.query("BEGIN");
      await other.query(
        `INSERT INTO charter_versions (id, kind, version, title, body_md, body_html)
         VALUES (gen_random_uuid(), $1, $2, 'نظام داخلي', 'نص', '<p>نص</p>')`,
        [kind, next],
      );
      const racing = admin.post<CharterVersion>("/api/admin/charter/versions", {
        kind,
        title: "نظام داخلي منافس",
        bodyMd: "نص منافس",
      });
      await someoneWaitsOnALock();
      await other.query("COMMIT");
      const answer = await racing;
      expect(answer.status).toBe(409);
      expect(answer.body.error!.code).toBe("CONFLICT");
    } finally {
      other.release();
    }
    expect(await app.db.charterVersion.count({ where: { kind, version: next } })).toBe(1);
    // The loser's audit row went with its transaction.
    expect(await app.db.auditEntry.count({ where: { action: "charter.published" } })).toBe(auditBefore);
  });
});
