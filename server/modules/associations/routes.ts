import { type Request, Router } from "express";
import { associationLimits } from "../../../common/associations.js";
import { actorOf, requireUser } from "../../auth/guards.js";
import { consume, type Limit } from "../../auth/rate-limit.js";
import { type Config, siteOrigin } from "../../config.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import type { Logger } from "../../logger.js";
import { type FileStore, readUpload, sendFile, typeOfStoredName } from "../../uploads/files.js";
import {
  applyForMembership,
  listApplications,
  readApplication,
  respondToRequest,
  reviewApplication,
} from "./applications.js";
import {
  cancelDelegateRequest,
  nameDelegate,
  objectToDelegateRequest,
  readDelegateOffice,
  requestDelegateOffice,
} from "./delegate.js";
import { listCities, listDirectory, listMyAssociations } from "./directory.js";
import { addDocument, precheckAct, precheckDocument, readDocument, removeLogo, replaceLogo } from "./files.js";
import { acceptInvitation, inviteMember, listInvitations, previewInvitation, revokeInvitation } from "./invitations.js";
import { decideJoinRequest, listJoinRequests, requestToJoin } from "./join-requests.js";
import { acceptCharterVersion, reinstateAssociation, suspendAssociation, withdrawAssociation } from "./membership.js";
import { listMembers, removeMember, setMemberRole } from "./people.js";
import { updateProfile } from "./profile.js";
import {
  adminAssociationsQuery,
  adminDelegateInput,
  applicationInput,
  applicationQueueQuery,
  charterAcceptInput,
  delegateInput,
  delegateObjectionInput,
  delegateRequestInput,
  directoryQuery,
  inviteInput,
  joinRequestInput,
  joinRequestQuery,
  memberRoleInput,
  rejectInput,
  requestInfoInput,
  respondInput,
  reviewNoteInput,
  suspendInput,
  updateInput,
  withdrawInput,
} from "./schema.js";
import { listAdminAssociations, readManageView, readPageView } from "./views.js";

export type AssociationRouteDeps = { db: Db; config: Config; log: Logger; store: FileStore };

/** Limits on what one account can create, against floods of applications and invitation emails. */
export const associationRateLimits = {
  applicationsPerAccount: { max: 10, windowMs: 24 * 60 * 60_000 },
  invitationsPerAccount: { max: 100, windowMs: 24 * 60 * 60_000 },
} satisfies Record<string, Limit>;

/** The site's address for links in emails: from the configuration, never from the request's Host. */
function siteUrl(config: Config, req: Request): string {
  return siteOrigin(config, req.socket.localPort ?? config.port);
}

/**
 * `/api/associations` (directory, pages, representatives' actions), `/api/applications`,
 * `/api/documents`, `/api/logos`, `/api/invitations`, `/api/me/associations`.
 */
