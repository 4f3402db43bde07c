import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import express, { type RequestHandler } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import { csrfProtection } from "./auth/csrf.js";
import { sweepRateLimits } from "./auth/rate-limit.js";
import type { SessionKit } from "./auth/session.js";
import { createSessionKit } from "./auth/session.js";
import { type Config, trustProxySetting } from "./config.js";
import { rawQuery } from "./db/adapters.js";
import type { Database, Db } from "./db/client.js";
import { attachEventBus, createEventBus, type EventBus } from "./events/bus.js";
import { AppError } from "./http/errors.js";
import { apiNotFound, errorHandler, route } from "./http/handler.js";
import { clientRoutes } from "./http/static.js";
import { cameOverTls } from "./http/tls.js";
import { refuseControlCharacters } from "./http/validate.js";
import type { Logger } from "./logger.js";
import { markdownRoutes } from "./markdown/routes.js";
import { agendaSources, attachModuleSockets, type ModuleDeps, moduleRoutes, startModules } from "./modules/index.js";
import { authenticate, findSessionUser } from "./modules/users/index.js";
import { attachReadModels, createReadModelCache, type ReadModelCache } from "./read-models/cache.js";
import { setupPresence } from "./realtime/presence.js";
import type { RealtimeServer } from "./realtime/server.js";
import { createRealtimeServer, roomOfSession, roomOfUser } from "./realtime/server.js";
import { FileStore } from "./uploads/files.js";

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
  /** In-memory read models of public pages, dropped by the `stale` tags of committed events. */
  readModels: ReadModelCache;
  /** Stops timers owned by the app; the caller closes the server and the database. */
  dispose(): Promise<void>;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** How long a database that answered the health probe is taken as up. */
const HEALTH_FRESH_MS = 250;

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
  const kit = createSessionKit(config, db, deps.sessionSecret, { authenticate, findSessionUser });
  const io = createRealtimeServer(httpServer, config, kit, log);
  const presence = setupPresence(io, { db, store: kit.store, log });
  const events = createEventBus((error) => log.error({ err: error }, "event subscriber failed"));
  attachEventBus(db, events);
  // Rows that anonymous traffic leaves behind expire: rate-limit counters of made-up emails and
  // passing addresses here, sessions in their store.
  const housekeeping = setInterval(() => {
    sweepRateLimits(db).catch((error: unknown) => log.warn({ err: error }, "rate-limit sweep failed"));
  }, 5 * 60_000);
  housekeeping.unref();
  const readModels = createReadModelCache();
  attachReadModels(db, readModels);
  events.subscribe((committed) => readModels.invalidate(committed.flatMap((event) => event.stale ?? [])));
  // Sockets hear of a change only after it committed (the adapter carries it to other processes).
  events.subscribe((committed) => {
    for (const { broadcast } of committed) {
      if (broadcast) io.to(broadcast.rooms).emit(broadcast.event, ...([broadcast.payload] as [never]));
    }
  });

  const moduleDeps: ModuleDeps = {
    db,
    config,
    log,
    store: new FileStore(config.dataDir),
    kit,
    agendaSources,
    sessions: {
      disconnectSession: (sessionId) => io.in(roomOfSession(sessionId)).disconnectSockets(true),
      disconnectOtherSessions: (userId, keepSessionId) =>
        io.in(roomOfUser(userId)).except(roomOfSession(keepSessionId)).disconnectSockets(true),
      profileChanged: () => presence.refresh(),
    },
  };
  attachModuleSockets(io, moduleDeps);
  const stopModules = startModules(moduleDeps);

  app.disable("x-powered-by");
  if (config.trustProxy) app.set("trust proxy", trustProxySetting(config.trustProxy));
  app.use(helmet({ contentSecurityPolicy }));
  // HSTS means something only when it arrives over TLS (RFC 6797 §7.2): never on plain HTTP.
  app.use((req, res, next) => {
    if (!cameOverTls(req, !!config.trustProxy)) res.removeHeader("Strict-Transport-Security");
    next();
  });
  // API answers are never cached (no-store) and static files carry their own ETag: no hashing of bodies.
  app.set("etag", false);
  const requestLog = pinoHttp({
    logger: log,
    genReqId: (_req, res) => {
      const id = randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === "/api/health" },
    // Writes, refusals and failures at info and above; a successful read only with LOG_LEVEL=debug
    // (writing a line for every page view would cost the read path more than the page itself).
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return "error";
      if (res.statusCode >= 400) return "warn";
      return SAFE_METHODS.has(req.method ?? "") ? "debug" : "info";
    },
  });
  app.use((req, res, next) => {
    // A read whose line would not be written gets its request id and the app's logger (for an error
    // it might meet), without the per-request logger's cost.
    if (SAFE_METHODS.has(req.method) && !log.isLevelEnabled("debug")) {
      const id = randomUUID();
      res.setHeader("X-Request-Id", id);
      req.id = id;
      req.log = log;
      return next();
    }
    requestLog(req, res, next);
  });

  const api = express.Router();
  // API answers may be private (a session's user, a manage view): no cache keeps them.
  api.use((_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  });
  // Probes arriving together share one question to the database, asked without the ORM; a database
  // that answered is taken as up for a quarter of a second (an outage shows within that much).
  let probe: Promise<boolean> | undefined;
  let upUntil = 0;
  const databaseUp = () => {
    if (Date.now() < upUntil) return Promise.resolve(true);
    probe ??= rawQuery(deps.database, "SELECT 1")
      .then(
        () => {
          upUntil = Date.now() + HEALTH_FRESH_MS;
          return true;
        },
        () => false,
      )
      .finally(() => {
        probe = undefined;
      });
    return probe;
  };
  api.get(
    "/health",
    route(async () => {
      if (await databaseUp()) return { status: "ok", database: "up" };
      throw new AppError("DATABASE_UNAVAILABLE");
    }),
  );
  // Room for the longest Markdown text (100,000 characters, two bytes each in Arabic) and no more.
  api.use(express.json({ limit: "256kb" }));
  api.use(refuseControlCharacters);
  // An anonymous read (a safe method, no session cookie) needs no session: none is made, the store
  // is not asked. Everything else (any write, login included, and every signed-in request) has one.
  const whenSessionNeeded =
    (middleware: RequestHandler): RequestHandler =>
    (req, res, next) =>
      SAFE_METHODS.has(req.method) && !req.headers.cookie?.includes(`${kit.cookieName}=`)
        ? next()
        : middleware(req, res, next);
  api.use(whenSessionNeeded(kit.sessionMiddleware));
  api.use(whenSessionNeeded(kit.passport.initialize()));
  api.use(whenSessionNeeded(kit.passport.session()));
  api.use(
    csrfProtection({
      secret: deps.sessionSecret,
      https: config.publicUrl?.protocol === "https:",
      trustProxy: !!config.trustProxy,
    }),
  );
  api.use(moduleRoutes(moduleDeps));
  api.use("/markdown", markdownRoutes());
  api.use(apiNotFound);
  app.use("/api", api);

  app.use(clientRoutes(config.clientDir));
  app.use(errorHandler);

  return {
    app,
    httpServer,
    io,
    kit,
    events,
    readModels,
    async dispose() {
      clearInterval(housekeeping);
      presence.stop();
      kit.store.close();
      await stopModules();
    },
  };
}
