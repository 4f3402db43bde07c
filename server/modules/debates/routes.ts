import { type Request, Router } from "express";
import { actorOf, requireUser } from "../../auth/guards.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import type { ModuleDeps } from "../module.js";
import { createCategory, deleteCategory, listCategories, updateCategory } from "./categories.js";
import { decideDebate, dismissFlag, flagTarget, listFlags, moderateReply } from "./moderation.js";
import {
  categoryInput,
  categoryUpdateInput,
  closeInput,
  debateCreateInput,
  debateListQuery,
  debateUpdateInput,
  flagInput,
  flagQuery,
  moderationReasonInput,
  moveInput,
  parseWithBodies,
  peopleQuery,
  repliesQuery,
  replyCreateInput,
  replyUpdateInput,
  slowModeInput,
} from "./schema.js";
import { searchRoutes } from "./search.js";
import {
  createDebate,
  createReply,
  debatePageAnswer,
  debateRevisions,
  deleteDebate,
  deleteReply,
  endorseReply,
  listDebates,
  mentionCandidates,
  readBranch,
  readReplies,
  replyRevisions,
  unendorseReply,
  updateDebate,
  updateReply,
  visitDebate,
} from "./service.js";

const debateId = (req: Request) => idParam(param(req, "id"));
const replyId = (req: Request) => idParam(param(req, "replyId"));

