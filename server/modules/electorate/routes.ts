import { Router } from "express";
import { actorOf } from "../../auth/guards.js";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import { electorateQuery, freezeInput } from "./schema.js";
import { freezeElectorate, listSnapshots, readElectorate, readSnapshot } from "./service.js";

/** `/api/admin/electorate`: the electorate at an instant, and its frozen snapshots. */
export function electorateAdminRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get(
    "/electorate",
    route((req) => readElectorate(db, actorOf(req), parseInput(electorateQuery, req.query).at)),
  );
  router.get(
    "/electorate/snapshots",
    route((req) => listSnapshots(db, actorOf(req))),
  );
  router.post(
    "/electorate/snapshots",
    route((req) => freezeElectorate(db, actorOf(req), parseInput(freezeInput, req.body)), 201),
  );
  router.get(
    "/electorate/snapshots/:id",
    route((req) => readSnapshot(db, actorOf(req), idParam(param(req, "id")))),
  );
  return router;
}
