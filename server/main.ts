import type { AddressInfo } from "node:net";
import { Server as NetServer } from "node:net";
import type { App } from "./app.js";
import { resolveSessionSecret } from "./auth/session.js";
import { ConfigError, configWarnings, loadConfig } from "./config.js";
import type { Database, Db } from "./db/client.js";
import { createPrisma, DatabaseConnectError, openDatabase } from "./db/client.js";
import { DataDirInUseError } from "./db/data-dir.js";
import { applyMigrations, MigrationError } from "./db/migrate.js";
import { discardUnfinishedDemo, seedDemoOnce } from "./demo/first-start.js";
import { demoWanted } from "./demo/seed.js";
import { createLogger } from "./logger.js";
import { collectWhenIdle } from "./memory.js";
import { shareReadModels } from "./read-models/share.js";
import { joinCluster, RedisConnectError } from "./realtime/cluster.js";

/** Thrown at a step of the start when a stop was asked for meanwhile. */
class Stopped extends Error {}

/** Errors whose message is the whole story: printed as one sentence, without a stack. */
const plainErrors = [ConfigError, MigrationError, DataDirInUseError, DatabaseConnectError, RedisConnectError];

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    console.error(`Tashawur cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
})();
const log = createLogger(config);
for (const warning of configWarnings(config)) log.warn(warning);

// What is open so far, closed in reverse order by a stop at any moment of the start or after it.
const open: {
  database?: Database;
  db?: Db;
  app?: App;
  cluster?: { close(): Promise<void> };
  sharedReadModels?: { close(): Promise<void> };
} = {};
let stopping: string | undefined;
let listening = false;

// The handlers come first: a Ctrl-C or SIGTERM during a slow first start or an upgrade lets the step
// under way finish (each is whole or nothing: cluster creation, a migration, the demo), then closes
// the database cleanly. A second signal stops at once; nothing written so far can be left half done.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) {
      log.warn({ signal }, "stopping now");
      process.exit(1);
    }
    stopping = signal;
    log.info({ signal }, "shutting down");
    if (listening) void drainAndStop();
  });
}

/** Awaits one step of the start, then gives up the start if a stop was asked for meanwhile. */
async function step<T>(work: Promise<T>): Promise<T> {
  const result = await work;
  if (stopping) throw new Stopped();
  return result;
}

async function closeAll() {
  await open.app?.dispose();
  await open.cluster?.close();
  await open.sharedReadModels?.close();
  await open.db?.$disconnect().catch(() => {});
  await open.database?.close();
}

/**
 * Stops a listening server without losing a request: the listening socket closes at once (a load
 * balancer sends new connections elsewhere), requests already sent on open connections are answered
 * with `Connection: close` during the grace period, then whatever is left is closed.
 */
async function drainAndStop() {
  const app = open.app!;
  const force = setTimeout(() => process.exit(1), config.shutdownGraceMs + 10_000);
  force.unref();
  // http.Server.close() would also drop idle keep-alive connections, and with them requests that
  // were sent but not yet read: only the listening socket is closed here.
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(app.httpServer, () => resolve()));
  app.io.local.disconnectSockets(true);
  const grace = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref());
  await Promise.race([closed, grace]);
  app.httpServer.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  app.httpServer.closeAllConnections();
  await app.io.close().catch(() => {});
  await closeAll();
  log.info("stopped");
  process.exit(0);
}

async function main() {
  // Start-up overlaps its slow parts: the web modules load while the database opens, and Prisma's
  // query engine warms up while the migrations are checked.
  const appModule = import("./app.js");
  const database = await openDatabase(config, {
    role: "a Tashawur server",
    whileLocked: () => discardUnfinishedDemo(config, log),
  });
  open.database = database;
  if (stopping) throw new Stopped();
  log.info({ database: database.kind }, "database opened");
  const db = createPrisma(database);
  open.db = db;
  const warm = db.$connect();

  const applied = await step(applyMigrations(database, config));
  if (applied.length > 0) log.info({ applied }, "migrations applied");
  await step(warm);
  if (demoWanted(config, database)) await step(seedDemoOnce(config, database, db, log));

  const { createApp } = await appModule;
  const app = createApp({ config, database, db, log, sessionSecret: await resolveSessionSecret(config) });
  open.app = app;
  // During the drain every answer closes its connection, so clients reconnect to another process.
  app.httpServer.prependListener("request", (_req, res) => {
    if (stopping) res.setHeader("Connection", "close");
  });

  if (config.redisUrl) {
    open.cluster = await step(
      joinCluster(app.io, config.redisUrl, {
        prefix: config.redisPrefix,
        connectTimeoutMs: config.redisConnectTimeoutMs,
      }),
    );
    open.sharedReadModels = await step(
      shareReadModels(app.readModels, app.events, config.redisUrl, {
        channel: `${config.redisPrefix}:read-models:stale`,
      }),
    );
    log.info("sharing socket events and read models with other server processes through Redis");
  }

  await step(
    new Promise<void>((resolve, reject) => {
      app.httpServer.once("error", reject);
      app.httpServer.listen(config.port, config.host, () => {
        app.httpServer.off("error", reject);
        resolve();
      });
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        throw new ConfigError(
          `Port ${config.port}${config.host ? ` on ${config.host}` : ""} is already in use by another process: stop it, or set PORT to a free port.`,
        );
      }
      throw error;
    }),
  );
  listening = true;
  // After a burst of work the heap is handed back (with `--expose-gc`, as `npm start` runs it).
  collectWhenIdle();
  const address = app.httpServer.address() as AddressInfo;
  log.info({ port: address.port }, `Tashawur listening on http://localhost:${address.port}`);
  if ((await db.user.count({ where: { role: "admin" } }).catch(() => -1)) === 0) {
    log.warn(
      "there is no admin account yet: create the first one with `npm run admin:create -- --email <email> --password <password>`, then publish the charter from the admin console",
    );
  }
}

main().catch(async (error: unknown) => {
  if (error instanceof Stopped) {
    await closeAll();
    log.info("stopped");
    process.exit(0);
  }
  await closeAll().catch(() => {});
  if (plainErrors.some((kind) => error instanceof kind)) {
    console.error(`Tashawur cannot start: ${(error as Error).message}`);
  } else {
    console.error("Tashawur cannot start:", error);
  }
  process.exit(1);
});
