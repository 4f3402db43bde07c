import { Router } from "express";
import { requireRole } from "../auth/guards.js";
import type { RealtimeServer } from "../realtime/server.js";
import { agendaModule } from "./agenda/index.js";
import { assembliesModule } from "./assemblies/index.js";
import { associationsModule } from "./associations/index.js";
import { auditModule } from "./audit/index.js";
import { charterModule } from "./charter/index.js";
import { debatesModule } from "./debates/index.js";
import { decisionsModule } from "./decisions/index.js";
import { electorateModule } from "./electorate/index.js";
import type { AgendaSource, ModuleDeps, ServerModule } from "./module.js";
import { notificationsModule } from "./notifications/index.js";
import { platformRolesModule } from "./platform-roles/index.js";
import { programmesModule } from "./programmes/index.js";
import { proposalsModule } from "./proposals/index.js";
import { referenceModule } from "./reference/index.js";
import { sessionsModule } from "./sessions/index.js";
import { usersModule } from "./users/index.js";
import { votesModule } from "./votes/index.js";

export type { AgendaSource, ModuleDeps, ServerModule } from "./module.js";

/** Every module of the server, in the order their routes are mounted. */
export const modules: readonly ServerModule[] = [
  usersModule,
  referenceModule,
  charterModule,
  associationsModule,
  electorateModule,
  platformRolesModule,
  auditModule,
  notificationsModule,
  debatesModule,
  votesModule,
  agendaModule,
  proposalsModule,
  sessionsModule,
  decisionsModule,
  assembliesModule,
  programmesModule,
];

/** What the home page lists, from every module that adds to it, in the modules' order. */
export const agendaSources: readonly AgendaSource[] = modules.flatMap((module) => module.agenda ?? []);

/** The routes of every module under `/api`: the admin console's first (behind the admin role). */
export function moduleRoutes(deps: ModuleDeps): Router {
  const router = Router();
  const admin = Router();
  admin.use(requireRole("admin"));
  for (const module of modules) if (module.adminRoutes) admin.use(module.adminRoutes(deps));
  router.use("/admin", admin);
  for (const module of modules) if (module.routes) router.use(module.routes(deps));
  return router;
}

/** The socket handlers of every live module. */
export function attachModuleSockets(io: RealtimeServer, deps: ModuleDeps): void {
  for (const module of modules) module.sockets?.(io, deps);
}

/**
 * Starts every module's background work; the function returned stops it all and settles once the
 * work in flight has finished (a database closed under a running query never answers).
 */
export function startModules(deps: ModuleDeps): () => Promise<void> {
  const stops = modules.flatMap((module) => (module.start ? [module.start(deps)] : []));
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
