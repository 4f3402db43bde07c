import { Router } from "express";
import { actorOf } from "../../auth/guards.js";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import { publishCharterInput, versionsQuery } from "./schema.js";
import { listVersions, publishVersion, readCurrentCharter, readVersion } from "./service.js";

/** `/api/charter`: the charter and internal rules in force, and every published version (public). */
export function charterRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get(
    "/",
    route(() => readCurrentCharter(db)),
  );
  router.get(
    "/versions",
    route((req) => listVersions(db, parseInput(versionsQuery, req.query).kind)),
  );
  router.get(
    "/versions/:id",
    route((req) => readVersion(db, idParam(param(req, "id")))),
  );
  return router;
}

/** `/api/admin/charter`: publishing a new version of the charter or the internal rules. */
export function charterAdminRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.post(
    "/charter/versions",
    route((req) => publishVersion(db, actorOf(req), parseInput(publishCharterInput, req.body)), 201),
  );
  return router;
}
