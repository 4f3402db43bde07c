import { type Request, Router } from "express";
import { actorOf, requireUser } from "../../auth/guards.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import type { ModuleDeps } from "../module.js";
import { proposeProgrammeAmendment } from "./amendments.js";
import { updateAction } from "./followup.js";
import {
  amendmentInput,
  createInput,
  documentInput,
  listQuery,
  settingsInput,
  updateInput,
  voteInput,
} from "./schema.js";
import { changeProgrammeSettings, createProgramme, saveProgramme, submitProgramme } from "./service.js";
import { listProgrammes, readProgramme, readProgress } from "./views.js";
import { putAmendmentToVote, putAxisToVote, putProgrammeToVote } from "./voting.js";

/** `/api/programmes`: work programmes, their amendments and votes, and their follow-up. */
export function programmeRoutes({ db }: ModuleDeps): Router {
  const router = Router();
  const id = (req: Request, name = "id") => idParam(param(req, name));
  const read = (req: Request, programmeId: string) => readProgramme(db, req.user, programmeId);

  router.get(
    "/programmes",
    route((req) => listProgrammes(db, req.user, parseInput(listQuery, req.query))),
  );
  router.post(
    "/programmes",
    requireUser,
    route(
      async (req) => read(req, (await createProgramme(db, actorOf(req), parseInput(createInput, req.body))).id),
      201,
    ),
  );
  router.get(
    "/programmes/:id",
    route((req) => read(req, id(req))),
  );
  router.put(
    "/programmes/:id",
    requireUser,
    route(async (req) => {
      await saveProgramme(db, actorOf(req), id(req), parseInput(documentInput, req.body));
      return read(req, id(req));
    }),
  );
  router.patch(
    "/programmes/:id/settings",
    requireUser,
    route(async (req) => {
      await changeProgrammeSettings(db, actorOf(req), id(req), parseInput(settingsInput, req.body));
      return read(req, id(req));
    }),
  );
  router.post(
    "/programmes/:id/submit",
    requireUser,
    route(async (req) => {
      await submitProgramme(db, actorOf(req), id(req));
      return read(req, id(req));
    }),
  );
  router.post(
    "/programmes/:id/amendments",
    requireUser,
    route(async (req) => {
      const created = await proposeProgrammeAmendment(db, actorOf(req), id(req), parseInput(amendmentInput, req.body));
      return { id: created.id, programme: await read(req, id(req)) };
    }, 201),
  );
  router.post(
    "/programmes/amendments/:amendmentId/vote",
    requireUser,
    route(async (req) => {
      const input = parseInput(voteInput, req.body ?? {});
      return read(req, await putAmendmentToVote(db, actorOf(req), id(req, "amendmentId"), input));
    }),
  );
  router.post(
    "/programmes/axes/:axisId/vote",
    requireUser,
    route(async (req) => {
      const input = parseInput(voteInput, req.body ?? {});
      return read(req, await putAxisToVote(db, actorOf(req), id(req, "axisId"), input));
    }),
  );
  router.post(
    "/programmes/:id/vote",
    requireUser,
    route(async (req) => {
      await putProgrammeToVote(db, actorOf(req), id(req), parseInput(voteInput, req.body ?? {}));
      return read(req, id(req));
    }),
  );
  router.post(
    "/programmes/actions/:actionId/updates",
    requireUser,
    route(async (req) => {
      const input = parseInput(updateInput, req.body);
      return read(req, await updateAction(db, actorOf(req), id(req, "actionId"), input));
    }, 201),
  );
  router.get(
    "/programmes/:id/progress",
    route((req) => readProgress(db, id(req))),
  );
  return router;
}
