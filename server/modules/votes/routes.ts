import { Router } from "express";
import { actorOf, requireUser } from "../../auth/guards.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import type { ModuleDeps } from "../module.js";
import { castBallot, checkReceipt, openBallots } from "./ballots.js";
import { listVotes, readVote } from "./read.js";
import { castBallotInput, voteDraftInput, voteDraftPatch, voteQuery } from "./schema.js";
import { cancelVoteNow, closeVoteNow, draftVote, editVote, openVoteNow } from "./service.js";

/** `/api/votes`: votes, their ballots and receipts, and a moderator's steps. */
export function voteRoutes({ db }: ModuleDeps): Router {
  const router = Router();
  const id = (req: Parameters<typeof param>[0]) => idParam(param(req, "id"));

  router.get(
    "/votes",
    route((req) => listVotes(db, req.user, parseInput(voteQuery, req.query))),
  );
  router.post(
    "/votes",
    requireUser,
    route((req) => draftVote(db, actorOf(req), parseInput(voteDraftInput, req.body)), 201),
  );
  router.get(
    "/votes/:id",
    route((req) => readVote(db, req.user, id(req))),
  );
  router.patch(
    "/votes/:id",
    requireUser,
    route((req) => editVote(db, actorOf(req), id(req), parseInput(voteDraftPatch, req.body))),
  );
  router.post(
    "/votes/:id/open",
    requireUser,
    route((req) => openVoteNow(db, actorOf(req), id(req))),
  );
  router.post(
    "/votes/:id/close",
    requireUser,
    route((req) => closeVoteNow(db, actorOf(req), id(req))),
  );
  router.post(
    "/votes/:id/cancel",
    requireUser,
    route((req) => cancelVoteNow(db, actorOf(req), id(req))),
  );
  router.post(
    "/votes/:id/ballot",
    requireUser,
    route((req) => castBallot(db, actorOf(req), id(req), parseInput(castBallotInput, req.body)), 201),
  );
  router.get(
    "/votes/:id/ballots",
    route((req) => openBallots(db, id(req))),
  );
  router.get(
    "/votes/:id/receipts/:code",
    route((req) => checkReceipt(db, id(req), param(req, "code").slice(0, 64))),
  );
  return router;
}
