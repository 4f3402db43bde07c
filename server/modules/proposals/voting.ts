import { Router } from "express";
import type { ModuleDeps } from "../module.js";
import type { ProposalSettings } from "./service.js";

/** `/api/proposals/:id/vote` and `/api/proposals/amendments/:id/vote`: moderators put a text to a vote. */
export function proposalVoteRoutes(_deps: ModuleDeps, _settings: ProposalSettings): Router {
  return Router();
}
