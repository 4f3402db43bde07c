import { io as connect } from "socket.io-client";
import type { Ack } from "../../common/realtime.js";
import { SessionFeed } from "../../common/session-feed.js";
import type { SessionActAnswer, SessionCommand, SessionDetail } from "../../common/sessions.js";
import type { ApiClient } from "./api-client.js";
import type { TestApp } from "./app.js";
import { activeAssociation, newMember } from "./associations.js";
import type { TestSocket } from "./sockets.js";
import { connected } from "./sockets.js";

/** A person in a live session: their API client, a socket, and the feed they keep from its events. */
export type Participant = {
  client: ApiClient;
  user: { id: string; name: string };
  socket: TestSocket;
  feed: SessionFeed;
  act(command: SessionCommand): Promise<Ack<SessionActAnswer>>;
  close(): void;
};

/** A socket that reconnects (and recovers its connection state) as a browser's does. */
export function liveSocket(baseUrl: string, client: ApiClient, reconnectDelayMs = 500): TestSocket {
  return connect(baseUrl, {
    transports: ["websocket"],
    forceNew: true,
    reconnectionDelay: reconnectDelayMs,
    reconnectionDelayMax: reconnectDelayMs,
    randomizationFactor: 0,
    extraHeaders: { cookie: client.cookieHeader },
  }) as TestSocket;
}

/** Connects a person to a session: socket, join, a feed that applies every event it receives in order. */
export async function joinAs(
  app: { url: string },
  person: { client: ApiClient; user: { id: string; name: string } },
  sessionId: string,
  reconnectDelayMs = 500,
): Promise<Participant> {
  const socket = liveSocket(app.url, person.client, reconnectDelayMs);
  await connected(socket);
  const feed = new SessionFeed(async (since) => {
    const answer = await socket.emitWithAck("session:join", { sessionId, ...(since !== undefined ? { since } : {}) });
    if (!answer.ok) throw new Error(`join refused: ${answer.error.code}`);
    return answer.data;
  });
  socket.on("session:event", (event) => feed.receive(event));
  // Back after a cut that Socket.IO could not mend: ask for what was missed.
  socket.on("connect", () => {
    if (!socket.recovered && feed.state) void feed.resync();
  });
  await feed.load();
  return {
    ...person,
    socket,
    feed,
    act: (command) => socket.emitWithAck("session:act", { sessionId, command }),
    close: () => socket.disconnect(),
  };
}

/** Waits until `check` holds (polling every 20 ms), or fails with `what` after the timeout. */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A platform moderator, and `count` participants spread over three active associations (each
 * association's first representative made through the API, the others added to its list as
 * representatives in the database), with the admin who approved them.
 */
export async function sessionCast(app: TestApp, admin: ApiClient, count: number) {
  const moderator = await newMember(app, { role: "moderator", name: "المسيّرة" });
  const associations = [];
  for (let i = 0; i < 3; i++) associations.push(await activeAssociation(app, admin));
  const participants: { client: ApiClient; user: { id: string; name: string }; associationId: string }[] = [];
  for (let i = 0; i < count; i++) {
    const association = associations[i % 3]!;
    if (i < 3) {
      participants.push({
        client: association.client,
        user: association.user,
        associationId: association.association.id,
      });
      continue;
    }
    const person = await newMember(app, { name: `مشارك ${i + 1}` });
    await app.db.associationMember.create({
      data: { associationId: association.association.id, userId: person.user.id, role: "representative" },
    });
    participants.push({ client: person.client, user: person.user, associationId: association.association.id });
  }
  return { moderator, associations, participants };
}

/** A session made through the API by `moderator`, with two agenda items. */
export async function createLiveSession(moderator: ApiClient, overrides: Record<string, unknown> = {}) {
  const answer = await moderator.post<SessionDetail>("/api/sessions", {
    title: "جلسة التداول حول استراتيجية المنتدى",
    descriptionMd: "نقاش **حر** حول أولويات السنة.",
    scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    agenda: [
      { title: "الأولويات", budgetMinutes: 30 },
      { title: "الميزانية", budgetMinutes: 20 },
    ],
    ...overrides,
  });
  if (answer.status !== 201) throw new Error(`create failed: ${JSON.stringify(answer.body)}`);
  return answer.body.data!;
}
