import type { CorrectionInput, DecisionContent, ManualDecisionInput } from "../../../common/decisions.js";
import type { SessionUser } from "../../auth/types.js";
import type { Db } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { acceptedType, downloadName, type FileStore, type Upload } from "../../uploads/files.js";
import { writeAudit } from "../audit/index.js";
import { sha256Hex } from "./canonical.js";
import { recordDecision } from "./record.js";
import { abilitiesOf } from "./service.js";

/** The largest source document a moderator may attach. */
export const SOURCE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * A decision a moderator records by hand, with the document it was taken from (a PDF, kept in the
 * file store, its SHA-256 written into the record). Audited in the same transaction.
 */
export async function recordManualDecision(
  db: Db,
  store: FileStore,
  actor: SessionUser,
  input: ManualDecisionInput,
  upload: Upload,
): Promise<{ id: string; number: string }> {
  if (!abilitiesOf(actor).record) throw new AppError("FORBIDDEN");
  const type = acceptedType(upload, ["application/pdf"]);
  const file = await store.save("documents", upload.buffer, type);
  try {
    return await inTransaction(db, async (tx) => {
      const recorded = await recordDecision(tx, {
        kind: "manual",
        title: input.title,
        textMd: input.textMd,
        decidedAt: new Date(`${input.decidedAt}T00:00:00Z`),
        outcome: input.outcome,
        links: [],
        recordedById: actor.id,
        source: {
          file,
          name: downloadName(upload.originalName, type),
          type,
          size: upload.buffer.length,
          sha256: sha256Hex(upload.buffer),
        },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "decision.recorded",
        targetType: "decision",
        targetId: recorded.id,
        data: { number: recorded.number, title: input.title.normalize("NFC").trim() },
      });
      return recorded;
    });
  } catch (error) {
    await store.remove("documents", file);
    throw error;
  }
}

/**
 * A correction: a new record naming the one it corrects (which stays as it was); the corrected
 * record's date and outcome are kept unless the correction gives new ones.
 */
export async function correctDecision(
  db: Db,
  actor: SessionUser,
  correctsId: string,
  input: CorrectionInput,
): Promise<{ id: string; number: string }> {
  if (!abilitiesOf(actor).correct) throw new AppError("FORBIDDEN");
  return inTransaction(db, async (tx) => {
    const target = await tx.decisionRecord.findUnique({ where: { id: correctsId }, select: { canonical: true } });
    if (!target) throw new AppError("NOT_FOUND");
    const corrected = JSON.parse(target.canonical) as DecisionContent;
    const recorded = await recordDecision(tx, {
      kind: "correction",
      title: input.title,
      textMd: input.textMd,
      decidedAt: input.decidedAt ? new Date(`${input.decidedAt}T00:00:00Z`) : new Date(corrected.decidedAt),
      outcome: input.outcome ?? corrected.outcome,
      links: [{ label: corrected.number, href: `/decisions/${corrected.number}` }],
      correctsId,
      recordedById: actor.id,
      ...(corrected.proposalId ? { proposalId: corrected.proposalId } : {}),
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "decision.corrected",
      targetType: "decision",
      targetId: recorded.id,
      data: { number: recorded.number, corrects: corrected.number, title: input.title.normalize("NFC").trim() },
    });
    return recorded;
  });
}
