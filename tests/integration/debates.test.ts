import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DebateCategory,
  DebateDetail,
  DebatePage,
  EndorsementState,
  FlagPage,
  Reply,
  ReplyBranch,
  ReplyNode,
  RevisionList,
} from "../../common/debates.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, newMember, startAssociationsApp, unique } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";

type Person = Awaited<ReturnType<typeof newMember>>;

describe("debates (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;
  let alice: Person;
  let badr: Person;
  let moderator: Person;
  let category: DebateCategory;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
    alice = await newMember(app, { name: "عائشة" });
    badr = await newMember(app, { name: "بدر" });
    moderator = await newMember(app, { name: "مشرفة", role: "moderator" });
    const created = await admin.post<DebateCategory>("/api/admin/debates/categories", {
      slug: `citizenship-${unique()}`.toLowerCase(),
      nameAr: "المواطنة والمشاركة",
      descriptionAr: "نقاشات حول المشاركة المواطنة",
    });
    expect(created.status).toBe(201);
    category = created.body.data!;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function debate(author: Person = alice, title = "كيف نوسع المشاركة المواطنة؟") {
    const created = await author.client.post<DebateDetail>("/api/debates", {
      title,
      bodyMd: "نص **النقاش** مع رابط https://example.org",
      categoryId: category.id,
      tags: ["المواطنة", "Participation"],
      associationId: null,
    });
    expect(created.status).toBe(201);
    return created.body.data!;
  }

  async function reply(person: Person, debateId: string, parentId: string | null, stance = "for", bodyMd = "رأيي") {
    const answer = await person.client.post<Reply>(`/api/debates/${debateId}/replies`, {
      parentId,
      stance,
      bodyMd,
      quoteOfId: null,
      associationId: null,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body.data!;
  }

  const page = (client: ApiClient, id: string) => client.get<DebatePage>(`/api/debates/${id}`);

  it("opens a debate with rendered, sanitised Markdown, tags and abilities", async () => {
    const d = await debate();
    expect(d.bodyHtml).toContain("<strong>النقاش</strong>");
    expect(d.bodyHtml).toContain('rel="noopener noreferrer nofollow ugc"');
    expect(d.bodyHtml).toContain('dir="auto"');
    expect(d.tags).toEqual(["participation", "المواطنة"]);
    expect(d.abilities).toMatchObject({ edit: true, reply: true, lock: false, hide: false, close: true });
    const listed = await new ApiClient(app.url).get<{ items: { id: string }[] }>(
      `/api/debates?category=${category.slug}&sort=newest`,
    );
    expect(listed.body.data!.items.map((item) => item.id)).toContain(d.id);
    const categories = await new ApiClient(app.url).get<{ items: DebateCategory[] }>("/api/debates/categories");
    expect(categories.body.data!.items.find((c) => c.id === category.id)?.debateCount).toBeGreaterThan(0);
  });

  it("nests replies to any depth and reads a branch in one answer", async () => {
    const d = await debate();
    const top = await reply(badr, d.id, null, "for");
    let parent = top;
    for (let i = 0; i < 12; i += 1)
      parent = await reply(i % 2 ? alice : badr, d.id, parent.id, i % 2 ? "against" : "question");
    expect(parent.depth).toBe(12);
    const first = await page(new ApiClient(app.url), d.id);
    const node = first.body.data!.replies.items[0]!;
    expect(node.id).toBe(top.id);
    expect(node.childCount).toBe(1);
    expect(node.children[0]!.depth).toBe(1);
    expect(node.children[0]!.children).toEqual([]);
    const branch = await alice.client.get<ReplyBranch>(`/api/debates/replies/${top.id}`);
    let depth = 0;
    let cursor: ReplyNode | undefined = branch.body.data!.root;
    while (cursor?.children[0]) {
      cursor = cursor.children[0];
      depth += 1;
    }
    expect(depth).toBe(8);
    expect(branch.body.data!.truncated).toBe(true);
    const deep = await alice.client.get<ReplyBranch>(`/api/debates/replies/${parent.id}`);
    expect(deep.body.data!.ancestors.map((a) => a.depth)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("pages top-level replies after the first fifty, and replies under a reply", async () => {
    const d = await debate();
    const tops: Reply[] = [];
    for (let i = 0; i < 53; i += 1) tops.push(await reply(i % 2 ? alice : badr, d.id, null, "neutral", `رد ${i}`));
    for (let i = 0; i < 5; i += 1) await reply(alice, d.id, tops[0]!.id, "for", `فرع ${i}`);
    const first = await page(new ApiClient(app.url), d.id);
    expect(first.body.data!.replies.total).toBe(53);
    expect(first.body.data!.replies.items.map((r) => r.id)).toEqual(tops.slice(0, 50).map((r) => r.id));
    expect(first.body.data!.replies.items[0]!.children).toHaveLength(3);
    const second = await new ApiClient(app.url).get<{ items: ReplyNode[]; total: number }>(
      `/api/debates/${d.id}/replies?page=2`,
    );
    expect(second.body.data!.items.map((r) => r.id)).toEqual(tops.slice(50).map((r) => r.id));
    const children = await new ApiClient(app.url).get<{ items: ReplyNode[]; total: number }>(
      `/api/debates/${d.id}/replies?parent=${tops[0]!.id}&pageSize=2&page=2`,
    );
    expect(children.body.data!.total).toBe(5);
    expect(children.body.data!.items.map((r) => r.bodyMd)).toEqual(["فرع 2", "فرع 3"]);
  });

  it("summarises stances and the most-endorsed argument on each side; endorsing twice is refused", async () => {
    const d = await debate();
    const pro = await reply(badr, d.id, null, "for", "حجة مؤيدة");
    const pro2 = await reply(badr, d.id, null, "for", "حجة مؤيدة ثانية");
    const con = await reply(alice, d.id, null, "against", "حجة معارضة");
    await reply(alice, d.id, null, "question", "سؤال");
    const endorsed = await alice.client.put<EndorsementState>(`/api/debates/replies/${pro2.id}/endorsement`, {});
    expect(endorsed.body.data).toEqual({ replyId: pro2.id, endorsementCount: 1, endorsed: true });
    await moderator.client.put(`/api/debates/replies/${pro2.id}/endorsement`, {});
    await moderator.client.put(`/api/debates/replies/${con.id}/endorsement`, {});
    const before = await databaseFingerprint(app.db);
    const twice = await alice.client.put(`/api/debates/replies/${pro2.id}/endorsement`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error?.code).toBe("ALREADY_ENDORSED");
    const own = await badr.client.put(`/api/debates/replies/${pro.id}/endorsement`, {});
    expect(own.body.error?.code).toBe("FORBIDDEN");
    expect(await databaseFingerprint(app.db)).toEqual(before);
    const read = (await page(alice.client, d.id)).body.data!;
    expect(read.summary.counts).toEqual({ for: 2, against: 1, neutral: 0, question: 1 });
    expect(read.summary.topFor?.id).toBe(pro2.id);
    expect(read.summary.topFor?.endorsementCount).toBe(2);
    expect(read.summary.topAgainst?.id).toBe(con.id);
    expect(read.replies.items.find((r) => r.id === pro2.id)?.endorsed).toBe(true);
    expect(read.replies.items.find((r) => r.id === con.id)?.endorsed).toBe(false);
  });

  it("refuses empty and over-long bodies, with nothing written", async () => {
    const d = await debate();
    const before = await databaseFingerprint(app.db);
    const empty = await badr.client.post(`/api/debates/${d.id}/replies`, {
      parentId: null,
      stance: "for",
      bodyMd: "   \n ",
      quoteOfId: null,
      associationId: null,
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error?.code).toBe("VALIDATION_FAILED");
    const long = await badr.client.post(`/api/debates/${d.id}/replies`, {
      parentId: null,
      stance: "for",
      bodyMd: "ب".repeat(50_001),
      quoteOfId: null,
      associationId: null,
    });
    expect(long.status).toBe(422);
    expect(long.body.error?.code).toBe("BODY_TOO_LONG");
    expect(await databaseFingerprint(app.db)).toEqual(before);
    const exact = await badr.client.post(`/api/debates/${d.id}/replies`, {
      parentId: null,
      stance: "for",
      bodyMd: "ب".repeat(50_000),
      quoteOfId: null,
      associationId: null,
    });
    expect(exact.status).toBe(201);
  });

  it("keeps revisions anyone can read, and a deleted reply keeps its place in the tree", async () => {
    const d = await debate();
    const parent = await reply(badr, d.id, null, "for", "النص الأول");
    const child = await reply(alice, d.id, parent.id, "against", "رد على الرد");
    const edited = await badr.client.patch<Reply>(`/api/debates/replies/${parent.id}`, { bodyMd: "النص المعدل" });
    expect(edited.body.data!.editedAt).not.toBeNull();
    const revisions = await new ApiClient(app.url).get<RevisionList>(`/api/debates/replies/${parent.id}/revisions`);
    expect(revisions.body.data!.items.map((r) => r.bodyMd)).toEqual(["النص المعدل", "النص الأول"]);
    const notMine = await alice.client.patch(`/api/debates/replies/${parent.id}`, { bodyMd: "تعديل غيري" });
    expect(notMine.body.error?.code).toBe("FORBIDDEN");
    const deleted = await badr.client.delete<Reply>(`/api/debates/replies/${parent.id}`);
    expect(deleted.body.data!.state).toBe("deleted");
    const read = (await page(new ApiClient(app.url), d.id)).body.data!;
    const node = read.replies.items.find((r) => r.id === parent.id)!;
    expect(node).toMatchObject({ state: "deleted", bodyMd: "", bodyHtml: "", author: null });
    expect(node.children.map((c) => c.id)).toEqual([child.id]);
    const debateEdit = await alice.client.patch<DebateDetail>(`/api/debates/${d.id}`, { title: "عنوان جديد للنقاش" });
    expect(debateEdit.body.data!.title).toBe("عنوان جديد للنقاش");
    const debateRevisions = await badr.client.get<RevisionList>(`/api/debates/${d.id}/revisions`);
    expect(debateRevisions.body.data!.items.map((r) => r.title)).toEqual(["عنوان جديد للنقاش", d.title]);
  });

  it("lets only moderators lock, pin, move, hide and set slow mode; a locked or closed debate refuses replies", async () => {
    const d = await debate();
    const r = await reply(badr, d.id, null, "for");
    const before = await databaseFingerprint(app.db);
    for (const [method, path, body] of [
      ["post", `/api/debates/${d.id}/lock`, {}],
      ["post", `/api/debates/${d.id}/pin`, {}],
      ["post", `/api/debates/${d.id}/move`, { categoryId: null }],
      ["post", `/api/debates/${d.id}/hide`, { reason: "سبب" }],
      ["put", `/api/debates/${d.id}/slow-mode`, { seconds: 30 }],
      ["post", `/api/debates/replies/${r.id}/hide`, { reason: "سبب" }],
      ["get", "/api/moderation/flags", undefined],
    ] as const) {
      const answer =
        method === "get"
          ? await badr.client.get(path)
          : method === "put"
            ? await badr.client.put(path, body)
            : await badr.client.post(path, body);
      expect(answer.status, path).toBe(403);
      expect(answer.body.error?.code).toBe("FORBIDDEN");
    }
    expect(await databaseFingerprint(app.db)).toEqual(before);
    const locked = await moderator.client.post<DebateDetail>(`/api/debates/${d.id}/lock`, {});
    expect(locked.body.data!.status).toBe("locked");
    const refused = await badr.client.post(`/api/debates/${d.id}/replies`, {
      parentId: null,
      stance: "for",
      bodyMd: "رد",
      quoteOfId: null,
      associationId: null,
    });
    expect(refused.body.error?.code).toBe("DEBATE_LOCKED");
    await moderator.client.post(`/api/debates/${d.id}/unlock`, {});
    const closed = await alice.client.post<DebateDetail>(`/api/debates/${d.id}/close`, { conclusionMd: "**الخلاصة**" });
    expect(closed.body.data).toMatchObject({
      status: "closed",
      conclusionHtml: '<p dir="auto"><strong>الخلاصة</strong></p>\n',
    });
    const afterClose = await badr.client.post(`/api/debates/${d.id}/replies`, {
      parentId: r.id,
      stance: "for",
      bodyMd: "رد",
      quoteOfId: null,
      associationId: null,
    });
    expect(afterClose.body.error?.code).toBe("DEBATE_CLOSED");
    const audit = await app.db.auditEntry.findMany({ where: { targetId: d.id }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["debate.locked", "debate.unlocked", "debate.closed"]);
  });

  it("enforces slow mode per person, saying how long to wait", async () => {
    const d = await debate();
    await moderator.client.put(`/api/debates/${d.id}/slow-mode`, { seconds: 600 });
    await reply(badr, d.id, null, "for");
    const second = await badr.client.post(`/api/debates/${d.id}/replies`, {
      parentId: null,
      stance: "for",
      bodyMd: "رد ثان",
      quoteOfId: null,
      associationId: null,
    });
    expect(second.status).toBe(429);
    expect(second.body.error?.code).toBe("SLOW_MODE");
    expect(second.body.error?.details?.retryAfterSeconds).toBeGreaterThan(590);
    await reply(alice, d.id, null, "against");
  });

  it("flags once per person while open; a moderator hides with a reason the author sees and is notified", async () => {
    const d = await debate();
    const r = await reply(badr, d.id, null, "against", "نص مسيء");
    const flagged = await alice.client.post(`/api/debates/replies/${r.id}/flags`, { reason: "إساءة" });
    expect(flagged.status).toBe(201);
    const before = await databaseFingerprint(app.db);
    const twice = await alice.client.post(`/api/debates/replies/${r.id}/flags`, { reason: "إساءة مرة أخرى" });
    expect(twice.body.error?.code).toBe("ALREADY_FLAGGED");
    expect(await databaseFingerprint(app.db)).toEqual(before);
    const queue = await moderator.client.get<FlagPage>("/api/moderation/flags");
    expect(queue.body.data!.items.some((item) => item.target.id === r.id && item.reason === "إساءة")).toBe(true);
    const hidden = await moderator.client.post<Reply>(`/api/debates/replies/${r.id}/hide`, {
      reason: "مخالفة الميثاق",
    });
    expect(hidden.body.data!.state).toBe("hidden");
    const forOthers = (await page(alice.client, d.id)).body.data!.replies.items.find((x) => x.id === r.id)!;
    expect(forOthers).toMatchObject({ state: "hidden", bodyMd: "", hiddenReason: null });
    const forAuthor = (await page(badr.client, d.id)).body.data!.replies.items.find((x) => x.id === r.id)!;
    expect(forAuthor).toMatchObject({ state: "hidden", bodyMd: "نص مسيء", hiddenReason: "مخالفة الميثاق" });
    const notes = await badr.client.get<{ items: { kind: string; data: { decision?: string; reason?: string } }[] }>(
      "/api/notifications",
    );
    expect(notes.body.data!.items[0]).toMatchObject({
      kind: "debate.moderation",
      data: { decision: "hidden", reason: "مخالفة الميثاق" },
    });
    const again = await alice.client.post(`/api/debates/replies/${r.id}/flags`, { reason: "بلاغ جديد" });
    expect(again.status).toBe(201);
  });

  it("notifies the author answered and the people named", async () => {
    const d = await debate(alice);
    const r = await reply(badr, d.id, null, "for", "أوافق");
    const answer = await moderator.client.post<Reply>(`/api/debates/${d.id}/replies`, {
      parentId: r.id,
      stance: "question",
      bodyMd: "سؤال إلى @عائشة حول هذا",
      quoteOfId: r.id,
      associationId: null,
      mentionIds: [alice.user.id],
    });
    expect(answer.body.data!.quote?.id).toBe(r.id);
    const aliceNotes = await alice.client.get<{ items: { kind: string; data: { debate?: { id: string } } }[] }>(
      "/api/notifications",
    );
    const kinds = aliceNotes.body.data!.items.filter((n) => n.data.debate?.id === d.id).map((n) => n.kind);
    expect(kinds.sort()).toEqual(["debate.mention", "debate.reply"]);
    const badrNotes = await badr.client.get<{ items: { kind: string; data: { debate?: { id: string } } }[] }>(
      "/api/notifications",
    );
    expect(badrNotes.body.data!.items.filter((n) => n.data.debate?.id === d.id).map((n) => n.kind)).toEqual([
      "debate.reply",
    ]);
    const agenda = await alice.client.get<{
      items: { kind: string; debate?: { id: string }; replies?: number; mentions?: number }[];
    }>("/api/me/agenda");
    expect(
      agenda.body.data!.items.find((item) => item.kind === "debate_unread" && item.debate?.id === d.id),
    ).toMatchObject({
      replies: 1,
      mentions: 1,
    });
    await alice.client.post(`/api/debates/${d.id}/visit`, {});
    const after = await alice.client.get<{ items: { kind: string; debate?: { id: string } }[] }>("/api/me/agenda");
    expect(after.body.data!.items.some((item) => item.kind === "debate_unread" && item.debate?.id === d.id)).toBe(
      false,
    );
  });

  it("marks replies written since the reader's last visit", async () => {
    const d = await debate(alice);
    const old = await reply(badr, d.id, null, "for", "قديم");
    await alice.client.post(`/api/debates/${d.id}/visit`, {});
    const fresh = await reply(badr, d.id, null, "against", "جديد");
    const read = (await page(alice.client, d.id)).body.data!;
    expect(read.unreadSince).not.toBeNull();
    expect(read.replies.items.find((r) => r.id === old.id)?.unread).toBe(false);
    expect(read.replies.items.find((r) => r.id === fresh.id)?.unread).toBe(true);
  });
});
