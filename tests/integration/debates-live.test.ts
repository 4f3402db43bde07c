import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DebateDetail, DebatePage, Reply } from "../../common/debates.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { connected, nextEvent, socketFor, type TestSocket } from "../helpers/sockets.js";
import { countStatements, type StatementCounter } from "../helpers/statements.js";

type Person = Awaited<ReturnType<typeof newMember>>;

describe("debates: live rooms and the first screen's cost (embedded PGlite)", () => {
  let app: TestApp;
  let counter: StatementCounter;
  let alice: Person;
  let badr: Person;
  let moderator: Person;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    const database = await openTestEmbedded();
    counter = countStatements(database);
    app = await startAssociationsApp(() => counter.database);
    alice = await newMember(app, { name: "عائشة" });
    badr = await newMember(app, { name: "بدر" });
    moderator = await newMember(app, { name: "مشرفة", role: "moderator" });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function debate(author: Person = alice) {
    const created = await author.client.post<DebateDetail>("/api/debates", {
      title: "نقاش مباشر حول الشفافية",
      bodyMd: "نص النقاش",
      categoryId: null,
      associationId: null,
    });
    expect(created.status).toBe(201);
    return created.body.data!;
  }

  const replyBody = (parentId: string | null, bodyMd = "رد مباشر") => ({
    parentId,
    stance: "for",
    bodyMd,
    quoteOfId: null,
    associationId: null,
  });

  async function watcher(person: Person, debateId: string) {
    const socket = socketFor(app.url, person.client, { origin: app.url });
    sockets.push(socket);
    await connected(socket);
    const joined = await socket.emitWithAck("debate:watch", { debateId });
    expect(joined).toEqual({ ok: true, data: { debateId } });
    return socket;
  }

  it("shows a new reply, an edit and an endorsement to another viewer, each once committed", async () => {
    const d = await debate();
    const socket = await watcher(alice, d.id);
    // When the event arrives, the reply it announces is already in the database: it went out after the commit.
    const arrived = nextEvent(socket, "debate:reply", (event) => event.debateId === d.id);
    const posted = await badr.client.post<Reply>(`/api/debates/${d.id}/replies`, replyBody(null, "أول رد"));
    const [event] = await arrived;
    const stored = await app.db.debateReply.findUnique({ where: { id: event.reply.id } });
    expect(stored?.bodyMd).toBe("أول رد");
    expect(event.reply).toMatchObject({ id: posted.body.data!.id, bodyMd: "أول رد", author: { name: "بدر" } });
    expect(event.reply.abilities.edit).toBe(false);

    const changed = nextEvent(socket, "debate:reply-changed", (e) => e.reply.id === event.reply.id);
    await badr.client.patch(`/api/debates/replies/${event.reply.id}`, { bodyMd: "أول رد، معدل" });
    expect((await changed)[0].reply.bodyMd).toBe("أول رد، معدل");

    const endorsed = nextEvent(socket, "debate:endorsement", (e) => e.replyId === event.reply.id);
    await alice.client.put(`/api/debates/replies/${event.reply.id}/endorsement`, {});
    expect((await endorsed)[0].endorsementCount).toBe(1);

    const locked = nextEvent(socket, "debate:changed", (e) => e.debate.id === d.id);
    await moderator.client.post(`/api/debates/${d.id}/lock`, {});
    expect((await locked)[0].debate.status).toBe("locked");
  });

  it("sends nothing for a refused reply, and a hidden reply's text never to the room", async () => {
    const d = await debate();
    const socket = await watcher(alice, d.id);
    const events: string[] = [];
    socket.on("debate:reply", (e) => events.push(`reply:${e.reply.bodyMd}`));
    const refused = await badr.client.post(`/api/debates/${d.id}/replies`, replyBody(null, " "));
    expect(refused.status).toBe(400);
    const posted = await badr.client.post<Reply>(`/api/debates/${d.id}/replies`, replyBody(null, "نص سيخفى"));
    const hidden = nextEvent(socket, "debate:reply-changed", (e) => e.reply.id === posted.body.data!.id);
    await moderator.client.post(`/api/debates/replies/${posted.body.data!.id}/hide`, { reason: "مخالفة" });
    const [event] = await hidden;
    expect(event.reply).toMatchObject({ state: "hidden", bodyMd: "", bodyHtml: "", hiddenReason: null });
    expect(events).toEqual(["reply:نص سيخفى"]);
  });

  it("refuses to watch a debate that does not exist or is hidden from the person", async () => {
    const d = await debate();
    await moderator.client.post(`/api/debates/${d.id}/hide`, { reason: "مخالفة" });
    const socket = socketFor(app.url, badr.client, { origin: app.url });
    sockets.push(socket);
    await connected(socket);
    const answer = await socket.emitWithAck("debate:watch", { debateId: d.id });
    expect(answer).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const own = await watcher(alice, d.id);
    expect(own.connected).toBe(true);
  });

  /** Adds `count` top-level replies, each with two replies under it, straight in the database. */
  async function fill(debateId: string, authorId: string, count: number) {
    await app.db.$executeRaw`
      INSERT INTO debate_replies (id, debate_id, parent_id, seq, depth, path, stance, body_md, body_html, author_id, search_text, updated_at, child_count)
      SELECT gen_random_uuid(), ${debateId}::uuid, NULL, n, 0, lpad(to_hex(n), 6, '0'), 'for', 'رد ' || n, '<p>رد</p>', ${authorId}::uuid, '', now(), 2
      FROM generate_series(1, ${count}) n`;
    await app.db.$executeRaw`
      INSERT INTO debate_replies (id, debate_id, parent_id, seq, depth, path, stance, body_md, body_html, author_id, search_text, updated_at)
      SELECT gen_random_uuid(), p.debate_id, p.id, ${count} + (p.seq - 1) * 2 + k, 1, p.path || lpad(to_hex(${count} + (p.seq - 1) * 2 + k), 6, '0'),
        'against', 'فرع', '<p>فرع</p>', ${authorId}::uuid, '', now()
      FROM debate_replies p, generate_series(1, 2) k WHERE p.debate_id = ${debateId}::uuid AND p.parent_id IS NULL`;
    await app.db.debate.update({ where: { id: debateId }, data: { replyCount: count * 3 } });
  }

  async function statementsFor(count: number) {
    const d = await debate();
    await fill(d.id, badr.user.id, count);
    counter.reset();
    const read = await alice.client.get<DebatePage>(`/api/debates/${d.id}`);
    const first = counter.count();
    expect(read.body.data!.replies.total).toBe(count);
    expect(read.body.data!.replies.items).toHaveLength(Math.min(count, 50));
    expect(read.body.data!.replies.items[0]!.children).toHaveLength(2);
    counter.reset();
    await alice.client.get<DebatePage>(`/api/debates/${d.id}`);
    const signedIn = counter.count();
    counter.reset();
    await new ApiClient(app.url).get<DebatePage>(`/api/debates/${d.id}`);
    const anonymous = counter.count();
    return { first, signedIn, anonymous };
  }

  it("reads the first screen in statements that do not grow with the replies, then from memory", async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(300);
    console.info(`debate page statements: ${JSON.stringify({ small, large })}`);
    expect(large).toEqual(small);
    // The session's lookup and the reader's own part (endorsements and last visit) only.
    expect(small.signedIn).toBeLessThan(small.first);
    expect(small.anonymous).toBe(0);
  });

  it("shows a new reply on the next read of the page (the read model is dropped at the commit)", async () => {
    const d = await debate();
    const visitor = new ApiClient(app.url);
    expect((await visitor.get<DebatePage>(`/api/debates/${d.id}`)).body.data!.replies.total).toBe(0);
    await badr.client.post(`/api/debates/${d.id}/replies`, replyBody(null));
    const after = await visitor.get<DebatePage>(`/api/debates/${d.id}`);
    expect(after.body.data!.replies.total).toBe(1);
    expect(after.body.data!.summary.counts.for).toBe(1);
  });
});
