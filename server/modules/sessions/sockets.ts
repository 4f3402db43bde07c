import { isUuid } from "../../../common/ids.js";
import type { Reaction, SessionJoinAnswer } from "../../../common/sessions.js";
import { AppError } from "../../http/errors.js";
import { handler } from "../../realtime/handle.js";
import type { RealtimeServer } from "../../realtime/server.js";
import type { ModuleDeps } from "../module.js";
import { actPayload, joinPayload, leavePayload, reactPayload } from "./schema.js";
import { actOnSession, joinSession, roleOf, roomOfLiveSession } from "./service.js";

/** How long presence changes wait to be sent together (a burst of joins costs one message). */
const PRESENCE_COALESCE_MS = 300;
/** One reaction per socket per this long: they are passing, and every socket in the room receives them. */
const REACTION_EVERY_MS = 1_000;

/**
 * A live session over the socket: `session:join` (a snapshot, or the events since the client's last),
 * `session:leave`, `session:act` (every command, checked by the policy, acknowledged with the
 * sequence number it reached), `session:react`; presence per session: the whole list to a socket that
 * joins, then the arrivals and departures, coalesced.
 */
export function sessionSockets(io: RealtimeServer, deps: ModuleDeps): void {
  const wrapDeps = { store: deps.kit.store, log: deps.log };
  const presenceTimers = new Map<string, NodeJS.Timeout>();
  /** Per live session: who this process last told the room was present, and the sockets waiting for a snapshot. */
  const presenceShown = new Map<string, Map<string, string>>();
  const presenceNewcomers = new Map<string, Set<string>>();
  const lastReaction = new WeakMap<object, number>();

  /**
   * Sends, after a short wait that gathers a burst of changes, the whole list to the sockets that just
   * joined and only the arrivals and departures to the rest of the room.
   */
  const presenceChanged = (sessionId: string, newcomer?: string) => {
    if (newcomer) {
      const waiting = presenceNewcomers.get(sessionId) ?? new Set<string>();
      waiting.add(newcomer);
      presenceNewcomers.set(sessionId, waiting);
    }
    if (presenceTimers.has(sessionId)) return;
    const timer = setTimeout(async () => {
      presenceTimers.delete(sessionId);
      try {
        const room = roomOfLiveSession(sessionId);
        const sockets = await io.in(room).fetchSockets();
        const users = new Map(sockets.map((socket) => [socket.data.user.id, socket.data.user.name]));
        const before = presenceShown.get(sessionId) ?? new Map<string, string>();
        const joined = [...users].filter(([id, name]) => before.get(id) !== name).map(([id, name]) => ({ id, name }));
        const left = [...before.keys()].filter((id) => !users.has(id));
        if (users.size === 0) presenceShown.delete(sessionId);
        else presenceShown.set(sessionId, users);
        const fresh = [...(presenceNewcomers.get(sessionId) ?? [])];
        presenceNewcomers.delete(sessionId);
        if (fresh.length > 0) {
          io.to(fresh).emit("session:presence", {
            sessionId,
            count: users.size,
            users: [...users].map(([id, name]) => ({ id, name })),
          });
        }
        if (joined.length > 0 || left.length > 0) {
          io.to(room).except(fresh).emit("session:presence-delta", { sessionId, count: users.size, joined, left });
        }
      } catch (error) {
        deps.log.warn({ err: error }, "session presence failed");
      }
    }, PRESENCE_COALESCE_MS);
    timer.unref();
    presenceTimers.set(sessionId, timer);
  };

  io.on("connection", (socket) => {
    const reader = () => ({ id: socket.data.user.id, name: socket.data.user.name, role: socket.data.user.role });
    // The live sessions this socket is in (a recovered connection is back in its rooms).
    const joined = () =>
      [...socket.rooms].flatMap((room) => {
        const id = room.slice(roomOfLiveSession("").length);
        return room.startsWith(roomOfLiveSession("")) && isUuid(id) ? [id] : [];
      });

    socket.on(
      "session:join",
      handler(wrapDeps, socket, joinPayload, async ({ sessionId, since }): Promise<SessionJoinAnswer> => {
        // In the room before reading: an event committed meanwhile reaches the client, which orders by seq.
        await socket.join(roomOfLiveSession(sessionId));
        try {
          const answer = await joinSession(deps.db, reader(), sessionId, since);
          presenceChanged(sessionId, socket.id);
          return answer;
        } catch (error) {
          await socket.leave(roomOfLiveSession(sessionId));
          throw error;
        }
      }),
    );
    socket.on(
      "session:leave",
      handler(wrapDeps, socket, leavePayload, async ({ sessionId }) => {
        await socket.leave(roomOfLiveSession(sessionId));
        presenceChanged(sessionId);
        return {};
      }),
    );
    socket.on(
      "session:act",
      handler(wrapDeps, socket, actPayload, async ({ sessionId, command }) => {
        const { seq } = await actOnSession(deps.db, reader(), sessionId, command);
        return { seq };
      }),
    );
    socket.on(
      "session:react",
      handler(wrapDeps, socket, reactPayload, async ({ sessionId, reaction }) => {
        if (!socket.rooms.has(roomOfLiveSession(sessionId))) throw new AppError("FORBIDDEN");
        const last = lastReaction.get(socket) ?? 0;
        if (Date.now() - last < REACTION_EVERY_MS) throw new AppError("RATE_LIMITED", { retryAfterSeconds: 1 });
        lastReaction.set(socket, Date.now());
        const session = await deps.db.liveSession.findUnique({
          where: { id: sessionId },
          select: { moderatorIds: true, visibility: true, status: true },
        });
        if (!session) throw new AppError("NOT_FOUND");
        const role = await roleOf(deps.db, session, reader());
        if (role !== "participant" && role !== "moderator") throw new AppError("FORBIDDEN");
        if (session.status !== "live" && session.status !== "paused") throw new AppError("INVALID_STATE");
        io.to(roomOfLiveSession(sessionId)).emit("session:reaction", { sessionId, reaction: reaction as Reaction });
        return {};
      }),
    );
    socket.on("disconnecting", () => {
      for (const sessionId of joined()) presenceChanged(sessionId);
    });
    // A connection recovered by Socket.IO is back in its rooms: its sessions see it present again.
    if (socket.recovered) for (const sessionId of joined()) presenceChanged(sessionId, socket.id);
  });
}
