import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../common/realtime.js";
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
