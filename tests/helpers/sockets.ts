import { io as connect, type Socket } from "socket.io-client";
import { applyPresenceChanges } from "../../common/presence.js";
import type {
  ClientToServerEvents,
  PresenceDelta,
  PresenceSnapshot,
  ServerToClientEvents,
} from "../../common/realtime.js";
import type { ApiClient } from "./api-client.js";

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A Socket.IO client carrying an API client's session cookie, as a browser tab would. */
export function socketFor(baseUrl: string, client?: ApiClient, headers: Record<string, string> = {}): TestSocket {
  return connect(baseUrl, {
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    extraHeaders: { ...(client ? { cookie: client.cookieHeader } : {}), ...headers },
  });
}

export function connected(socket: TestSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
}

/** Waits for the first event that satisfies `match`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  match: (...args: Parameters<ServerToClientEvents[E]>) => boolean,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching ${String(event)} within ${timeoutMs} ms`)), timeoutMs);
    const listener = (...args: Parameters<ServerToClientEvents[E]>) => {
      if (!match(...args)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(args);
    };
    socket.on(event, listener as never);
  });
}

/**
 * Waits until the list of who is online, as a client holds it (a snapshot, then the changes applied
 * to it; a whole list asked for again after a gap), satisfies `match`; resolves with that list.
 */
export function nextPresence(
  socket: TestSocket,
  match: (snapshot: PresenceSnapshot) => boolean,
  timeoutMs = 5000,
): Promise<[PresenceSnapshot]> {
  return new Promise((resolve, reject) => {
    let held: PresenceSnapshot | undefined;
    const stop = () => {
      clearTimeout(timer);
      socket.off("presence:update", onSnapshot);
      socket.off("presence:delta", onDelta);
    };
    const check = () => {
      if (held && match(held)) {
        stop();
        resolve([held]);
      }
    };
    const onSnapshot = (snapshot: PresenceSnapshot) => {
      if (held && snapshot.seq <= held.seq) return;
      held = snapshot;
      check();
    };
    const ask = () =>
      socket.emit("presence:list", {}, (answer) => {
        if (answer.ok) onSnapshot(answer.data);
      });
    const onDelta = (delta: PresenceDelta) => {
      if (held && delta.seq <= held.seq) return;
      if (!held || delta.from !== held.seq) return ask();
      held = { users: applyPresenceChanges(held.users, delta.joined, delta.left), seq: delta.seq };
      check();
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching presence within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on("presence:update", onSnapshot);
    socket.on("presence:delta", onDelta);
    if (socket.connected) ask();
  });
}
