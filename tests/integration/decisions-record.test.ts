import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENESIS_HASH } from "../../common/decisions.js";
import { inTransaction } from "../../server/db/transaction.js";
import { recordDecision } from "../../server/modules/decisions/index.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { openTestEmbedded } from "../helpers/db.js";

const decision = (title: string) => ({
  kind: "manual" as const,
  title,
  textMd: "يقرر المنتدى **اعتماد** النص.",
  decidedAt: new Date("2026-03-14T10:00:00Z"),
  outcome: "adopted",
  links: [],
});

describe("recording a decision", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(await openTestEmbedded());
  });
  afterAll(async () => {
    await app?.close();
  });

  it("numbers records per year without gaps and links each to the one before", async () => {
    const first = await inTransaction(app.db, (tx) => recordDecision(tx, decision("القرار الأول")));
    // A transaction that rolls back takes no number.
    await expect(
      inTransaction(app.db, async (tx) => {
        await recordDecision(tx, decision("قرار لم يتم"));
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const second = await inTransaction(app.db, (tx) => recordDecision(tx, decision("القرار الثاني")));
    const year = new Date().getFullYear();
    expect(first.number).toBe(`${year}/001`);
    expect(second.number).toBe(`${year}/002`);
    const rows = await app.db.decisionRecord.findMany({ orderBy: { position: "asc" } });
    expect(rows.map((row) => row.position)).toEqual([1, 2]);
    expect(rows[0]?.previousHash).toBe(GENESIS_HASH);
    expect(rows[1]?.previousHash).toBe(rows[0]?.hash);
  });

  it("records a vote once, however often its close asks", async () => {
    const input = { ...decision("نتيجة تصويت"), kind: "vote" as const, voteId: "vote-1" };
    const a = await inTransaction(app.db, (tx) => recordDecision(tx, input));
    const b = await inTransaction(app.db, (tx) => recordDecision(tx, input));
    expect(b).toEqual(a);
    expect(await app.db.decisionRecord.count({ where: { voteId: "vote-1" } })).toBe(1);
  });

  it("refuses to change or remove a record, in the database itself", async () => {
    await expect(app.db.$executeRawUnsafe(`UPDATE decision_records SET title = 'x'`)).rejects.toThrow(/append-only/);
    await expect(app.db.$executeRawUnsafe(`DELETE FROM decision_records`)).rejects.toThrow(/append-only/);
    await expect(app.db.$executeRawUnsafe(`TRUNCATE decision_records`)).rejects.toThrow(/append-only/);
  });
});
