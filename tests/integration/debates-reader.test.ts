import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DebateDetail, DebateList, DebatePage, Reply, ReplyNode } from "../../common/debates.js";
import { readDebatePage } from "../../server/modules/debates/index.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

type Person = Awaited<ReturnType<typeof newMember>>;

/** Every reply of a page's tree, depth first. */
const flatten = (nodes: ReplyNode[]): ReplyNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

describe("debates: a signed-in reader's first screen, on the read model every reader shares", () => {
  let app: TestApp;
  let alice: Person;
  let badr: Person;
  let moderator: Person;
  let admin: Person;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    alice = await newMember(app, { name: "عائشة" });
    badr = await newMember(app, { name: "بدر" });
    moderator = await newMember(app, { name: "مشرفة", role: "moderator" });
    admin = await newMember(app, { name: "مديرة", role: "admin" });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function debate(author: Person) {
    const created = await author.client.post<DebateDetail>("/api/debates", {
      title: "نقاش حول الميزانية التشاركية",
      bodyMd: "نص النقاش",
      categoryId: null,
      associationId: null,
    });
    expect(created.status).toBe(201);
    return created.body.data!;
  }

  async function reply(person: Person, debateId: string, parentId: string | null, bodyMd: string) {
    const answer = await person.client.post<Reply>(`/api/debates/${debateId}/replies`, {
      parentId,
      stance: "against",
      bodyMd,
      quoteOfId: null,
      associationId: null,
    });
    expect(answer.status).toBe(201);
    return answer.body.data!;
  }

  const page = async (person: Person, debateId: string) => {
    const answer = await person.client.get<DebatePage>(`/api/debates/${debateId}`);
    expect(answer.status).toBe(200);
    return answer.body.data!;
  };

  it("answers each reader what the page built for them alone would say: own replies, hidden text, endorsements, unread", async () => {
    const d = await debate(alice);
    const first = await reply(alice, d.id, null, "رد عائشة الأول");
    const second = await reply(badr, d.id, first.id, "رد بدر تحت رد عائشة");
    const hidden = await reply(badr, d.id, null, "رد بدر الذي سيخفى");
    const removed = await reply(alice, d.id, second.id, "رد عائشة المحذوف");
    expect(
      (await moderator.client.post(`/api/debates/replies/${hidden.id}/hide`, { reason: "خارج الموضوع" })).status,
    ).toBe(200);
    expect((await alice.client.delete(`/api/debates/replies/${removed.id}`)).status).toBe(200);
    expect((await alice.client.put(`/api/debates/replies/${second.id}/endorsement`, {})).status).toBe(200);
    expect((await alice.client.post(`/api/debates/${d.id}/visit`, {})).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = await reply(badr, d.id, first.id, "رد بدر بعد زيارة عائشة");
    await reply(alice, d.id, later.id, "رد عائشة بعد زيارتها");

    for (const person of [alice, badr, moderator, admin, alice]) {
      const answered = await page(person, d.id);
      const built = await readDebatePage(app.db, { id: person.user.id, role: person.user.role }, d.id);
      expect(answered).toEqual(JSON.parse(JSON.stringify(built)));
    }

    const forAlice = flatten((await page(alice, d.id)).replies.items);
    const byId = new Map(forAlice.map((node) => [node.id, node]));
    expect(byId.get(second.id)).toMatchObject({ endorsed: true, unread: false });
    expect(byId.get(later.id)).toMatchObject({ unread: true, endorsed: false });
    expect(byId.get(first.id)!.abilities.edit).toBe(true);
    expect(byId.get(second.id)!.abilities.edit).toBe(false);
    // Badr sees his hidden reply's text and the reason; Alice does not.
    expect(byId.get(hidden.id)).toMatchObject({ state: "hidden", bodyMd: "", hiddenReason: null });
    const forBadr = flatten((await page(badr, d.id)).replies.items).find((node) => node.id === hidden.id)!;
    expect(forBadr).toMatchObject({ bodyMd: "رد بدر الذي سيخفى", hiddenReason: "خارج الموضوع" });
  });

  it("changes a signed-in reader's page as soon as a reply or an endorsement is committed", async () => {
    const d = await debate(badr);
    const top = await reply(badr, d.id, null, "الرد الأول");
    expect((await page(alice, d.id)).replies.total).toBe(1);
    expect((await page(alice, d.id)).replies.items[0]!.children).toHaveLength(0);

    const child = await reply(badr, d.id, top.id, "رد جديد تحت الأول");
    const after = await page(alice, d.id);
    expect(after.replies.items[0]!.children.map((node) => node.id)).toEqual([child.id]);
    expect(after.summary.counts.against).toBe(2);

    expect((await alice.client.put(`/api/debates/replies/${child.id}/endorsement`, {})).status).toBe(200);
    const endorsed = (await page(alice, d.id)).replies.items[0]!.children[0]!;
    expect(endorsed).toMatchObject({ endorsed: true, endorsementCount: 1 });
    // Another reader shares the same page, without Alice's own part.
    expect((await page(moderator, d.id)).replies.items[0]!.children[0]).toMatchObject({
      endorsed: false,
      endorsementCount: 1,
    });
  });

  it("marks on a list of debates how many replies others wrote since the reader's last visit", async () => {
    const author = await newMember(app, { name: "كاتب القائمة" });
    const visited = await debate(author);
    const unvisited = await debate(author);
    const top = await reply(badr, visited.id, null, "رد قبل الزيارة");
    expect((await alice.client.post(`/api/debates/${visited.id}/visit`, {})).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await reply(badr, visited.id, top.id, "رد بعد الزيارة");
    const removed = await reply(badr, visited.id, null, "رد بعد الزيارة ثم حذف");
    expect((await badr.client.delete(`/api/debates/replies/${removed.id}`)).status).toBe(200);
    await reply(author, visited.id, null, "رد آخر بعد الزيارة");
    await reply(alice, visited.id, null, "رد عائشة نفسها");

    const list = `/api/debates?author=${author.user.id}`;
    const counts = (answer: { body: { data?: DebateList } }) =>
      Object.fromEntries(answer.body.data!.items.map((item) => [item.id, item.unreadCount]));
    expect(counts(await alice.client.get<DebateList>(list))).toEqual({ [visited.id]: 2, [unvisited.id]: null });
    expect(counts(await new ApiClient(app.url).get<DebateList>(list))).toEqual({
      [visited.id]: null,
      [unvisited.id]: null,
    });
    expect((await alice.client.post(`/api/debates/${visited.id}/visit`, {})).status).toBe(200);
    expect(counts(await alice.client.get<DebateList>(list))[visited.id]).toBe(0);
  });

  it("dates a flag at the moment it was made, whatever the server's time zone", async () => {
    const d = await debate(alice);
    const flagged = await reply(alice, d.id, null, "رد سيبلغ عنه");
    const before = Date.now();
    expect(
      (await badr.client.post(`/api/debates/replies/${flagged.id}/flags`, { reason: "خارج الموضوع" })).status,
    ).toBe(201);
    const after = Date.now();
    const queue = await moderator.client.get<{ items: { createdAt: string; target: { id: string } }[] }>(
      "/api/moderation/flags",
    );
    const flag = queue.body.data!.items.find((item) => item.target.id === flagged.id)!;
    // Within the request's span (to the database's millisecond), not an hour away.
    expect(Date.parse(flag.createdAt)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(flag.createdAt)).toBeLessThanOrEqual(after + 1);
  });
});
