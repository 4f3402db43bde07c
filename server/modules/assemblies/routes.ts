import { Router } from "express";
import { assemblyLimits } from "../../../common/assemblies.js";
import { actorOf, requireUser } from "../../auth/guards.js";
import { siteOrigin } from "../../config.js";
import { AppError } from "../../http/errors.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import { createMailer } from "../../mail/smtp.js";
import { readUpload, sendFile, typeOfStoredName } from "../../uploads/files.js";
import type { ModuleDeps } from "../module.js";
import { checkIn, giveProxy, registerAttendance, revokeProxy } from "./attendance.js";
import { conveneAssembly } from "./convocation.js";
import { assemblyDocument, listAssemblies, readAssembly } from "./read.js";
import { assemblyInput, checkInInput, conveneInput, proxyInput, registrationInput } from "./schema.js";
import {
  addDocument,
  cancelAssembly,
  closeAssembly,
  createAssembly,
  removeDocument,
  startAssembly,
  updateAssembly,
} from "./service.js";

/**
 * `/api/assemblies`: anyone reads the assemblies convened (drafts: moderators); moderators and admins
 * draft, convene, open, close and cancel them; representatives register, check in and give proxies.
 */
export function assemblyRoutes(deps: ModuleDeps): Router {
  const router = Router();
  const settings = deps.config.assemblies;
  const mailer = createMailer({ smtpUrl: deps.config.smtpUrl, from: deps.config.mailFrom, log: deps.log });
  const detail = (req: Parameters<typeof actorOf>[0], id: string) => readAssembly(deps.db, req.user, settings, id);
  const id = (req: Parameters<typeof actorOf>[0]) => idParam(param(req, "id"));

  router.get(
    "/assemblies",
    route((req) => listAssemblies(deps.db, req.user)),
  );
  router.get(
    "/assemblies/:id",
    route((req) => detail(req, id(req))),
  );
  router.post(
    "/assemblies",
    requireUser,
    route(async (req) => {
      const created = await createAssembly(deps.db, actorOf(req), settings, parseInput(assemblyInput, req.body ?? {}));
      return detail(req, created.id);
    }, 201),
  );
  router.patch(
    "/assemblies/:id",
    requireUser,
    route(async (req) => {
      await updateAssembly(deps.db, actorOf(req), id(req), parseInput(assemblyInput, req.body ?? {}));
      return detail(req, id(req));
    }),
  );
  router.post(
    "/assemblies/:id/documents",
    requireUser,
    route(async (req, res) => {
      const actor = actorOf(req);
      if (actor.role !== "moderator" && actor.role !== "admin") throw new AppError("FORBIDDEN");
      const upload = await readUpload(req, res, "document", assemblyLimits.documentBytesMax);
      await addDocument(deps.db, deps.store, actor, id(req), upload);
      return detail(req, id(req));
    }, 201),
  );
  router.delete(
    "/assemblies/:id/documents/:documentId",
    requireUser,
    route(async (req) => {
      await removeDocument(deps.db, deps.store, actorOf(req), id(req), idParam(param(req, "documentId")));
      return detail(req, id(req));
    }),
  );
  router.get("/assemblies/:id/documents/:documentId", async (req, res, next) => {
    try {
      const doc = await assemblyDocument(deps.db, req.user, id(req), idParam(param(req, "documentId")));
      const type = typeOfStoredName(doc.storedName);
      const bytes = type ? await deps.store.read("documents", doc.storedName) : undefined;
      if (!type || !bytes) throw new AppError("NOT_FOUND");
      sendFile(res, bytes, type, { attachment: doc.fileName, cache: "private" });
    } catch (error) {
      next(error);
    }
  });
  router.post(
    "/assemblies/:id/convene",
    requireUser,
    route(async (req) => {
      const sent = await conveneAssembly(deps.db, actorOf(req), id(req), parseInput(conveneInput, req.body ?? {}), {
        settings,
        log: deps.log,
        siteUrl: siteOrigin(deps.config, req.socket.localPort ?? deps.config.port),
      });
      // After the commit: the outbox already holds them; the mail server, when there is one, gets them now.
      void mailer.deliver(sent.emails);
      return detail(req, id(req));
    }),
  );
  for (const [path, act] of [
    ["start", startAssembly],
    ["close", closeAssembly],
    ["cancel", cancelAssembly],
  ] as const) {
    router.post(
      `/assemblies/:id/${path}`,
      requireUser,
      route(async (req) => {
        await act(deps.db, actorOf(req), id(req));
        return detail(req, id(req));
      }),
    );
  }
  router.post(
    "/assemblies/:id/registrations",
    requireUser,
    route(async (req) => {
      const input = parseInput(registrationInput, req.body ?? {});
      await registerAttendance(deps.db, actorOf(req), id(req), input.associationId);
      return detail(req, id(req));
    }, 201),
  );
  router.post(
    "/assemblies/:id/check-ins",
    requireUser,
    route(async (req) => {
      const input = parseInput(checkInInput, req.body ?? {});
      await checkIn(deps.db, actorOf(req), id(req), input.associationId);
      return detail(req, id(req));
    }, 201),
  );
  router.post(
    "/assemblies/:id/proxies",
    requireUser,
    route(async (req) => {
      const input = parseInput(proxyInput, req.body ?? {});
      await giveProxy(deps.db, actorOf(req), settings, id(req), input);
      return detail(req, id(req));
    }, 201),
  );
  router.post(
    "/assemblies/:id/proxies/:proxyId/revoke",
    requireUser,
    route(async (req) => {
      await revokeProxy(deps.db, actorOf(req), id(req), idParam(param(req, "proxyId")));
      return detail(req, id(req));
    }),
  );
  return router;
}
