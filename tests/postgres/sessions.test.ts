import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionDetail } from "../../common/sessions.js";
import type { Database } from "../../server/db/client.js";
import type { ApiClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { adminWithCharter, newMember } from "../helpers/associations.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";
import { createLiveSession, joinAs, type Participant, sessionCast, until } from "../helpers/sessions.js";

// A live session on PostgreSQL: many clients, commands racing on separate connections, and a
// restart of the server in the middle, all kept by the locked row and the unique (session, seq).

describe.skipIf(!postgresAvailable())("a live session on PostgreSQL", () => {
  let database: Database;
  let app: TestApp;
  let dataDir: string;
  let admin: ApiClient;
  let cast: Awaited<ReturnType<typeof sessionCast>>;
  let second: Awaited<ReturnType<typeof newMember>>;
  let session: SessionDetail;
  let moderator: Participant;
  let coModerator: Participant;
  let people: Participant[];

  const start = () => startTestApp(database, { env: { DATA_DIR: dataDir, TRUST_PROXY: "true" }, closeDatabase: false });
  const allAgree = () =>
    [coModerator, ...people].every(
      (p) => p.feed.seq === moderator.feed.seq && JSON.stringify(p.feed.state) === JSON.stringify(moderator.feed.state),
    );
  const ok = async (who: Participant, command: Parameters<Participant["act"]>[0]) => {
    const answer = await who.act(command);
    if (!answer.ok) throw new Error(`${command.action} refused: ${JSON.stringify(answer.error)}`);
    return answer.data.seq;
  };
  /** The stored events' sequence numbers are 1..seq, each once. */
  const eventsWhole = async () => {
    const rows = await app.db.liveSessionEvent.findMany({
      where: { sessionId: session.id },
      select: { seq: true },
      orderBy: { seq: "asc" },
    });
    const row = await app.db.liveSession.findUniqueOrThrow({ where: { id: session.id }, select: { seq: true } });
    return { seqs: rows.map((r) => r.seq), last: row.seq };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-data-"));
    database = openTestPostgres();
    app = await start();
    admin = (await adminWithCharter(app)).client;
    cast = await sessionCast(app, admin, 12);
    second = await newMember(app, { role: "moderator", name: "المسيّر الثاني" });
    session = await createLiveSession(cast.moderator.client, { moderatorIds: [second.user.id] });
    moderator = await joinAs(app, cast.moderator, session.id);
    coModerator = await joinAs(app, second, session.id);
    people = await Promise.all(cast.participants.map((p) => joinAs(app, p, session.id)));
  }, 120_000);
  afterAll(async () => {
    for (const p of [moderator, coModerator, ...(people ?? [])]) p?.close();
    await app?.close();
    await database?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("takes twelve requests sent at once, each once, in one unbroken sequence every client applies", async () => {
    await ok(moderator, { action: "start" });
    const answers = await Promise.all(people.map((p) => p.act({ action: "request", type: "contribution" })));
    expect(answers.filter((a) => !a.ok)).toEqual([]);
    // The same person asking twice at the same moment: one request waits, the other is refused.
    const twice = await Promise.all([
      people[0]!.act({ action: "request", type: "point_of_order" }),
      people[0]!.act({ action: "request", type: "point_of_order" }),
    ]);
    expect(twice.map((a) => (a.ok ? "ok" : a.error.code)).sort()).toEqual(["CONFLICT", "ok"]);
    await until(allAgree, "every client to apply the requests");
    const queue = moderator.feed.state!.queue;
    expect(queue).toHaveLength(13);
    expect(new Set(queue.filter((r) => r.type === "contribution").map((r) => r.userId)).size).toBe(12);
    expect(queue[0]!.type).toBe("point_of_order");
    const { seqs, last } = await eventsWhole();
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1));
  });

  it("gives the floor once when two moderators give it to the same request at the same moment", async () => {
    const head = moderator.feed.state!.queue[0]!;
    const answers = await Promise.all([
      moderator.act({ action: "give", requestId: head.id }),
      coModerator.act({ action: "give", requestId: head.id }),
    ]);
    expect(answers.map((a) => (a.ok ? "ok" : `${a.error.code}:${a.error.details?.reason}`)).sort()).toEqual([
      "INVALID_STATE:not_in_list",
      "ok",
    ]);
    await until(allAgree, "the floor");
    expect(moderator.feed.state!.floor?.id).toBe(head.id);
    expect(await app.db.liveSessionEvent.count({ where: { sessionId: session.id, type: "floor.given" } })).toBe(1);
    // Both giving "the next" at once: two speakers in turn, never the same one twice.
    const [a, b] = await Promise.all([ok(moderator, { action: "give" }), ok(coModerator, { action: "give" })]);
    expect(Math.abs(a - b)).toBeGreaterThan(0);
    await until(allAgree, "the next speakers");
    const given = await app.db.liveSessionEvent.findMany({
      where: { sessionId: session.id, type: "floor.given" },
      orderBy: { seq: "asc" },
    });
    const ids = given.map((event) => (event.payload as { floor: { id: string } }).floor.id);
    expect(new Set(ids).size).toBe(3);
    expect(moderator.feed.state!.queue).toHaveLength(10);
    const { seqs, last } = await eventsWhole();
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1));
  });

  it("loses nothing when the server restarts mid-session: list, floor and deadline come back from the database", async () => {
    await ok(moderator, { action: "settings", speakerSeconds: 5 });
    await ok(moderator, { action: "give" });
    await ok(people[3]!, { action: "chat", text: "سؤال قبل الانقطاع" });
    await until(allAgree, "the floor before the restart");
    const before = moderator.feed.state!;
    const seq = moderator.feed.seq;
    for (const p of [moderator, coModerator, ...people]) p.close();
    await app.close();
    app = await start();
    for (const client of [cast.moderator.client, second.client, ...cast.participants.map((p) => p.client)]) {
      Object.assign(client, { baseUrl: app.url });
    }
    moderator = await joinAs(app, cast.moderator, session.id);
    coModerator = await joinAs(app, second, session.id);
    people = await Promise.all(cast.participants.slice(0, 4).map((p) => joinAs(app, p, session.id)));
    expect(moderator.feed.seq).toBe(seq);
    expect(moderator.feed.state).toEqual(before);
    // The new process watches the stored deadline and records the time up.
    await until(
      () => people.every((p) => p.feed.state!.floor?.overran === true),
      "the time up after the restart",
      15_000,
    );
    await ok(coModerator, { action: "give" });
    await until(allAgree, "the next speaker after the restart");
    expect(moderator.feed.state!.floor!.userId).toBe(before.queue[0]!.userId);
    const { seqs, last } = await eventsWhole();
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1));
  }, 60_000);
});
