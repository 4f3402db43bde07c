import type { PublicUser } from "../../../common/api.js";
import { applyPresenceChanges } from "../../../common/presence.js";
import type { PresenceDelta, PresenceSnapshot } from "../../../common/realtime.js";
import { connectRealtime, disconnectRealtime, onRealtimeRefused, socket } from "../../realtime.js";
import { createStore, useStore } from "../../store.js";
import { loadSession, sessionStore } from "../auth/session.js";

/** `connecting` until the first snapshot after a (re)connect; `offline` when logged out. */
export type Presence = { status: "offline" | "connecting" | "online"; users: PublicUser[]; seq: number };

const offline: Presence = { status: "offline", users: [], seq: -1 };
export const presenceStore = createStore<Presence>(offline);

export function usePresence(): Presence {
  return useStore(presenceStore);
}

/** Applies a snapshot or a push only if it is newer than what we show: pushes and acks may cross. */
function applySnapshot(snapshot: PresenceSnapshot): void {
  if (snapshot.seq <= presenceStore.get().seq) return;
  presenceStore.set({ status: "online", users: snapshot.users, seq: snapshot.seq });
}

/** Applies the changes that follow the snapshot we hold; after a gap (a change missed), asks for a whole list. */
function applyDelta(delta: PresenceDelta): void {
  const held = presenceStore.get();
  if (delta.seq <= held.seq) return;
  if (delta.from !== held.seq) {
    if (held.seq >= 0 && socket.connected) requestSnapshot();
    return;
  }
  presenceStore.set({
    status: "online",
    users: applyPresenceChanges(held.users, delta.joined, delta.left),
    seq: delta.seq,
  });
}

function requestSnapshot(attempt = 0): void {
  socket.timeout(5000).emit("presence:list", {}, (timeout, answer) => {
    if (!timeout && answer.ok) return applySnapshot(answer.data);
    // Retry a few times while still connected and still without a list.
    if (attempt < 3 && socket.connected && presenceStore.get().seq < 0) {
      setTimeout(() => requestSnapshot(attempt + 1), 1000 * 2 ** attempt);
    }
  });
}

/** Ties the realtime link to the session: connected while logged in, re-synced on every connect. */
export function startPresenceSync(): void {
  let userId: string | null = null;
  let retryDelay = 2000;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  socket.on("connect", () => {
    retryDelay = 2000;
    // A reconnect may follow a server restart whose sequence starts again: forget ours.
    presenceStore.set({ ...presenceStore.get(), status: "connecting", seq: -1 });
    requestSnapshot();
  });
  socket.on("disconnect", () => {
    if (sessionStore.get().user) presenceStore.set({ ...presenceStore.get(), status: "connecting" });
  });
  socket.on("presence:update", applySnapshot);
  socket.on("presence:delta", applyDelta);

  sessionStore.subscribe(({ user }) => {
    if ((user?.id ?? null) === userId) return;
    userId = user?.id ?? null;
    clearTimeout(retryTimer);
    retryDelay = 2000;
    disconnectRealtime();
    presenceStore.set(offline);
    if (user) connectRealtime();
  });

  // Refused or ended by the server: still logged in? Then try again later, else the session ends here too.
  onRealtimeRefused(() => {
    void loadSession().then(() => {
      if (!sessionStore.get().user) return;
      clearTimeout(retryTimer);
      retryTimer = setTimeout(connectRealtime, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 60_000);
    });
  });
}
