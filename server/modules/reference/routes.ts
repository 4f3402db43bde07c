import { Router } from "express";
import { actorOf } from "../../auth/guards.js";
import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import { fieldCreateInput, fieldUpdateInput } from "./schema.js";
import { createField, deleteField, listFields, listRegions, updateField } from "./service.js";

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

/** `/api/admin/fields`: adding, renaming, deactivating and deleting fields of action. */
export function referenceAdminRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.post(
    "/fields",
    route((req) => createField(db, actorOf(req), parseInput(fieldCreateInput, req.body)), 201),
  );
  router.patch(
    "/fields/:id",
    route((req) => updateField(db, actorOf(req), idParam(param(req, "id")), parseInput(fieldUpdateInput, req.body))),
  );
  router.delete(
    "/fields/:id",
    route(async (req) => {
      await deleteField(db, actorOf(req), idParam(param(req, "id")));
      return { ok: true };
    }),
  );
  return router;
}
