import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../common/realtime.js";

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The one socket to the same origin. It shares the session cookie with HTTP, so it is connected only
 * while someone is logged in: the server refuses anonymous sockets.
 */
export const socket: AppSocket = io({ withCredentials: true, autoConnect: false });

export function connectRealtime(): void {
  if (!socket.active) socket.connect();
}

export function disconnectRealtime(): void {
  socket.disconnect();
}

/**
 * Calls `listener` when the server refuses or ends the connection (expired session, logout in another
 * tab): socket.io does not retry those on its own, so the caller decides whether to.
 */
export function onRealtimeRefused(listener: () => void): () => void {
  const onError = () => {
    if (!socket.active) listener();
  };
  const onDisconnect = (reason: string) => {
    if (reason === "io server disconnect") listener();
  };
  socket.on("connect_error", onError);
  socket.on("disconnect", onDisconnect);
  return () => {
    socket.off("connect_error", onError);
    socket.off("disconnect", onDisconnect);
  };
}
