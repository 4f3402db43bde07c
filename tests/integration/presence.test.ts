import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PresenceDelta, PresenceSnapshot, SessionPresence, SessionPresenceDelta } from "../../common/realtime.js";
import { actOnSession, createSession } from "../../server/modules/sessions/index.js";
import { registeredClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { newMember } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { connected, nextEvent, nextPresence, socketFor, type TestSocket } from "../helpers/sockets.js";
import { manyDelegates } from "../helpers/votes.js";

/** 50 people arriving in 10 waves of 5, each wave seen by the watcher before the next one comes. */
const WAVES = 10;
const PER_WAVE = 5;

describe("who is online, served from memory", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(await openTestEmbedded());
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers presence:list without reading the database, and reads names again after a change of profile", async () => {
    const watcher = await registeredClient(app.url, { name: "المراقبة" });
    const other = await registeredClient(app.url, { name: "الاسم الأول" });
    const socketA = socketFor(app.url, watcher.client);
    const socketB = socketFor(app.url, other.client);
    try {
      const seen = nextPresence(socketA, (snap) => snap.users.some((u) => u.id === other.user.id));
      await Promise.all([connected(socketA), connected(socketB)]);
      await seen;
      // A change the services did not make (so no one announced it): a list read from the database on
      // each event would show it; the list kept in memory does not.
      await app.db.user.update({ where: { id: other.user.id }, data: { name: "تغيير خفي" } });
      for (let i = 0; i < 20; i++) {
        const listed = await socketA.emitWithAck("presence:list", {});
        expect(listed.ok && listed.data.users.find((u) => u.id === other.user.id)?.name).toBe("الاسم الأول");
      }
      // A change through the API refreshes the names.
      const renamed = nextPresence(socketA, (snap) =>
        snap.users.some((u) => u.id === other.user.id && u.name === "الاسم الجديد"),
      );
      await other.client.patch("/api/auth/me", { name: "الاسم الجديد" });
      await renamed;
      const listed = await socketA.emitWithAck("presence:list", {});
      expect(listed.ok && listed.data.users.find((u) => u.id === other.user.id)?.name).toBe("الاسم الجديد");
    } finally {
      socketA.disconnect();
      socketB.disconnect();
    }
  });

  it("sends each arrival once, not the whole list on every change", async () => {
    const watcher = await newMember(app, { name: "المراقب" });
    const people = await manyDelegates(app, WAVES * PER_WAVE);
    const socketW = socketFor(app.url, watcher.client);
    const others: TestSocket[] = [];
    // Every entry of every list or change the watcher receives.
    let entries = 0;
    socketW.on("presence:update", (snapshot: PresenceSnapshot) => {
      entries += snapshot.users.length;
    });
    socketW.on("presence:delta", (delta: PresenceDelta) => {
      entries += delta.joined.length + delta.left.length;
    });
    try {
      await Promise.all([
        connected(socketW),
        nextPresence(socketW, (snap) => snap.users.some((u) => u.id === watcher.user.id)),
      ]);
      for (let wave = 0; wave < WAVES; wave++) {
        const group = people.slice(wave * PER_WAVE, (wave + 1) * PER_WAVE);
        const seen = nextPresence(socketW, (snap) =>
          group.every((person) => snap.users.some((u) => u.id === person.user.id)),
        );
        const sockets = group.map((person) => socketFor(app.url, person.client));
        others.push(...sockets);
        await Promise.all(sockets.map(connected));
        await seen;
      }
      // The whole list each time would be 5 + 10 + … + 50 entries (and more): about 275.
      expect(entries).toBeGreaterThanOrEqual(WAVES * PER_WAVE);
      expect(entries).toBeLessThan(2 * WAVES * PER_WAVE);
      const listed = await socketW.emitWithAck("presence:list", {});
      expect(listed.ok && listed.data.users.length).toBe(WAVES * PER_WAVE + 1);
    } finally {
      socketW.disconnect();
      for (const socket of others) socket.disconnect();
    }
  });

  it("in a live session, sends the list once on joining and then only who arrives or leaves", async () => {
    const moderator = await newMember(app, { role: "moderator", name: "المسيّرة" });
    const people = await manyDelegates(app, WAVES * PER_WAVE);
    const reader = { id: moderator.user.id, name: moderator.user.name, role: moderator.user.role };
    const session = await createSession(app.db, reader, {
      title: "جلسة الحضور",
      scheduledAt: new Date().toISOString(),
      visibility: "members",
      agenda: [{ title: "نقطة", budgetMinutes: 30 }],
    });
    await actOnSession(app.db, reader, session.id, { action: "start" });
    const socketM = socketFor(app.url, moderator.client);
    const others: TestSocket[] = [];
    let held: Map<string, string> | undefined;
    let count = 0;
    let entries = 0;
    socketM.on("session:presence", (presence: SessionPresence) => {
      entries += presence.users.length;
      held = new Map(presence.users.map((u) => [u.id, u.name]));
      count = presence.count;
    });
    socketM.on("session:presence-delta", (delta: SessionPresenceDelta) => {
      entries += delta.joined.length + delta.left.length;
      for (const id of delta.left) held?.delete(id);
      for (const user of delta.joined) held?.set(user.id, user.name);
      count = delta.count;
    });
    const join = async (socket: TestSocket) => {
      await connected(socket);
      const answer = await socket.emitWithAck("session:join", { sessionId: session.id });
      expect(answer.ok).toBe(true);
    };
    try {
      const first = nextEvent(socketM, "session:presence", (presence) => presence.sessionId === session.id);
      await join(socketM);
      await first;
      for (let wave = 0; wave < WAVES; wave++) {
        const group = people.slice(wave * PER_WAVE, (wave + 1) * PER_WAVE);
        const seen = nextEvent(socketM, "session:presence-delta", () =>
          group.every((person) => held?.has(person.user.id)),
        );
        const sockets = group.map((person) => socketFor(app.url, person.client));
        others.push(...sockets);
        await Promise.all(sockets.map(join));
        await seen;
      }
      expect(count).toBe(WAVES * PER_WAVE + 1);
      expect(held?.size).toBe(WAVES * PER_WAVE + 1);
      expect(entries).toBeGreaterThanOrEqual(WAVES * PER_WAVE + 1);
      expect(entries).toBeLessThan(2 * WAVES * PER_WAVE);

      // One leaves: the others see a departure, not a new list.
      const gone = people[0]!.user.id;
      const departure = nextEvent(socketM, "session:presence-delta", (delta) => delta.left.includes(gone));
      others[0]!.disconnect();
      const [delta] = await departure;
      expect(delta).toMatchObject({ count: WAVES * PER_WAVE, joined: [] });
    } finally {
      socketM.disconnect();
      for (const socket of others) socket.disconnect();
    }
  });
});
