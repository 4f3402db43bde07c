// @ts-check
import base from "./stryker.config.mjs";

/**
 * The deciding modules that act only through the database: rate limits and session handling. Their
 * mutants are judged by the integration files that exercise them on the embedded database
 * (VITEST_MUTATION=database in vitest.mutation.config.ts), kept apart so that the pure modules'
 * mutants never pay for starting the app.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  ...base,
  mutate: ["server/auth/rate-limit.ts", "server/auth/login-throttle.ts", "server/auth/session.ts"],
  htmlReporter: { fileName: "reports/mutation/database.html" },
  tempDirName: ".stryker-tmp/database",
};
