import type { ServerModule } from "../module.js";
import { agendaRoutes } from "./routes.js";

/** The signed-in home page's list of what waits for the person, composed from the modules' sources. */
export const agendaModule: ServerModule = {
  name: "agenda",
  routes: agendaRoutes,
};
