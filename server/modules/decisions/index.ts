import type { ServerModule } from "../module.js";
import { decisionRoutes } from "./routes.js";

export { canonicalJson, sha256Hex } from "./canonical.js";
export { type RecordDecisionInput, recordDecision } from "./record.js";
export { allRecords, verifyRegister } from "./service.js";
export { parseSigningKey, publicKeyOf, registerKey, signatureValid } from "./signing.js";
export { type StoredRecord, verifyExport, verifyStored } from "./verify.js";

/**
 * The register of decisions: numbered, append-only records chained by SHA-256, the head signed with
 * the forum's Ed25519 key; verification, exports, moderators' manual decisions and corrections.
 */
export const decisionsModule: ServerModule = {
  name: "decisions",
  routes: decisionRoutes,
};
