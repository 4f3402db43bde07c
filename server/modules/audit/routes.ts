import { Router } from "express";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { parseInput } from "../../http/validate.js";
import { auditQuery } from "./schema.js";
import { listAudit } from "./service.js";

/** `/api/admin/audit`: the audit log. */
export function auditAdminRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get(
    "/audit",
    route((req) => listAudit(db, parseInput(auditQuery, req.query))),
  );
  return router;
}
