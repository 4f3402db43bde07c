import type { ServerModule } from "../module.js";

export { type RecordDecisionInput, recordDecision } from "./record.js";

/**
 * The register of decisions: numbered, append-only records chained by SHA-256, the head signed with
 * the forum's Ed25519 key; verification, exports, moderators' manual decisions and corrections.
 */
export const decisionsModule: ServerModule = {
  name: "decisions",
};
