// @ts-check
/**
 * Mutation testing of the rules that decide who may do what and what is stored (`npm run
 * test:mutation`, which runs scripts/mutation.mjs: this configuration, then the database-backed modules
 * of stryker.database.config.mjs). Offline; not part of `npm test`. Globs are by folder so that a file
 * moved or added inside a folder stays covered.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  coverageAnalysis: "perTest",
  mutate: [
    // Every module's policy, and the effective status it reads (a suspension ends by its date).
    "server/modules/*/policy.ts",
    "server/modules/*/*-policy.ts",
    "server/auth/actor.ts",
    "server/modules/*/status.ts",
    // CSRF (rate limits and session handling: stryker.database.config.mjs).
    "server/auth/csrf.ts",
    // The sanitiser.
    "server/markdown/**/*.ts",
    // Arabic folding and search.
    "common/arabic.ts",
    "server/search/**/*.ts",
    // The electorate: the rule that computes it (its service only reads rows for it).
    "server/modules/electorate/**/*.ts",
    "!server/modules/electorate/service.ts",
    // The tally of a vote: quorum, majority rules, Schulze.
    "server/modules/votes/tally.ts",
    // Error translation.
    "server/http/errors.ts",
    // Tests and routes are not mutated: routes only wire the rules above to HTTP.
    "!**/*.test.ts",
    "!**/routes.ts",
    "!**/index.ts",
    "!**/schema.ts",
  ],
  ignorePatterns: ["dist", "data", "coverage", "reports", "test-results", "client", "bench", "tests/browser"],
  reporters: ["clear-text", "progress-append-only", "html"],
  clearTextReporter: {
    allowColor: true,
    allowEmojis: false,
    logTests: false,
    maxTestsToLog: 0,
    reportMutants: true,
    reportScoreTable: true,
  },
  htmlReporter: { fileName: "reports/mutation/index.html" },
  concurrency: 2,
  thresholds: { high: 90, low: 85, break: 85 },
  timeoutMS: 10_000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
