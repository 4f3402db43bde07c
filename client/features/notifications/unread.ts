import { socket } from "../../realtime.js";
import { createStore, useStore } from "../../store.js";
import { sessionStore } from "../auth/session.js";
import { fetchNotifications } from "./api.js";

/** How many notifications the person has not read: read at sign-in and on every reconnect, then live. */
export const unreadStore = createStore<number>(0);

export function useUnreadCount(): number {
  return useStore(unreadStore);
}

async function refresh(): Promise<void> {
  if (!sessionStore.get().user) return unreadStore.set(0);
  try {
    unreadStore.set((await fetchNotifications(1, true)).unread);
  } catch {
    // The count comes back with the next connection.
  }
}

/** Keeps the unread count in step with the session and the socket's `notification:new` events. */
export function startUnreadSync(): void {
  socket.on("connect", () => void refresh());
  socket.on("notification:new", () => unreadStore.set(unreadStore.get() + 1));
  sessionStore.subscribe(({ user }) => {
    if (!user) unreadStore.set(0);
  });
}
