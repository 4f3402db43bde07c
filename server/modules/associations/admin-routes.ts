import { Router } from "express";
import { actorOf, requireRole } from "../../auth/guards.js";
import type { Db } from "../../db/client.js";
import { route } from "../../http/handler.js";
import { parseInput } from "../../http/validate.js";
import { listAudit } from "../audit/service.js";
import { publishVersion } from "../charter/service.js";
import { freezeElectorate, listSnapshots, readElectorate, readSnapshot } from "../electorate/service.js";
import { changePlatformRole, listUsers } from "../platform-roles/service.js";
import { createField, deleteField, updateField } from "../reference/service.js";
import { listApplications, readApplication, reviewApplication } from "./applications.js";
import { nameDelegate } from "./delegate.js";
import { listAllAssociations } from "./directory.js";
import { reinstateAssociation, suspendAssociation } from "./membership.js";
import { idParam, param } from "./routes.js";
import {
  adminAssociationsQuery,
  adminDelegateInput,
  applicationQueueQuery,
  auditQuery,
  electorateQuery,
  fieldCreateInput,
  fieldUpdateInput,
  freezeInput,
  platformRoleInput,
  publishCharterInput,
  rejectInput,
  requestInfoInput,
  reviewNoteInput,
  suspendInput,
  usersQuery,
  withdrawInput,
} from "./schema.js";

/**
 * `/api/admin`: the admin console. Admins review applications and suspend or reinstate associations;
 * they never edit an association's people (charter art. 7, independence), except to settle the primary
 * delegate's office when its representatives cannot (the delegate unreachable, a request contested).
 */
export function adminRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.use(requireRole("admin"));

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
    route((req) => listAllAssociations(db, parseInput(adminAssociationsQuery, req.query))),
  );
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

  router.post(
    "/fields",
    route((req) => createField(db, actorOf(req), parseInput(fieldCreateInput, req.body)), 201),
  );
  router.patch(
    "/fields/:id",
    route((req) => updateField(db, actorOf(req), idParam(param(req, "id")), parseInput(fieldUpdateInput, req.body))),
  );
  router.delete(
    "/fields/:id",
    route(async (req) => {
      await deleteField(db, actorOf(req), idParam(param(req, "id")));
      return { ok: true };
    }),
  );

  router.post(
    "/charter/versions",
    route((req) => publishVersion(db, actorOf(req), parseInput(publishCharterInput, req.body)), 201),
  );

  router.get(
    "/users",
    route((req) => listUsers(db, actorOf(req), parseInput(usersQuery, req.query))),
  );
  router.put(
    "/users/:id/role",
    route((req) =>
      changePlatformRole(db, actorOf(req), idParam(param(req, "id")), parseInput(platformRoleInput, req.body).role),
    ),
  );

  router.get(
    "/audit",
    route((req) => listAudit(db, parseInput(auditQuery, req.query))),
  );

  router.get(
    "/electorate",
    route((req) => readElectorate(db, actorOf(req), parseInput(electorateQuery, req.query).at)),
  );
  router.get(
    "/electorate/snapshots",
    route((req) => listSnapshots(db, actorOf(req))),
  );
  router.post(
    "/electorate/snapshots",
    route((req) => freezeElectorate(db, actorOf(req), parseInput(freezeInput, req.body)), 201),
  );
  router.get(
    "/electorate/snapshots/:id",
    route((req) => readSnapshot(db, actorOf(req), idParam(param(req, "id")))),
  );

  return router;
}
