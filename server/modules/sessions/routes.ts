import { Router } from "express";
import { actorOf, requireUser } from "../../auth/guards.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import type { ModuleDeps } from "../module.js";
import { createSessionInput, sessionListQuery, updateSessionInput } from "./schema.js";
import {
  approveMinutes,
  createSession,
  joinSession,
  listSessions,
  type Reader,
  readMinutes,
  readSession,
  updateSession,
} from "./service.js";

const readerOf = (req: { user?: Express.User }): Reader => {
  const user = req.user as { id: string; name: string; role: "admin" | "moderator" | "member" } | undefined;
  return user ? { id: user.id, name: user.name, role: user.role } : null;
};

/** `/api/sessions`: the list, creation, a session, its live state over HTTP, and its minutes. */
export function sessionRoutes(deps: ModuleDeps): Router {
  const router = Router();
  router.get(
    "/sessions",
    route((req) => listSessions(deps.db, readerOf(req), parseInput(sessionListQuery, req.query))),
  );
  router.post(
    "/sessions",
    requireUser,
    route((req) => createSession(deps.db, actorOf(req), parseInput(createSessionInput, req.body ?? {})), 201),
  );
  router.get(
    "/sessions/:id",
    route((req) => readSession(deps.db, readerOf(req), idParam(param(req, "id")))),
  );
  router.patch(
    "/sessions/:id",
    requireUser,
    route((req) =>
      updateSession(deps.db, actorOf(req), idParam(param(req, "id")), parseInput(updateSessionInput, req.body ?? {})),
    ),
  );
  router.get(
    "/sessions/:id/live",
    route((req) => joinSession(deps.db, readerOf(req), idParam(param(req, "id")), undefined)),
  );
  router.get(
    "/sessions/:id/minutes",
    route((req) => readMinutes(deps.db, readerOf(req), idParam(param(req, "id")))),
  );
  router.post(
    "/sessions/:id/minutes/approve",
    requireUser,
    route((req) => approveMinutes(deps.db, actorOf(req), idParam(param(req, "id")))),
  );
  return router;
}
