import type { ServerModule } from "../module.js";
import { proposalRoutes } from "./routes.js";

/**
 * Proposals put forward by member associations: drafts, submission and sponsors, the moderators'
 * steps, amendments and versions of the text, and the vote that decides them.
 */
export const proposalsModule: ServerModule = {
  name: "proposals",
  routes: proposalRoutes,
};
