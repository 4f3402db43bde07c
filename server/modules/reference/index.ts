import { Router } from "express";
import type { ServerModule } from "../module.js";
import { referenceAdminRoutes, referenceRoutes } from "./routes.js";

export { presentField } from "./presenter.js";

/** Reference data: regions, fields of action (admins edit them) and the forum's rules. */
export const referenceModule: ServerModule = {
  name: "reference",
  routes: (deps) => Router().use("/reference", referenceRoutes(deps)),
  adminRoutes: referenceAdminRoutes,
};
