import type { AddressInfo } from "node:net";
import { type App, createApp } from "../../server/app.js";
import { type Config, loadConfig } from "../../server/config.js";
import { createPrisma, type Database, type Db } from "../../server/db/client.js";
import { createLogger } from "../../server/logger.js";
import { clientDir } from "./paths.js";

export type TestApp = App & { url: string; db: Db; database: Database; config: Config; close(): Promise<void> };

/** Starts the real app on 127.0.0.1, port 0, against the given database. */
export async function startTestApp(
  database: Database,
  options: { env?: Record<string, string>; closeDatabase?: boolean } = {},
): Promise<TestApp> {
  const config = {
    ...loadConfig({
      NODE_ENV: "test",
      HOST: "127.0.0.1", // where it listens: links in emails point here
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
      ...options.env,
    }),
    clientDir,
  };
  const log = createLogger(config);
  const db = createPrisma(database);
  const app = createApp({ config, database, db, log, sessionSecret: "test-secret-test-secret-test-secret!" });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  return {
    ...app,
    url: `http://127.0.0.1:${port}`,
    db,
    database,
    config,
    async close() {
      await app.io.close();
      await app.dispose();
      await db.$disconnect();
      if (options.closeDatabase !== false) await database.close();
    },
  };
}
