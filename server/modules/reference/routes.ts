import { Router } from "express";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { listFields, listRegions } from "./service.js";

/** `/api/reference`: regions and fields of action (public; `?all=1` shows admins inactive fields too). */
export function referenceRoutes({ db }: { db: Db }): Router {
  const router = Router();
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
