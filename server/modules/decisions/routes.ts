import { Router } from "express";
import type { DecisionContent, VerifyReport } from "../../../common/decisions.js";
import { actorOf, requireUser } from "../../auth/guards.js";
import { AppError } from "../../http/errors.js";
import { route } from "../../http/handler.js";
import { idParam, param } from "../../http/params.js";
import { parseInput } from "../../http/validate.js";
import { readUpload, sendFile, typeOfStoredName } from "../../uploads/files.js";
import type { ModuleDeps } from "../module.js";
import { correctDecision, recordManualDecision, SOURCE_MAX_BYTES } from "./manual.js";
import { correctionInput, decisionQuery, manualDecisionInput } from "./schema.js";
import { decisionDetail, exportCsv, exportRegister, listDecisions, signedHead, verifyRegister } from "./service.js";
import { registerKey } from "./signing.js";

/** How long a verification is served again before the chain is recomputed (a public, costly read). */
const VERIFY_REUSE_MS = 5_000;

/** `/api/decisions`: the public register, its verification and exports; moderators record and correct. */
export function decisionRoutes(deps: ModuleDeps): Router {
  const router = Router();
  const key = () => registerKey({ dataDir: deps.config.dataDir, signingKey: deps.config.registerSigningKey });
  let lastVerify: { at: number; report: Promise<VerifyReport> } | undefined;

  router.get(
    "/decisions",
    route((req) => listDecisions(deps.db, req.user, parseInput(decisionQuery, req.query))),
  );
  router.get(
    "/decisions/verify",
    route(async () => {
      if (!lastVerify || Date.now() - lastVerify.at > VERIFY_REUSE_MS) {
        const report = verifyRegister(deps.db);
        lastVerify = { at: Date.now(), report };
        report.catch(() => {
          lastVerify = undefined;
        });
      }
      return lastVerify.report;
    }),
  );
  router.get(
    "/decisions/public-key",
    route(async () => (await key()).publicKey),
  );
  router.get(
    "/decisions/head",
    route(async () => signedHead(deps.db, await key())),
  );
  router.get("/decisions/export.json", async (req, res, next) => {
    try {
      const data = await exportRegister(deps.db, await key());
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.setHeader("Cache-Control", "no-store");
      if (req.query.download !== "0") {
        res.setHeader("Content-Disposition", 'attachment; filename="register-of-decisions.json"');
      }
      res.status(200).send(JSON.stringify(data, null, 2));
    } catch (error) {
      next(error);
    }
  });
  router.get("/decisions/export.csv", async (_req, res, next) => {
    try {
      const csv = await exportCsv(deps.db);
      res.setHeader("Content-Type", "text/csv; charset=utf-8; header=present");
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Content-Disposition", 'attachment; filename="register-of-decisions.csv"');
      res.status(200).send(csv);
    } catch (error) {
      next(error);
    }
  });
  router.get("/decisions/:id/source", async (req, res, next) => {
    try {
      const row = await deps.db.decisionRecord.findUnique({
        where: { id: idParam(param(req, "id")) },
        select: { canonical: true },
      });
      const source = row ? (JSON.parse(row.canonical) as DecisionContent).source : null;
      const type = source ? typeOfStoredName(source.file) : undefined;
      const bytes = source && type ? await deps.store.read("documents", source.file) : undefined;
      if (!source || !type || !bytes) throw new AppError("NOT_FOUND");
      sendFile(res, bytes, type, { attachment: source.name, cache: "immutable" });
    } catch (error) {
      next(error);
    }
  });
  router.get(
    "/decisions/:year/:seq",
    route((req) => {
      const year = Number(param(req, "year"));
      const seq = Number(param(req, "seq"));
      if (!/^\d{4}$/.test(param(req, "year")) || !/^\d{1,6}$/.test(param(req, "seq"))) throw new AppError("NOT_FOUND");
      return decisionDetail(deps.db, req.user, { year, seq });
    }),
  );
  router.get(
    "/decisions/:id",
    route((req) => decisionDetail(deps.db, req.user, { id: idParam(param(req, "id")) })),
  );
  router.post(
    "/decisions",
    requireUser,
    route(async (req, res) => {
      const actor = actorOf(req);
      if (actor.role !== "moderator" && actor.role !== "admin") throw new AppError("FORBIDDEN");
      const upload = await readUpload(req, res, "source", SOURCE_MAX_BYTES);
      const input = parseInput(manualDecisionInput, req.body ?? {});
      const recorded = await recordManualDecision(deps.db, deps.store, actor, input, upload);
      return decisionDetail(deps.db, actor, { id: recorded.id });
    }, 201),
  );
  router.post(
    "/decisions/:id/corrections",
    requireUser,
    route(async (req) => {
      const actor = actorOf(req);
      const recorded = await correctDecision(
        deps.db,
        actor,
        idParam(param(req, "id")),
        parseInput(correctionInput, req.body ?? {}),
      );
      return decisionDetail(deps.db, actor, { id: recorded.id });
    }, 201),
  );
  return router;
}
