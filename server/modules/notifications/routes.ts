import { Router } from "express";
import { actorOf, requireUser } from "../../auth/guards.js";
import { route } from "../../http/handler.js";
import { parseInput } from "../../http/validate.js";
import type { ModuleDeps } from "../module.js";
import { markReadInput, notificationQuery } from "./schema.js";
import { listNotifications, markNotificationsRead } from "./service.js";

/** `/api/notifications`: the signed-in person's own notifications. */
export function notificationRoutes(deps: ModuleDeps): Router {
  const router = Router();
  router.get(
    "/notifications",
    requireUser,
    route((req) => {
      const query = parseInput(notificationQuery, req.query);
      return listNotifications(deps.db, actorOf(req), { ...query, unreadOnly: query.unread === "true" });
    }),
  );
  router.post(
    "/notifications/read",
    requireUser,
    route((req) => markNotificationsRead(deps.db, actorOf(req), parseInput(markReadInput, req.body ?? {}))),
  );
  return router;
}
