import type { Server } from "socket.io";
import { Adapter as InMemoryAdapter } from "socket.io-adapter";
import { z } from "zod";
import type { PublicUser } from "../../common/api.js";
import type { PresenceDelta, PresenceSnapshot } from "../../common/realtime.js";
import type { PrismaSessionStore } from "../auth/session-store.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import { presentPublicUser } from "../modules/users/index.js";
import { handler } from "./handle.js";
import type { RealtimeServer } from "./server.js";

const COALESCE_MS = 250;
/** How often each process re-reads who is connected: a process that died drops out within this plus the adapter's heartbeat timeout. */
const SWEEP_MS = 3_000;

/** What the server processes tell each other through the adapter about presence. */
type PeerEvents = { "presence:stale": (namesChanged: boolean) => void };

/**
 * Who is online: computed from the connected sockets of every server process (through the adapter),
 * kept in memory. A socket that connects gets the whole list (a snapshot with a sequence number); the
 * others get only the changes (`presence:delta`: who arrived, who left, from which snapshot), so a wave
 * of arrivals costs each socket one small message, not the whole list. `presence:list` answers from
 * memory; names and roles are read from the database only for users not seen yet, and read again
 * after a change of profile. A local change is computed at once (coalesced, so a burst of
 * connections costs one computation) and the other processes are told to recompute; each process
 * also sweeps every few seconds, so that the users of a process that died drop out even in a quiet
 * room. Each process sends snapshots and changes to its own sockets only.
 */
export function setupPresence(io: RealtimeServer, deps: { db: Db; store: PrismaSessionStore; log: Logger }) {
  const peers = io as unknown as Server<never, never, PeerEvents>;
  const names = new Map<string, PublicUser>();
  let current: PresenceSnapshot | undefined;
  let lastSeq = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<PresenceSnapshot> | undefined;
  let again = false;
  /** Sockets of this process that connected since the last snapshot was sent: they need one. */
  const newcomers = new Set<string>();
  const nextSeq = () => {
    lastSeq = Math.max(Date.now(), lastSeq + 1);
    return lastSeq;
  };

  async function compute(): Promise<PresenceSnapshot> {
    const sockets = await io.fetchSockets();
    const ids = [...new Set(sockets.map((socket) => socket.data.user?.id).filter((id) => id !== undefined))];
    const unknown = ids.filter((id) => !names.has(id));
    if (unknown.length > 0) {
      const rows = await deps.db.user.findMany({
        where: { id: { in: unknown } },
        select: { id: true, name: true, role: true },
      });
      for (const row of rows) names.set(row.id, presentPublicUser(row));
    }
    const present = new Set(ids);
    for (const id of names.keys()) if (!present.has(id)) names.delete(id);
    const users = ids
      .map((id) => names.get(id))
      .filter((user) => user !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name, "ar"));
    const before = new Map((current?.users ?? []).map((user) => [user.id, user]));
    const joined = users.filter((user) => {
      const was = before.get(user.id);
      return !was || was.name !== user.name || was.role !== user.role;
    });
    const listed = new Set(users.map((user) => user.id));
    const left = [...before.keys()].filter((id) => !listed.has(id));
    // The sockets that just connected get the whole list; the others only what changed.
    const fresh = [...newcomers];
    if (!current || joined.length > 0 || left.length > 0) {
      const from = current?.seq ?? 0;
      current = { users, seq: nextSeq() };
      const delta: PresenceDelta = { from, seq: current.seq, joined, left };
      if (fresh.length > 0) {
        io.local.to(fresh).emit("presence:update", current);
        io.local.except(fresh).emit("presence:delta", delta);
      } else {
        io.local.emit("presence:delta", delta);
      }
    } else if (fresh.length > 0) {
      io.local.to(fresh).emit("presence:update", current);
    }
    newcomers.clear();
    return current!;
  }

  /** One computation at a time; a change during one asks for another after it. */
  function recompute(): Promise<PresenceSnapshot> {
    if (running) {
      again = true;
      return running;
    }
    running = compute().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void recompute().catch(() => {});
      }
    });
    return running;
  }

  function schedule() {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      recompute().catch((error: unknown) => deps.log.warn({ err: error }, "presence update failed"));
    }, COALESCE_MS);
  }

  function tellPeers(namesChanged: boolean) {
    // One process without an adapter between processes (the in-memory one only warns): no one to tell.
    if (!sharedWithPeers()) return;
    try {
      peers.serverSideEmit("presence:stale", namesChanged);
    } catch {
      // The adapter could not reach the others now: their sweep catches up.
    }
  }

  /** Whether the namespace's adapter reaches other processes (it overrides the in-memory emit). */
  function sharedWithPeers(): boolean {
    const adapter = io.of("/").adapter as object;
    return Object.getPrototypeOf(adapter).serverSideEmit !== InMemoryAdapter.prototype.serverSideEmit;
  }

  peers.on("presence:stale", (namesChanged) => {
    if (namesChanged) names.clear();
    schedule();
  });

  const sweep = setInterval(schedule, SWEEP_MS);
  sweep.unref();

  io.on("connection", (socket) => {
    socket.on(
      "presence:list",
      // From memory, unless a change is about to be computed (this very socket may have just arrived).
      handler(deps, socket, z.object({}).strict(), async () =>
        current && !timer && !running && newcomers.size === 0
          ? current
          : // While a process that died is not yet known to be dead, the other processes cannot all
            // be asked: the last known list is the best answer.
            recompute().catch((error: unknown) => {
              if (current) return current;
              throw error;
            }),
      ),
    );
    socket.on("disconnect", () => {
      schedule();
      tellPeers(false);
    });
    newcomers.add(socket.id);
    schedule();
    tellPeers(false);
  });

  return {
    /** Reads names again and sends a fresh snapshot soon, here and in the other processes (after a change of name or role). */
    refresh() {
      names.clear();
      schedule();
      tellPeers(true);
    },
    stop() {
      if (timer) clearTimeout(timer);
      clearInterval(sweep);
    },
  };
}
