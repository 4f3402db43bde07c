import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Database } from "../../server/db/client.js";

/** Counts the SQL statements Prisma sends through a database's driver adapter. */
export type StatementCounter = { database: Database; count(): number; reset(): void };

const COUNTED = new Set(["queryRaw", "executeRaw"]);

export function countStatements(database: Database): StatementCounter {
  let statements = 0;
  const counting = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver);
        if (typeof value !== "function") return value;
        if (COUNTED.has(String(key))) {
          return (...args: unknown[]) => {
            statements += 1;
            return value.apply(object, args);
          };
        }
        if (key === "startTransaction") {
          return async (...args: unknown[]) => counting(await value.apply(object, args));
        }
        return value.bind(object);
      },
    });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: database.factory.provider,
    adapterName: database.factory.adapterName,
    connect: async () => counting<SqlDriverAdapter>(await database.factory.connect()),
    connectToShadowDb: () => database.factory.connectToShadowDb(),
  };
  return {
    database: { ...database, factory } as Database,
    count: () => statements,
    reset() {
      statements = 0;
    },
  };
}
