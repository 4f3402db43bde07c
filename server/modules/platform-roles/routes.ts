import { Router } from "express";
import { actorOf } from "../../auth/guards.js";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import { platformRoleInput, usersQuery } from "./schema.js";
import { changePlatformRole, listUsers } from "./service.js";

/** `/api/admin/users`: accounts and their platform roles. */
export function platformRoleAdminRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get(
    "/users",
    route((req) => listUsers(db, actorOf(req), parseInput(usersQuery, req.query))),
  );
  router.put(
    "/users/:id/role",
    route((req) =>
      changePlatformRole(db, actorOf(req), idParam(param(req, "id")), parseInput(platformRoleInput, req.body).role),
    ),
  );
  return router;
}
