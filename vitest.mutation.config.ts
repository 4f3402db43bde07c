import { defineConfig } from "vitest/config";

// The tests a mutation run uses: the unit tests beside the deciding modules, and the two integration
// files that judge the database-backed ones (rate limits, session handling) on the embedded database.
// Each mutant runs only the tests that reach it, so the integration files cost only those mutants.
export default defineConfig({
  test: {
    globalSetup: ["tests/global-setup.ts"],
    include: [
      "server/**/*.test.ts",
      "common/**/*.test.ts",
      "tests/integration/rate-limit.test.ts",
      "tests/integration/session.test.ts",
    ],
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
