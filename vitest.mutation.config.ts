import { defineConfig } from "vitest/config";

/**
 * The tests a mutation run uses (`npm run test:mutation`). `unit`: the unit tests beside the pure
 * deciding modules, no global setup, each mutant judged in milliseconds. `database`: the modules that
 * only act through the database (rate limits, session handling), judged by the integration files
 * that exercise them on the embedded database. Vitest picks the project from VITEST_MUTATION.
 */
const database = process.env.VITEST_MUTATION === "database";

export default defineConfig({
  test: {
    ...(database ? { globalSetup: ["tests/global-setup.ts"] } : {}),
    include: database
      ? ["server/auth/*.test.ts", "tests/integration/rate-limit.test.ts", "tests/integration/session.test.ts"]
      : ["server/**/*.test.ts", "common/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
