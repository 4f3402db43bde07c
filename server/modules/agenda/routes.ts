import { Router } from "express";
import { actorOf, requireUser } from "../../auth/guards.js";
import { route } from "../../http/handler.js";
import type { ModuleDeps } from "../module.js";
import { readAgenda } from "./service.js";

/** `GET /api/me/agenda`: what waits for the signed-in person, from every module's sources. */
export function agendaRoutes({ db, agendaSources }: ModuleDeps): Router {
  const router = Router();
  router.get(
    "/me/agenda",
    requireUser,
    route((req) => readAgenda(db, actorOf(req), agendaSources)),
  );
  return router;
}
