import { Router } from "express";
import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import type { Logger } from "../../logger.js";
import { FileStore } from "../../uploads/files.js";
import { charterRoutes } from "../charter/routes.js";
import { referenceRoutes } from "../reference/routes.js";
import { adminRoutes } from "./admin-routes.js";
import { associationRoutes } from "./routes.js";

/** Every route of member associations, the charter, reference data and the admin console. */
export function membershipRoutes(deps: { db: Db; config: Config; log: Logger }): Router {
  const store = new FileStore(deps.config.dataDir);
  const router = Router();
  router.use("/reference", referenceRoutes(deps));
  router.use("/charter", charterRoutes(deps));
  router.use("/admin", adminRoutes(deps));
  router.use(associationRoutes({ ...deps, store }));
  return router;
}
