import { Router } from "express";
import type { ServerModule } from "../module.js";
import { charterAdminRoutes, charterRoutes } from "./routes.js";

export { currentVersions, pendingAcceptances, presentVersionSummary, publishVersion } from "./service.js";

/** The charter and internal rules: public versions, admins publish new ones. */
export const charterModule: ServerModule = {
  name: "charter",
  routes: (deps) => Router().use("/charter", charterRoutes(deps)),
  adminRoutes: charterAdminRoutes,
};
