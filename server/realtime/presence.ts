import { z } from "zod";
import type { PresenceSnapshot } from "../../common/realtime.js";
import type { PrismaSessionStore } from "../auth/session-store.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import { presentPublicUser } from "../modules/users/index.js";
import { handler } from "./handle.js";
import type { RealtimeServer } from "./server.js";

const COALESCE_MS = 250;

/**
 * Who is online: computed from the connected sockets of every server process (through the adapter),
 * with names and roles read fresh from the database, sent as a whole snapshot with a sequence number.
 * Changes are coalesced, so a burst of connections costs one query and one broadcast.
 */
export function setupPresence(io: RealtimeServer, deps: { db: Db; store: PrismaSessionStore; log: Logger }) {
  let lastSeq = 0;
  let timer: NodeJS.Timeout | undefined;
  const nextSeq = () => {
    lastSeq = Math.max(Date.now(), lastSeq + 1);
    return lastSeq;
  };

  async function snapshot(): Promise<PresenceSnapshot> {
    const sockets = await io.fetchSockets();
    const ids = [...new Set(sockets.map((socket) => socket.data.user?.id).filter((id) => id !== undefined))];
    const rows = await deps.db.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, role: true },
    });
    const users = rows.map(presentPublicUser).sort((a, b) => a.name.localeCompare(b.name, "ar"));
    return { users, seq: nextSeq() };
  }

  function scheduleBroadcast() {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      snapshot().then(
        (snap) => io.emit("presence:update", snap),
        (error: unknown) => deps.log.warn({ err: error }, "presence broadcast failed"),
      );
    }, COALESCE_MS);
  }

  io.on("connection", (socket) => {
    socket.on(
      "presence:list",
      handler(deps, socket, z.object({}).strict(), () => snapshot()),
    );
    socket.on("disconnect", scheduleBroadcast);
    scheduleBroadcast();
  });

  return {
    /** Sends a fresh snapshot soon (after a change of name or role). */
    refresh: scheduleBroadcast,
    stop() {
      if (timer) clearTimeout(timer);
    },
  };
}
