import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import express from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import { csrfProtection } from "./auth/csrf.js";
import { sweepRateLimits } from "./auth/rate-limit.js";
import { authRoutes } from "./auth/routes.js";
import type { SessionKit } from "./auth/session.js";
import { createSessionKit } from "./auth/session.js";
import { type Config, trustProxySetting } from "./config.js";
import type { Database, Db } from "./db/client.js";
import { attachEventBus, createEventBus, type EventBus } from "./events/bus.js";
import { apiNotFound, errorHandler, route } from "./http/handler.js";
import { refuseControlCharacters } from "./http/validate.js";
import type { Logger } from "./logger.js";
import { markdownRoutes } from "./markdown/routes.js";
import { membershipRoutes } from "./modules/associations/mount.js";
import { setupPresence } from "./realtime/presence.js";
import type { RealtimeServer } from "./realtime/server.js";
import { createRealtimeServer, roomOfSession, roomOfUser } from "./realtime/server.js";

export type AppDeps = {
  config: Config;
  database: Database;
  db: Db;
  log: Logger;
  sessionSecret: string;
};

export type App = {
  app: express.Express;
  httpServer: ReturnType<typeof createServer>;
  io: RealtimeServer;
  kit: SessionKit;
  /** Committed domain events of this app's database client, for read models and notifications. */
  events: EventBus;
  /** Stops timers owned by the app; the caller closes the server and the database. */
  dispose(): void;
};

/** A strict policy the client is built to work under: no inline scripts or styles, no other hosts. */
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:", "blob:"],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
};

/** Builds the HTTP app and the Socket.IO server on one HTTP server. It never listens. */
export function createApp(deps: AppDeps): App {
  const { config, db, log } = deps;
  const app = express();
  const httpServer = createServer(app);
  const kit = createSessionKit(config, db, deps.sessionSecret);
  const io = createRealtimeServer(httpServer, config, kit, log);
  const presence = setupPresence(io, { db, store: kit.store, log });
  const events = createEventBus((error) => log.error({ err: error }, "event subscriber failed"));
  attachEventBus(db, events);
  // Sockets hear of a change only after it committed (the adapter carries it to other processes).
  events.subscribe((committed) => {
    for (const { broadcast } of committed) {
      if (broadcast) io.to(broadcast.rooms).emit(broadcast.event, ...([broadcast.payload] as [never]));
    }
  });

  // Rate-limit counters of made-up emails and passing addresses would otherwise stay for ever.
  const sweep = setInterval(() => {
    sweepRateLimits(db).catch((error: unknown) => log.warn({ err: error }, "rate-limit sweep failed"));
  }, 5 * 60_000);
  sweep.unref();

  app.disable("x-powered-by");
  if (config.trustProxy) app.set("trust proxy", trustProxySetting(config.trustProxy));
  app.use(helmet({ contentSecurityPolicy }));
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (_req, res) => {
        const id = randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/api/health" },
    }),
  );

  const api = express.Router();
  api.get(
    "/health",
    route(async (_req, res) => {
      try {
        await db.$queryRaw`SELECT 1`;
        return { status: "ok", database: "up" };
      } catch {
        res.status(503).json({ data: { status: "degraded", database: "down" } });
        return undefined;
      }
    }),
  );
  // Room for the longest Markdown text (100,000 characters, two bytes each in Arabic) and no more.
  api.use(express.json({ limit: "256kb" }));
  api.use(refuseControlCharacters);
  api.use(kit.sessionMiddleware);
  api.use(kit.passport.initialize());
  api.use(kit.passport.session());
  api.use(csrfProtection);
  api.use(
    "/auth",
    authRoutes({
      db,
      kit,
      disconnectSession: (sessionId) => io.in(roomOfSession(sessionId)).disconnectSockets(true),
      disconnectOtherSessions: (userId, keepSessionId) =>
        io.in(roomOfUser(userId)).except(roomOfSession(keepSessionId)).disconnectSockets(true),
      profileChanged: () => presence.refresh(),
    }),
  );
  api.use(membershipRoutes({ db, config, log }));
  api.use("/markdown", markdownRoutes());
  api.use(apiNotFound);
  app.use("/api", api);

  serveClient(app, config.clientDir);
  app.use(errorHandler);

  return {
    app,
    httpServer,
    io,
    kit,
    events,
    dispose() {
      presence.stop();
      clearInterval(sweep);
      kit.store.close();
    },
  };
}

/** The built client: hashed assets cached for a year, every other path answered by index.html. */
function serveClient(app: express.Express, clientDir: string) {
  const index = path.join(clientDir, "index.html");
  app.use(
    "/assets",
    express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }),
  );
  app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
  app.get("/{*path}", (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type("text/plain; charset=utf-8").send("The client is not built: run `npm run build`.");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
}
