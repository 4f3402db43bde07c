import { defineConfig } from "vitest/config";

// The tests a mutation run uses: the unit tests beside the deciding modules, without the global setup
// (no embedded-database template, no PostgreSQL), so that each mutant is judged in milliseconds.
export default defineConfig({
  test: {
    include: ["server/**/*.test.ts", "common/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 30_000,
  },
});
