import type { Server as HttpServer, IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "../../common/realtime.js";
import type { SessionKit } from "../auth/session.js";
import type { SessionUser } from "../auth/types.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { accountBuckets, setSocketLimits } from "./rate.js";

export type SocketData = { user: SessionUser; sessionId: string };
export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

type HandshakeRequest = IncomingMessage & {
  _query?: Record<string, string>;
  user?: SessionUser;
  sessionID?: string;
};

/** Runs an Express middleware on the handshake request only, not on every polling request after it. */
function onHandshake(middleware: RequestHandler) {
  return (req: HandshakeRequest, res: ServerResponse, next: (error?: unknown) => void) => {
    if (req._query?.sid !== undefined) return next();
    middleware(req as never, res as never, next as never);
  };
}

/** Whether a browser's Origin header is this site's (CORS does not protect WebSockets). */
export function originAllowed(origin: string | undefined, host: string | undefined, publicUrl?: URL): boolean {
  if (!origin) return true; // not a browser: it cannot carry a victim's cookie across sites
  try {
    const url = new URL(origin);
    if (publicUrl) return url.origin === publicUrl.origin;
    return url.host === host;
  } catch {
    return false;
  }
}

export const roomOfUser = (userId: string) => `user:${userId}`;
export const roomOfSession = (sessionId: string) => `session:${sessionId}`;

/**
 * Socket.IO on the HTTP server, authenticated at the handshake from the same session cookie as the
 * API: anonymous connections are refused before any event is exchanged.
 */
export function createRealtimeServer(httpServer: HttpServer, config: Config, kit: SessionKit, log: Logger) {
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    // A client that lost its connection for up to two minutes gets the packets it missed (the Redis
    // streams adapter keeps this working between processes). The middlewares run again on recovery,
    // so a session ended meanwhile does not come back. Not a guarantee: clients still detect gaps.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    allowRequest: (req, callback) => {
      const ok = originAllowed(req.headers.origin, req.headers.host, config.publicUrl);
      callback(ok ? null : "origin not allowed", ok);
    },
  });

  io.engine.use(onHandshake(kit.sessionMiddleware));
  io.engine.use(onHandshake(kit.passport.initialize()));
  io.engine.use(onHandshake(kit.passport.session()));
  io.engine.use((req: HandshakeRequest, res: ServerResponse, next: (error?: unknown) => void) => {
    if (req._query?.sid !== undefined || req.user) return next();
    res.writeHead(401, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "UNAUTHENTICATED" } }));
  });

  const accounts = accountBuckets();
  io.use((socket, next) => {
    const req = socket.request as HandshakeRequest;
    if (!req.user || !req.sessionID) return next(new Error("UNAUTHENTICATED"));
    socket.data.user = req.user;
    socket.data.sessionId = req.sessionID;
    const { limits, release } = accounts.open(req.user.id);
    setSocketLimits(socket, limits);
    socket.once("disconnect", release);
    next();
  });

  io.on("connection", (socket) => {
    void socket.join([roomOfUser(socket.data.user.id), roomOfSession(socket.data.sessionId)]);
    log.debug({ user: socket.data.user.id }, "socket connected");
  });

  return io;
}
