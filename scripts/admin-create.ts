// Creates an admin account, or promotes an existing account to admin:
//   npm run admin:create -- --email a@b.ma --password '...' [--name '...'] [--reset-password]
import { parseArgs } from "node:util";
import { loadConfig } from "../server/config.js";
import { createPrisma, openDatabase } from "../server/db/client.js";
import { applyMigrations } from "../server/db/migrate.js";
import { AppError } from "../server/http/errors.js";
import { ensureAdmin } from "../server/modules/users/service.js";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
    "reset-password": { type: "boolean", default: false },
  },
});

if (!values.email || !values.password) {
  console.error(
    "Usage: npm run admin:create -- --email <email> --password <password> [--name <name>] [--reset-password]",
  );
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase(config, {
  role: "npm run admin:create",
  advice: "stop the server first and run this command again, or promote the account from the admin console",
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
const db = createPrisma(database);
try {
  await applyMigrations(database, config);
  const { user, created } = await ensureAdmin(db, {
    email: values.email,
    password: values.password,
    ...(values.name ? { name: values.name } : {}),
    resetPassword: values["reset-password"],
  });
  console.log(created ? `Admin created: ${user.email}` : `Promoted to admin: ${user.email}`);
} catch (error) {
  if (error instanceof AppError) {
    console.error(`${error.code}: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
} finally {
  await db.$disconnect();
  await database.close();
}