export function associationRoutes({ db, config, log, store }: AssociationRouteDeps): Router {
  const router = Router();

  // --- Public directory and pages ------------------------------------------------------------
  router.get(
    "/associations",
    route((req) => listDirectory(db, parseInput(directoryQuery, req.query))),
  );
  router.get(
    "/reference/cities",
    route(() => listCities(db)),
  );
  router.get(
    "/associations/:ref",
    route((req) => readPageView(db, param(req, "ref"), req.user)),
  );
  router.get(
    "/logos/:file",
    route(async (req, res) => {
      const file = param(req, "file");
      const type = typeOfStoredName(file);
      const bytes = type ? await store.read("logos", file) : undefined;
      if (!type || !bytes) throw new AppError("NOT_FOUND");
      sendFile(res, bytes, type, { cache: "immutable" });
    }),
  );

  // --- My associations, applications, documents -----------------------------------------------
  router.get(
    "/me/associations",
    requireUser,
    route((req) => listMyAssociations(db, actorOf(req))),
  );
  router.post(
    "/applications",
    requireUser,
    route(async (req) => {
      const input = parseInput(applicationInput, req.body);
      await consume(db, `apply:account:${actorOf(req).id}`, associationRateLimits.applicationsPerAccount);
      return applyForMembership(db, actorOf(req), input);
    }, 201),
  );
  router.get(
    "/applications/:id",
    requireUser,
    route((req) => readApplication(db, actorOf(req), idParam(param(req, "id")))),
  );
  router.post(
    "/applications/:id/response",
    requireUser,
    route((req) =>
      respondToRequest(db, actorOf(req), idParam(param(req, "id")), parseInput(respondInput, req.body).note),
    ),
  );
  router.post(
    "/applications/:id/documents",
    requireUser,
    route(async (req, res) => {
      const id = idParam(param(req, "id"));
      await precheckDocument(db, actorOf(req), id);
      const upload = await readUpload(req, res, "file", associationLimits.documentMaxBytes);
      return addDocument(db, store, actorOf(req), id, upload);
    }, 201),
  );
  router.get(
    "/documents/:id",
    requireUser,
    route(async (req, res) => {
      const document = await readDocument(db, store, actorOf(req), idParam(param(req, "id")));
      sendFile(res, document.bytes, document.type, { attachment: document.fileName, cache: "private" });
    }),
  );

  // --- Invitations (the invitee's side) ---------------------------------------------------------
  router.get(
    "/invitations/:token",
    route((req) => previewInvitation(db, param(req, "token"))),
  );
  router.post(
    "/invitations/:token/accept",
    requireUser,
    route((req) => acceptInvitation(db, actorOf(req), param(req, "token"))),
  );

  // --- Representatives ----------------------------------------------------------------------------
  router.get(
    "/associations/:ref/manage",
    requireUser,
    route((req) => readManageView(db, actorOf(req), param(req, "ref"))),
  );
  router.patch(
    "/associations/:ref",
    requireUser,
    route((req) => updateProfile(db, actorOf(req), param(req, "ref"), parseInput(updateInput, req.body))),
  );
  router.put(
    "/associations/:ref/logo",
    requireUser,
    route(async (req, res) => {
      await precheckAct(db, actorOf(req), param(req, "ref"));
      const upload = await readUpload(req, res, "logo", associationLimits.logoMaxBytes);
      return replaceLogo(db, store, actorOf(req), param(req, "ref"), upload);
    }),
  );
  router.delete(
    "/associations/:ref/logo",
    requireUser,
    route((req) => removeLogo(db, store, actorOf(req), param(req, "ref"))),
  );
  router.post(
    "/associations/:ref/withdraw",
    requireUser,
    route((req) => withdrawAssociation(db, actorOf(req), param(req, "ref"), parseInput(withdrawInput, req.body).note)),
  );
  router.post(
    "/associations/:ref/charter-acceptances",
    requireUser,
    route((req) =>
      acceptCharterVersion(db, actorOf(req), param(req, "ref"), parseInput(charterAcceptInput, req.body).versionId),
    ),
  );
  router.get(
    "/associations/:ref/members",
    requireUser,
    route((req) => listMembers(db, actorOf(req), param(req, "ref"))),
  );
  router.patch(
    "/associations/:ref/members/:userId",
    requireUser,
    route((req) =>
      setMemberRole(db, actorOf(req), param(req, "ref"), {
        userId: idParam(param(req, "userId")),
        role: parseInput(memberRoleInput, req.body).role,
        maxRepresentatives: config.maxRepresentatives,
      }),
    ),
  );
  router.delete(
    "/associations/:ref/members/:userId",
    requireUser,
    route((req) => removeMember(db, actorOf(req), param(req, "ref"), idParam(param(req, "userId")))),
  );
  // The primary delegate's office: named at once by the one who may, else requested and open to objection.
  const objectionHours = config.delegateObjectionHours;
  router.get(
    "/associations/:ref/delegate",
    requireUser,
    route((req) => readDelegateOffice(db, actorOf(req), param(req, "ref"), objectionHours)),
  );
  router.put(
    "/associations/:ref/delegate",
    requireUser,
    route((req) => nameDelegate(db, actorOf(req), param(req, "ref"), parseInput(delegateInput, req.body))),
  );
  router.post(
    "/associations/:ref/delegate/requests",
    requireUser,
    route(
      (req) =>
        requestDelegateOffice(db, actorOf(req), param(req, "ref"), {
          ...parseInput(delegateRequestInput, req.body ?? {}),
          objectionHours,
        }),
      201,
    ),
  );
  router.post(
    "/associations/:ref/delegate/requests/:requestId/objection",
    requireUser,
    route((req) =>
      objectToDelegateRequest(db, actorOf(req), param(req, "ref"), {
        ...parseInput(delegateObjectionInput, req.body ?? {}),
        requestId: idParam(param(req, "requestId")),
        objectionHours,
      }),
    ),
  );
  router.delete(
    "/associations/:ref/delegate/requests/:requestId",
    requireUser,
    route((req) =>
      cancelDelegateRequest(db, actorOf(req), param(req, "ref"), {
        requestId: idParam(param(req, "requestId")),
        objectionHours,
      }),
    ),
  );
  router.post(
    "/associations/:ref/invitations",
    requireUser,
    route(async (req) => {
      const { email } = parseInput(inviteInput, req.body);
      await consume(db, `invite:account:${actorOf(req).id}`, associationRateLimits.invitationsPerAccount);
      return inviteMember(db, actorOf(req), param(req, "ref"), { email, siteUrl: siteUrl(config, req), log });
    }, 201),
  );
  router.get(
    "/associations/:ref/invitations",
    requireUser,
    route((req) => listInvitations(db, actorOf(req), param(req, "ref"))),
  );
  router.delete(
    "/associations/:ref/invitations/:id",
    requireUser,
    route((req) => revokeInvitation(db, actorOf(req), param(req, "ref"), idParam(param(req, "id")))),
  );
  router.post(
    "/associations/:ref/join-requests",
    requireUser,
    route(
      (req) => requestToJoin(db, actorOf(req), param(req, "ref"), parseInput(joinRequestInput, req.body).message),
      201,
    ),
  );
  router.get(
    "/associations/:ref/join-requests",
    requireUser,
    route((req) =>
      listJoinRequests(db, actorOf(req), param(req, "ref"), parseInput(joinRequestQuery, req.query).status),
    ),
  );
  for (const [path, decision] of [
    ["approve", "approved"],
    ["reject", "rejected"],
  ] as const) {
    router.post(
      `/associations/:ref/join-requests/:id/${path}`,
      requireUser,
      route((req) => decideJoinRequest(db, actorOf(req), param(req, "ref"), idParam(param(req, "id")), decision)),
    );
  }

  return router;
}

