import { Router } from "express";
import { z } from "zod";
import { charterKinds } from "../../../common/associations.js";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { parseInput } from "../../http/validate.js";
import { idParam, param } from "../associations/routes.js";
import { listVersions, readCurrentCharter, readVersion } from "./service.js";

const versionsQuery = z.object({ kind: z.enum(charterKinds).optional() });

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
