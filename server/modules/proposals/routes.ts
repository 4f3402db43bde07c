import { Router } from "express";
import { actorOf, requireUser } from "../../auth/guards.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import type { ModuleDeps } from "../module.js";
import { decideAmendment, proposeAmendment } from "./amendments.js";
import {
  amendmentInput,
  createInput,
  diffQuery,
  listQuery,
  reasonInput,
  requiredReasonInput,
  updateInput,
} from "./schema.js";
import {
  admitProposal,
  createProposal,
  declareInadmissible,
  type ProposalSettings,
  signProposal,
  submitProposal,
  unsignProposal,
  updateProposal,
  withdrawProposal,
} from "./service.js";
import { diffVersions, listProposals, readProposal, readVersion } from "./views.js";
import { proposalVoteRoutes } from "./voting.js";

/** A version number from the path (digits in any script). */
function versionParam(value: string): number {
  return parseInput(diffQuery.shape.from, value);
}

/** `/api/proposals`: proposals, their sponsors, states, versions and amendments. */
export function proposalRoutes(deps: ModuleDeps): Router {
  const { db } = deps;
  const settings: ProposalSettings = { minSponsors: deps.config.proposalMinSponsors };
  const router = Router();
  const id = (req: Parameters<typeof param>[0]) => idParam(param(req, "id"));

  router.get(
    "/proposals",
    route((req) => listProposals(db, req.user, parseInput(listQuery, req.query))),
  );
  router.post(
    "/proposals",
    requireUser,
    route((req) => createProposal(db, actorOf(req), parseInput(createInput, req.body)), 201),
  );
  router.get(
    "/proposals/:id",
    route((req) => readProposal(db, settings, req.user, id(req))),
  );
  router.patch(
    "/proposals/:id",
    requireUser,
    route(async (req) => {
      const input = parseInput(updateInput, req.body);
      await updateProposal(db, settings, actorOf(req), id(req), input);
      return readProposal(db, settings, req.user, id(req));
    }),
  );

  /** A step on the proposal, answered with the proposal as it now stands. */
  const step = (path: string, run: (req: Parameters<typeof param>[0]) => Promise<void>) =>
    router.post(
      `/proposals/:id/${path}`,
      requireUser,
      route(async (req) => {
        await run(req);
        return readProposal(db, settings, req.user, id(req));
      }),
    );
  step("submit", (req) => submitProposal(db, settings, actorOf(req), id(req)));
  step("withdraw", (req) =>
    withdrawProposal(db, settings, actorOf(req), id(req), parseInput(reasonInput, req.body ?? {}).reason),
  );
  step("admit", (req) => admitProposal(db, settings, actorOf(req), id(req)));
  step("inadmissible", (req) =>
    declareInadmissible(db, settings, actorOf(req), id(req), parseInput(requiredReasonInput, req.body ?? {}).reason),
  );

  router.put(
    "/proposals/:id/sponsors/:associationId",
    requireUser,
    route(async (req) => {
      await signProposal(db, settings, actorOf(req), id(req), idParam(param(req, "associationId")));
      return readProposal(db, settings, req.user, id(req));
    }),
  );
  router.delete(
    "/proposals/:id/sponsors/:associationId",
    requireUser,
    route(async (req) => {
      await unsignProposal(db, settings, actorOf(req), id(req), idParam(param(req, "associationId")));
      return readProposal(db, settings, req.user, id(req));
    }),
  );

  router.get(
    "/proposals/:id/versions/:number",
    route((req) => readVersion(db, req.user, id(req), versionParam(param(req, "number")))),
  );
  router.get(
    "/proposals/:id/diff",
    route((req) => {
      const query = parseInput(diffQuery, req.query);
      return diffVersions(db, req.user, id(req), query.from, query.to);
    }),
  );

  router.post(
    "/proposals/:id/amendments",
    requireUser,
    route(async (req) => {
      const input = parseInput(amendmentInput, req.body);
      const created = await proposeAmendment(db, settings, actorOf(req), id(req), input);
      return { id: created.id, proposal: await readProposal(db, settings, req.user, id(req)) };
    }, 201),
  );
  for (const decision of ["accept", "reject"] as const) {
    router.post(
      `/proposals/amendments/:amendmentId/${decision}`,
      requireUser,
      route(async (req) => {
        const amendmentId = idParam(param(req, "amendmentId"));
        const reason = parseInput(reasonInput, req.body ?? {}).reason;
        const proposalId = await decideAmendment(db, settings, actorOf(req), amendmentId, decision, reason);
        return readProposal(db, settings, req.user, proposalId);
      }),
    );
  }
  router.use(proposalVoteRoutes(deps, settings));
  return router;
}
