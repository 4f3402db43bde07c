import { defineConfig } from "vitest/config";

// Two cores on CI: two workers. The global setup runs once per run, at the root: it makes a migrated
// embedded-database template that every integration file copies (never paying PGlite's initdb per
// file) and this run's own PostgreSQL database. Projects do not extend the root, so it runs once.
const shared = { pool: "forks", maxWorkers: 2, testTimeout: 30_000, hookTimeout: 60_000 } as const;

export default defineConfig({
  test: {
    globalSetup: ["tests/global-setup.ts"],
    reporters: ["default", "./tests/summary-reporter.ts"],
    projects: [
      {
        test: {
          ...shared,
          name: "unit",
          include: ["server/**/*.test.ts", "common/**/*.test.ts", "client/**/*.test.ts"],
        },
      },
      { test: { ...shared, name: "integration", include: ["tests/integration/**/*.test.ts"] } },
      { test: { ...shared, name: "postgres", include: ["tests/postgres/**/*.test.ts"] } },
      { test: { ...shared, name: "browser", include: ["tests/browser/**/*.test.ts"], testTimeout: 90_000 } },
    ],
  },
});