/**
 * `/api/admin/applications` and `/api/admin/associations`: admins review applications and suspend or
 * reinstate associations; they never edit an association's people (charter art. 7, independence).
 */
export function associationAdminRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get(
    "/applications",
    route((req) => listApplications(db, parseInput(applicationQueueQuery, req.query))),
  );
  router.get(
    "/applications/:id",
    route((req) => readApplication(db, actorOf(req), idParam(param(req, "id")))),
  );
  router.post(
    "/applications/:id/approve",
    route((req) =>
      reviewApplication(db, actorOf(req), idParam(param(req, "id")), {
        kind: "approve",
        note: parseInput(reviewNoteInput, req.body).note,
      }),
    ),
  );
  router.post(
    "/applications/:id/reject",
    route((req) =>
      reviewApplication(db, actorOf(req), idParam(param(req, "id")), {
        kind: "reject",
        reason: parseInput(rejectInput, req.body).reason,
      }),
    ),
  );
  router.post(
    "/applications/:id/request-info",
    route((req) =>
      reviewApplication(db, actorOf(req), idParam(param(req, "id")), {
        kind: "request_info",
        note: parseInput(requestInfoInput, req.body).note,
      }),
    ),
  );

  router.get(
    "/associations",
    route((req) => listAdminAssociations(db, actorOf(req), parseInput(adminAssociationsQuery, req.query))),
  );
  // Admins settle the primary delegate's office when the representatives cannot (art. 7 otherwise).
  router.put(
    "/associations/:ref/delegate",
    route((req) =>
      nameDelegate(db, actorOf(req), param(req, "ref"), { ...parseInput(adminDelegateInput, req.body), asAdmin: true }),
    ),
  );
  router.post(
    "/associations/:ref/suspend",
    route((req) => suspendAssociation(db, actorOf(req), param(req, "ref"), parseInput(suspendInput, req.body))),
  );
  router.post(
    "/associations/:ref/reinstate",
    route((req) => reinstateAssociation(db, actorOf(req), param(req, "ref"), parseInput(withdrawInput, req.body).note)),
  );
  return router;
}
