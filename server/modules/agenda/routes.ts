import { Router } from "express";
import { actorOf, requireUser } from "../../auth/guards.js";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { membershipAgenda, reviewAgenda } from "../associations/agenda.js";
import { type AgendaSource, readAgenda } from "./service.js";

/** What the home page lists, most pressing first; a new module adds its source here. */
export const agendaSources: readonly AgendaSource[] = [reviewAgenda, membershipAgenda];

/** `GET /api/me/agenda`: what waits for the signed-in person. */
export function agendaRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get(
    "/me/agenda",
    requireUser,
    route((req) => readAgenda(db, actorOf(req), agendaSources)),
  );
  return router;
}
