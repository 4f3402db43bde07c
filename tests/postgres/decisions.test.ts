import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENESIS_HASH } from "../../common/decisions.js";
import { inTransaction } from "../../server/db/transaction.js";
import { recordDecision } from "../../server/modules/decisions/index.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";

describe.skipIf(!postgresAvailable())("the register under concurrency (PostgreSQL)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(openTestPostgres());
  });
  afterAll(async () => {
    await app?.close();
  });

  it("gives decisions recorded at once distinct, consecutive numbers and one unbroken chain", async () => {
    const before = await app.db.decisionRecord.count();
    const count = 24;
    const results = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        inTransaction(app.db, async (tx) => {
          // Some work before the append, so that the transactions overlap.
          await tx.$executeRawUnsafe("SELECT pg_sleep(0.01)");
          return recordDecision(tx, {
            kind: "manual",
            title: `قرار متزامن ${i + 1}`,
            textMd: "نص",
            decidedAt: new Date(),
            outcome: "adopted",
            links: [],
          });
        }),
      ),
    );
    expect(new Set(results.map((r) => r.number)).size).toBe(count);
    const rows = await app.db.decisionRecord.findMany({ orderBy: { position: "asc" } });
    expect(rows).toHaveLength(before + count);
    rows.forEach((row, i) => {
      expect(row.position).toBe(i + 1);
      expect(row.previousHash).toBe(i === 0 ? GENESIS_HASH : rows[i - 1]?.hash);
    });
    const ofYear = rows.filter((row) => row.year === rows.at(-1)?.year).map((row) => row.seq);
    expect(ofYear).toEqual(ofYear.map((_, i) => i + 1));
  });
});
