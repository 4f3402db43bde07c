import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionDetail } from "../../common/sessions.js";
import type { Database } from "../../server/db/client.js";
import type { ApiClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { adminWithCharter } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";
import { createLiveSession, joinAs, type Participant, sessionCast, until } from "../helpers/sessions.js";

describe("a live session with a moderator and twenty participants", () => {
  let app: TestApp;
  let database: Database;
  let dataDir: string;
  let admin: ApiClient;
  let cast: Awaited<ReturnType<typeof sessionCast>>;
  let session: SessionDetail;
  let moderator: Participant;
  let people: Participant[];

  /** Every client's copy equals the moderator's, at the same sequence number. */
  const allAgree = () =>
    people.every(
      (p) => p.feed.seq === moderator.feed.seq && JSON.stringify(p.feed.state) === JSON.stringify(moderator.feed.state),
    );
  const ok = async (who: Participant, command: Parameters<Participant["act"]>[0]) => {
    const answer = await who.act(command);
    if (!answer.ok) throw new Error(`${command.action} refused: ${JSON.stringify(answer.error)}`);
    return answer.data.seq;
  };
  const stored = async () => {
    const row = await app.db.liveSession.findUniqueOrThrow({ where: { id: session.id } });
    return row;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-data-"));
    database = await openTestEmbedded();
    app = await startTestApp(database, { env: { DATA_DIR: dataDir, TRUST_PROXY: "true" }, closeDatabase: false });
    admin = (await adminWithCharter(app)).client;
    cast = await sessionCast(app, admin, 20);
    session = await createLiveSession(cast.moderator.client);
    moderator = await joinAs(app, cast.moderator, session.id);
    people = await Promise.all(cast.participants.map((p) => joinAs(app, p, session.id)));
  });
  afterAll(async () => {
    for (const p of [moderator, ...(people ?? [])]) p?.close();
    await app?.close();
    await database?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("orders the list: a point of order first, then associations in turn", async () => {
    expect(session.abilities.moderate).toBe(true);
    await ok(moderator, { action: "start" });
    await ok(moderator, { action: "settings", alternate: true });
    // people[0], [3], [6] speak for the first association; [1], [4] for the second; [2] for the third.
    const [a1, b1, c1, a2, b2, , a3] = people as [
      Participant,
      Participant,
      Participant,
      Participant,
      Participant,
      Participant,
      Participant,
    ];
    for (const who of [a1, a2, a3, b1, b2]) await ok(who, { action: "request", type: "contribution" });
    await ok(c1, { action: "request", type: "point_of_order" });
    await until(allAgree, "every client to apply the requests");
    const order = moderator.feed.state!.queue.map((request) => request.userId);
    expect(order).toEqual([c1, a1, b1, a2, b2, a3].map((p) => p.user.id));
    expect((await stored()).state).toEqual(moderator.feed.state);

    // The moderator gives the floor to the head of the list: the point of order.
    await ok(moderator, { action: "give" });
    await until(allAgree, "the floor");
    expect(moderator.feed.state!.floor?.userId).toBe(c1.user.id);
    expect(moderator.feed.state!.floor?.type).toBe("point_of_order");
    // A request by someone who already waits is refused; so is a second point of order.
    const again = await a1.act({ action: "request", type: "for" });
    expect(again.ok ? null : again.error.code).toBe("CONFLICT");
  });

  it("refuses a participant the moderator's actions, and out-of-order or malformed ones, changing nothing", async () => {
    const before = await databaseFingerprint(app.db);
    const participant = people[5]!;
    for (const command of [
      { action: "give" },
      { action: "stop" },
      { action: "pause" },
      { action: "end" },
      { action: "mute", userId: people[6]!.user.id, muted: true },
      { action: "check_in", userId: people[6]!.user.id },
    ] as const) {
      const answer = await participant.act(command);
      expect(answer.ok ? "ok" : answer.error.code, command.action).toBe("FORBIDDEN");
    }
    const notInList = await moderator.act({ action: "give", requestId: crypto.randomUUID() });
    expect(notInList.ok ? null : [notInList.error.code, notInList.error.details?.reason]).toEqual([
      "INVALID_STATE",
      "not_in_list",
    ]);
    const malformed = await moderator.socket.emitWithAck("session:act", {
      sessionId: session.id,
      command: { action: "give", requestId: 42 } as never,
    });
    expect(malformed.ok ? null : malformed.error.code).toBe("VALIDATION_FAILED");
    const unknown = await moderator.socket.emitWithAck("session:act", {
      sessionId: session.id,
      command: { action: "dissolve" } as never,
    });
    expect(unknown.ok ? null : unknown.error.code).toBe("VALIDATION_FAILED");
    expect(await databaseFingerprint(app.db)).toEqual(before);
  });

  it("a participant cannot close a vote; the moderator opens and closes a straw poll, counted once per person", async () => {
    await ok(moderator, {
      action: "poll_open",
      question: "هل نعتمد الأولويات؟",
      options: ["نعم", "لا"],
      kind: "straw",
      results: "live",
    });
    await until(allAgree, "the poll");
    const poll = moderator.feed.state!.polls.at(-1)!;
    const close = await people[1]!.act({ action: "poll_close", pollId: poll.id });
    expect(close.ok ? null : close.error.code).toBe("FORBIDDEN");
    await Promise.all(
      people.slice(0, 10).map((p, i) => ok(p, { action: "poll_vote", pollId: poll.id, optionId: i < 7 ? "o1" : "o2" })),
    );
    // A changed mind replaces the ballot.
    await ok(people[9]!, { action: "poll_vote", pollId: poll.id, optionId: "o1" });
    await ok(moderator, { action: "poll_close", pollId: poll.id });
    await until(allAgree, "the closed poll");
    const closed = moderator.feed.state!.polls.find((p) => p.id === poll.id)!;
    expect(closed.status).toBe("closed");
    expect(closed.counts).toEqual({ o1: 8, o2: 2 });
    expect(await app.db.liveSessionBallot.count({ where: { pollId: poll.id } })).toBe(10);
  });

  it("refuses a formal vote while the quorum is not met, and says why", async () => {
    const refused = await moderator.act({
      action: "poll_open",
      question: "التصويت على الأولويات",
      options: ["مع", "ضد"],
      kind: "formal",
      results: "at_close",
    });
    expect(refused.ok ? null : [refused.error.code, refused.error.details?.reason]).toEqual([
      "INVALID_STATE",
      "quorum_not_met",
    ]);
    // Representatives of two of the three associations check in (one by the moderator, in the room).
    await ok(people[0]!, { action: "check_in" });
    await ok(moderator, { action: "check_in", userId: people[1]!.user.id });
    await until(allAgree, "the attendance");
    // Three associations in the electorate, half needed: two present make the quorum.
    expect(moderator.feed.state!.quorum).toEqual({ electorate: 3, present: 2, required: 2, met: true });
    {
      await ok(moderator, {
        action: "poll_open",
        question: "التصويت على الأولويات",
        options: ["مع", "ضد"],
        kind: "formal",
        results: "at_close",
      });
      await until(allAgree, "the formal vote");
      const poll = moderator.feed.state!.polls.at(-1)!;
      expect(poll.quorumAtOpen?.present).toBe(2);
      // The votes module holds it: one ballot per association, cast by its primary delegate there.
      expect(poll.voteId).toBeTruthy();
      const here = await people[0]!.act({ action: "poll_vote", pollId: poll.id, optionId: poll.options[0]!.id });
      expect(here.ok ? null : here.error.details?.reason).toBe("formal_vote");
      const cast = await people[0]!.client.post(`/api/votes/${poll.voteId}/ballot`, {
        choice: { method: "single", optionId: poll.options[0]!.id },
      });
      expect(cast.status, JSON.stringify(cast.body)).toBeLessThan(300);
      const decisions = await app.db.decisionRecord.count();
      await ok(moderator, { action: "poll_close", pollId: poll.id });
      await until(allAgree, "the closed formal vote");
      const closed = moderator.feed.state!.polls.find((p) => p.id === poll.id)!;
      expect(closed.counts).toEqual({ [poll.options[0]!.id]: 1, [poll.options[1]!.id]: 0 });
      expect(await app.db.vote.findUniqueOrThrow({ where: { id: poll.voteId! }, select: { status: true } })).toEqual({
        status: "closed",
      });
      // A formal vote goes into the register.
      expect(await app.db.decisionRecord.count()).toBe(decisions + 1);
    }
  });

  it("keeps the speaker's time on the server: a deadline, and the time up recorded when it passes", async () => {
    await ok(moderator, { action: "settings", speakerSeconds: 5 });
    await ok(moderator, { action: "give" });
    await until(allAgree, "the floor");
    const floor = moderator.feed.state!.floor!;
    expect(Date.parse(floor.deadline!) - Date.parse(floor.startedAt)).toBe(5_000);
    // A pause stops the countdown: the time left is kept, and given back from the resumption.
    await ok(moderator, { action: "pause" });
    await until(allAgree, "the pause");
    const paused = moderator.feed.state!.floor!;
    expect(paused.deadline).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(people.every((p) => p.feed.state!.floor?.overran === false)).toBe(true);
    await ok(moderator, { action: "resume" });
    await until(allAgree, "the resumption");
    const resumed = await app.db.liveSessionEvent.findFirstOrThrow({
      where: { sessionId: session.id, type: "session.resumed" },
      orderBy: { seq: "desc" },
    });
    expect(Date.parse(moderator.feed.state!.floor!.deadline!)).toBe(resumed.at.getTime() + paused.remainingMs);
    await until(() => people.every((p) => p.feed.state!.floor?.overran === true), "the time up", 15_000);
    await ok(moderator, { action: "extend", seconds: 30 });
    await until(allAgree, "the extension");
    expect(moderator.feed.state!.floor!.overran).toBe(false);
    await ok(moderator, { action: "stop" });
    await until(allAgree, "the end of the speech");
    expect(moderator.feed.state!.floor).toBeNull();
    // The speech's duration leaves the pause out.
    const stamps = async (type: string) =>
      (
        await app.db.liveSessionEvent.findFirstOrThrow({
          where: { sessionId: session.id, type },
          orderBy: { seq: "desc" },
        })
      ).at.getTime();
    const ended = await app.db.liveSessionEvent.findFirstOrThrow({
      where: { sessionId: session.id, type: "floor.ended" },
      orderBy: { seq: "desc" },
    });
    const pausedFor = (await stamps("session.resumed")) - (await stamps("session.paused"));
    expect((ended.payload as { durationSeconds: number }).durationSeconds).toBe(
      Math.round((ended.at.getTime() - Date.parse(floor.startedAt) - pausedFor) / 1000),
    );
  });

  it("a client cut off for five seconds catches up with every event it missed", async () => {
    const away = people[7]!;
    const seqBefore = away.feed.seq;
    away.socket.io.engine.close();
    const changes = [];
    for (let i = 0; i < 5; i++) {
      changes.push(await ok(people[10 + i]!, { action: "request", type: "contribution" }));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    await ok(moderator, { action: "chat", text: "مرحبا بالجميع" });
    await until(() => away.socket.connected, "the reconnection", 10_000);
    await until(allAgree, "the missed events");
    const expected = Array.from({ length: moderator.feed.seq - seqBefore }, (_, i) => seqBefore + i + 1);
    expect(away.feed.applied.filter((seq) => seq > seqBefore)).toEqual(expected);
    expect(changes.length).toBe(5);
  });

  it("loses nothing when the server restarts mid-session: the list and the timer resume from the database", async () => {
    await ok(moderator, { action: "settings", speakerSeconds: 5 });
    await ok(moderator, { action: "give" });
    await until(allAgree, "the floor");
    const before = moderator.feed.state!;
    const seq = moderator.feed.seq;
    expect(before.queue.length).toBeGreaterThan(0);
    for (const p of [moderator, ...people]) p.close();
    await app.close(); // the database stays open, as a process's data directory stays on disk
    app = await startTestApp(database, { env: { DATA_DIR: dataDir, TRUST_PROXY: "true" }, closeDatabase: false });
    // The same accounts and sessions (their cookies are in the database), at the new address.
    for (const client of [cast.moderator.client, ...cast.participants.map((p) => p.client)]) {
      Object.assign(client, { baseUrl: app.url });
    }
    moderator = await joinAs(app, cast.moderator, session.id);
    people = await Promise.all(cast.participants.slice(0, 5).map((p) => joinAs(app, p, session.id)));
    expect(moderator.feed.seq).toBe(seq);
    expect(moderator.feed.state).toEqual(before);
    // The new process watches the stored deadline.
    await until(
      () => people.every((p) => p.feed.state!.floor?.overran === true),
      "the time up after the restart",
      15_000,
    );
    await ok(moderator, { action: "give" });
    await until(allAgree, "the next speaker");
    expect(moderator.feed.state!.floor!.userId).toBe(before.queue[0]!.userId);
  });

  it("ends the session, refuses anything after, and writes the minutes the moderators approve, then frozen", async () => {
    await ok(moderator, {
      action: "notes",
      itemId: moderator.feed.state!.agenda[0]!.id,
      notesMd: "اتُّفق على **ثلاث** أولويات.",
    });
    await ok(moderator, { action: "end" });
    await until(allAgree, "the end");
    const late = await people[0]!.act({ action: "request", type: "contribution" });
    expect(late.ok ? null : late.error.code).toBe("INVALID_STATE");
    const minutes = await cast.moderator.client.get<{
      markdown: string;
      html: string;
      abilities: { approve: boolean };
    }>(`/api/sessions/${session.id}/minutes`);
    expect(minutes.status).toBe(200);
    expect(minutes.body.data!.markdown).toContain("# محضر الجلسة");
    expect(minutes.body.data!.markdown).toContain("نقطة نظام");
    expect(minutes.body.data!.markdown).toContain("هل نعتمد الأولويات؟");
    expect(minutes.body.data!.html).toContain("<strong>ثلاث</strong>");
    expect(minutes.body.data!.abilities.approve).toBe(true);
    const byParticipant = await people[0]!.client.post(`/api/sessions/${session.id}/minutes/approve`);
    expect(byParticipant.status).toBe(403);
    const approved = await cast.moderator.client.post<{ approvedAt: string | null }>(
      `/api/sessions/${session.id}/minutes/approve`,
    );
    expect(approved.body.data!.approvedAt).not.toBeNull();
    const again = await cast.moderator.client.post(`/api/sessions/${session.id}/minutes/approve`);
    expect(again.status).toBe(409);
    const notes = await moderator.act({
      action: "notes",
      itemId: moderator.feed.state!.agenda[0]!.id,
      notesMd: "تعديل",
    });
    expect(notes.ok ? null : notes.error.details?.reason).toBe("minutes_approved");
  });
});