/** `/api/debates` and `/api/moderation`: reading is public; writing needs a session; moderation, a moderator. */
export function debateRoutes({ db }: ModuleDeps): Router {
  const router = Router();
  const viewer = (req: Request) => req.user ?? null;
  router.use(searchRoutes({ db }));

  router.get(
    "/debates/categories",
    route(() => listCategories(db)),
  );
  router.get(
    "/debates/people",
    requireUser,
    route((req) => mentionCandidates(db, parseInput(peopleQuery, req.query).q)),
  );
  router.get(
    "/debates",
    route((req) => listDebates(db, viewer(req), parseInput(debateListQuery, req.query))),
  );
  router.post(
    "/debates",
    requireUser,
    route((req) => createDebate(db, actorOf(req), parseWithBodies(debateCreateInput, req.body, ["bodyMd"])), 201),
  );

  // Replies by their own id (before `/debates/:id` so that "replies" is never read as a debate's id).
  router.get(
    "/debates/replies/:replyId",
    route((req) => readBranch(db, viewer(req), replyId(req))),
  );
  router.patch(
    "/debates/replies/:replyId",
    requireUser,
    route((req) =>
      updateReply(db, actorOf(req), replyId(req), parseWithBodies(replyUpdateInput, req.body, ["bodyMd"])),
    ),
  );
  router.delete(
    "/debates/replies/:replyId",
    requireUser,
    route((req) => deleteReply(db, actorOf(req), replyId(req))),
  );
  router.get(
    "/debates/replies/:replyId/revisions",
    route((req) => replyRevisions(db, viewer(req), replyId(req))),
  );
  router.put(
    "/debates/replies/:replyId/endorsement",
    requireUser,
    route((req) => endorseReply(db, actorOf(req), replyId(req))),
  );
  router.delete(
    "/debates/replies/:replyId/endorsement",
    requireUser,
    route((req) => unendorseReply(db, actorOf(req), replyId(req))),
  );
  router.post(
    "/debates/replies/:replyId/flags",
    requireUser,
    route(
      (req) =>
        flagTarget(db, actorOf(req), { kind: "reply", id: replyId(req) }, parseInput(flagInput, req.body).reason),
      201,
    ),
  );
  router.post(
    "/debates/replies/:replyId/hide",
    requireUser,
    route((req) =>
      moderateReply(db, actorOf(req), replyId(req), "hide", parseInput(moderationReasonInput, req.body).reason),
    ),
  );
  router.post(
    "/debates/replies/:replyId/restore",
    requireUser,
    route((req) =>
      moderateReply(db, actorOf(req), replyId(req), "restore", parseInput(moderationReasonInput, req.body).reason),
    ),
  );

  router.get(
    "/debates/:id",
    route((req) => debatePageAnswer(db, viewer(req), debateId(req))),
  );
  router.patch(
    "/debates/:id",
    requireUser,
    route((req) =>
      updateDebate(db, actorOf(req), debateId(req), parseWithBodies(debateUpdateInput, req.body, ["bodyMd"])),
    ),
  );
  router.delete(
    "/debates/:id",
    requireUser,
    route((req) => deleteDebate(db, actorOf(req), debateId(req))),
  );
  router.get(
    "/debates/:id/replies",
    route((req) => readReplies(db, viewer(req), debateId(req), parseInput(repliesQuery, req.query))),
  );
  router.post(
    "/debates/:id/replies",
    requireUser,
    route(
      (req) => createReply(db, actorOf(req), debateId(req), parseWithBodies(replyCreateInput, req.body, ["bodyMd"])),
      201,
    ),
  );
  router.get(
    "/debates/:id/revisions",
    route((req) => debateRevisions(db, viewer(req), debateId(req))),
  );
  router.post(
    "/debates/:id/visit",
    requireUser,
    route((req) => visitDebate(db, actorOf(req), debateId(req))),
  );
  router.post(
    "/debates/:id/flags",
    requireUser,
    route(
      (req) =>
        flagTarget(db, actorOf(req), { kind: "debate", id: debateId(req) }, parseInput(flagInput, req.body).reason),
      201,
    ),
  );
  for (const kind of ["hide", "restore"] as const) {
    router.post(
      `/debates/:id/${kind}`,
      requireUser,
      route((req) =>
        decideDebate(db, actorOf(req), debateId(req), {
          kind,
          reason: parseInput(moderationReasonInput, req.body).reason,
        }),
      ),
    );
  }
  for (const kind of ["lock", "unlock", "pin", "unpin"] as const) {
    router.post(
      `/debates/:id/${kind}`,
      requireUser,
      route((req) => decideDebate(db, actorOf(req), debateId(req), { kind })),
    );
  }
  router.post(
    "/debates/:id/move",
    requireUser,
    route((req) => decideDebate(db, actorOf(req), debateId(req), { kind: "move", ...parseInput(moveInput, req.body) })),
  );
  router.post(
    "/debates/:id/close",
    requireUser,
    route((req) =>
      decideDebate(db, actorOf(req), debateId(req), {
        kind: "close",
        ...parseWithBodies(closeInput, req.body, ["conclusionMd"]),
      }),
    ),
  );
  router.put(
    "/debates/:id/slow-mode",
    requireUser,
    route((req) =>
      decideDebate(db, actorOf(req), debateId(req), { kind: "slow_mode", ...parseInput(slowModeInput, req.body) }),
    ),
  );

  router.get(
    "/moderation/flags",
    requireUser,
    route((req) => listFlags(db, actorOf(req), parseInput(flagQuery, req.query))),
  );
  router.post(
    "/moderation/flags/:id/dismiss",
    requireUser,
    route((req) => dismissFlag(db, actorOf(req), debateId(req), parseInput(moderationReasonInput, req.body).reason)),
  );
  return router;
}

/** `/api/admin/debates/categories`: adding, editing, ordering and removing categories. */
export function debateAdminRoutes({ db }: ModuleDeps): Router {
  const router = Router();
  router.post(
    "/debates/categories",
    route((req) => createCategory(db, actorOf(req), parseInput(categoryInput, req.body)), 201),
  );
  router.patch(
    "/debates/categories/:id",
    route((req) =>
      updateCategory(db, actorOf(req), idParam(param(req, "id")), parseInput(categoryUpdateInput, req.body)),
    ),
  );
  router.delete(
    "/debates/categories/:id",
    route((req) => deleteCategory(db, actorOf(req), idParam(param(req, "id")))),
  );
  return router;
}
