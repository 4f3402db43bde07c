import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DebateDetail, Reply } from "../../common/debates.js";
import type { TestApp } from "../helpers/app.js";
import { newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";

type Person = Awaited<ReturnType<typeof newMember>>;

describe.skipIf(!postgresAvailable())("debates under concurrency (PostgreSQL)", () => {
  let app: TestApp;
  let author: Person;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestPostgres);
    author = await newMember(app, { name: "صاحب النقاش" });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function debateWithReply() {
    const debate = (
      await author.client.post<DebateDetail>("/api/debates", {
        title: "نقاش متزامن",
        bodyMd: "نص",
        categoryId: null,
        associationId: null,
      })
    ).body.data!;
    const reply = (
      await author.client.post<Reply>(`/api/debates/${debate.id}/replies`, {
        parentId: null,
        stance: "for",
        bodyMd: "حجة",
        quoteOfId: null,
        associationId: null,
      })
    ).body.data!;
    return { debate, reply };
  }

  it("keeps one endorsement when the same person endorses twice at once", async () => {
    const { reply } = await debateWithReply();
    const person = await newMember(app, { name: "مؤيد" });
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => person.client.put(`/api/debates/replies/${reply.id}/endorsement`, {})),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error?.code === "ALREADY_ENDORSED")).toBe(true);
    expect(await app.db.debateEndorsement.count({ where: { replyId: reply.id } })).toBe(1);
    const row = await app.db.debateReply.findUniqueOrThrow({ where: { id: reply.id } });
    expect(row.endorsementCount).toBe(1);
  });

  it("counts every endorsement when many people endorse at once", async () => {
    const { reply } = await debateWithReply();
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => newMember(app, { name: `مؤيد ${i}` })));
    const answers = await Promise.all(
      people.map((p) => p.client.put(`/api/debates/replies/${reply.id}/endorsement`, {})),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const row = await app.db.debateReply.findUniqueOrThrow({ where: { id: reply.id } });
    expect(row.endorsementCount).toBe(6);
    expect(await app.db.debateEndorsement.count({ where: { replyId: reply.id } })).toBe(6);
  });

  it("keeps one open flag when the same person flags twice at once", async () => {
    const { reply } = await debateWithReply();
    const person = await newMember(app, { name: "مبلغ" });
    const answers = await Promise.all(
      Array.from({ length: 3 }, () =>
        person.client.post(`/api/debates/replies/${reply.id}/flags`, { reason: "إساءة" }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(await app.db.debateFlag.count({ where: { targetId: reply.id, status: "open" } })).toBe(1);
  });

  it("gives replies written at once distinct places in the tree", async () => {
    const { debate, reply } = await debateWithReply();
    const people = await Promise.all(Array.from({ length: 5 }, (_, i) => newMember(app, { name: `محاور ${i}` })));
    const answers = await Promise.all(
      people.map((p) =>
        p.client.post<Reply>(`/api/debates/${debate.id}/replies`, {
          parentId: reply.id,
          stance: "against",
          bodyMd: "رد متزامن",
          quoteOfId: null,
          associationId: null,
        }),
      ),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    const rows = await app.db.debateReply.findMany({ where: { debateId: debate.id } });
    expect(new Set(rows.map((r) => r.seq)).size).toBe(6);
    expect(new Set(rows.map((r) => r.path)).size).toBe(6);
    const parent = await app.db.debateReply.findUniqueOrThrow({ where: { id: reply.id } });
    expect(parent.childCount).toBe(5);
    const stored = await app.db.debate.findUniqueOrThrow({ where: { id: debate.id } });
    expect(stored.replyCount).toBe(6);
  });
});
