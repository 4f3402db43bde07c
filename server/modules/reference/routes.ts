import { Router } from "express";
import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { listFields, listRegions } from "./service.js";

/**
 * `/api/reference`: regions and fields of action (public; `?all=1` shows admins inactive fields too),
 * and the forum's rules that screens explain (how many representatives an association may name).
 */
export function referenceRoutes({ db, config }: { db: Db; config: Config }): Router {
  const router = Router();
  router.get(
    "/rules",
    route(() => ({ maxRepresentatives: config.maxRepresentatives })),
  );
  router.get(
    "/regions",
    route(() => listRegions(db)),
  );
  router.get(
    "/fields",
    route((req) => listFields(db, req.query.all === "1" && req.user?.role === "admin")),
  );
  return router;
}
