import { Router } from "express";
import { actorOf, requireUser } from "../../auth/guards.js";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { parseInput } from "../../http/validate.js";
import { markReadInput, notificationQuery } from "./schema.js";
import { listNotifications, markNotificationsRead } from "./service.js";

/** `/api/notifications`: the signed-in person's own notifications. */
export function notificationRoutes(deps: { db: Db }): Router {
  const router = Router();
  router.use(requireUser);
  router.get(
    "/",
    route((req) => {
      const query = parseInput(notificationQuery, req.query);
      return listNotifications(deps.db, actorOf(req), { ...query, unreadOnly: query.unread === "true" });
    }),
  );
  router.post(
    "/read",
    route((req) => markNotificationsRead(deps.db, actorOf(req), parseInput(markReadInput, req.body ?? {}))),
  );
  return router;
}
