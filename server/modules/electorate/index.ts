import type { ServerModule } from "../module.js";
import { electorateAdminRoutes } from "./routes.js";

export { electorateAt } from "./service.js";

/** The electorate: which associations vote at an instant and who casts each vote; frozen snapshots. */
export const electorateModule: ServerModule = { name: "electorate", adminRoutes: electorateAdminRoutes };
