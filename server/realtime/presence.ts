import { z } from "zod";
import type { PublicUser } from "../../common/api.js";
import type { PresenceSnapshot } from "../../common/realtime.js";
import type { PrismaSessionStore } from "../auth/session-store.js";
import type { Logger } from "../logger.js";
import { presentPublicUser } from "../modules/users/presenter.js";
import { handler } from "./handle.js";
import type { RealtimeServer } from "./server.js";

const COALESCE_MS = 250;

/**
 * Who is online: computed from the connected sockets of every server process (through the adapter),
 * sent as a whole snapshot with a sequence number. Changes are coalesced, so a burst of connections
 * costs one broadcast.
 */
export function setupPresence(io: RealtimeServer, deps: { store: PrismaSessionStore; log: Logger }) {
  let lastSeq = 0;
  let timer: NodeJS.Timeout | undefined;
  const nextSeq = () => {
    lastSeq = Math.max(Date.now(), lastSeq + 1);
    return lastSeq;
  };

  async function snapshot(): Promise<PresenceSnapshot> {
    const sockets = await io.fetchSockets();
    const users = new Map<string, PublicUser>();
    for (const socket of sockets) {
      const user = socket.data.user;
      if (user) users.set(user.id, presentPublicUser(user));
    }
    const sorted = [...users.values()].sort((a, b) => a.name.localeCompare(b.name, "ar"));
    return { users: sorted, seq: nextSeq() };
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
    stop() {
      if (timer) clearTimeout(timer);
    },
  };
}
