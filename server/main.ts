import type { AddressInfo } from "node:net";
import { resolveSessionSecret } from "./auth/session.js";
import { ConfigError, configWarnings, loadConfig } from "./config.js";
import { createPrisma, openDatabase } from "./db/client.js";
import { applyMigrations, MigrationError } from "./db/migrate.js";
import { discardUnfinishedDemo, whileWritingDemo } from "./demo/first-start.js";
import { demoWanted, seedDemo } from "./demo/seed.js";
import { createLogger } from "./logger.js";
import { joinCluster } from "./realtime/cluster.js";

async function main() {
  const config = loadConfig();
  const log = createLogger(config);
  for (const warning of configWarnings(config)) log.warn(warning);
  // Start-up overlaps its slow parts: the web modules load while the database opens, and Prisma's
  // query engine warms up while the migrations are checked.
  const appModule = import("./app.js");
  await discardUnfinishedDemo(config, log);
  const database = await openDatabase(config);
  log.info({ database: database.kind }, "database opened");
  const db = createPrisma(database);
  const warm = db.$connect();

  const applied = await applyMigrations(database, config);
  if (applied.length > 0) log.info({ applied }, "migrations applied");
  await warm;
  if (demoWanted(config, database) && (await db.user.count()) === 0) {
    await whileWritingDemo(config, () => seedDemo(db, log));
  }

  const { createApp } = await appModule;
  const app = createApp({ config, database, db, log, sessionSecret: await resolveSessionSecret(config) });

  const cluster = config.redisUrl ? await joinCluster(app.io, config.redisUrl) : undefined;
  if (cluster) log.info("sharing socket events with other server processes through Redis");

  await new Promise<void>((resolve) => app.httpServer.listen(config.port, config.host, resolve));
  const address = app.httpServer.address() as AddressInfo;
  log.info({ port: address.port }, `Tashawur listening on http://localhost:${address.port}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    // Stop accepting, let requests in flight finish, close the sockets, then the database.
    const closed = new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
    app.httpServer.closeIdleConnections();
    await app.io.close().catch(() => {});
    await closed;
    app.dispose();
    await cluster?.close();
    await db.$disconnect();
    await database.close();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationError) {
    console.error(`Tashawur cannot start: ${error.message}`);
  } else {
    console.error("Tashawur cannot start:", error);
  }
  process.exit(1);
});
