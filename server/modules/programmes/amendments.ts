import { type AmendableField, amendableFields, type ProgrammeAmendmentInput } from "../../../common/programmes.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import { AppError, fieldError } from "../../http/errors.js";
import { renderMarkdown } from "../../markdown/render.js";
import { writeAudit } from "../audit/index.js";
import { replacePassage } from "../proposals/index.js";
import { ensure, lockProgramme, policyActor, programmeTags } from "./access.js";

export type AmendmentTarget = { targetKind: string; targetId: string | null; field: string };

/** The current text of the amended field, and its element's title; NOT_FOUND-like field errors otherwise. */
export async function targetText(
  tx: Tx,
  programmeId: string,
  target: AmendmentTarget,
): Promise<{ text: string; title: string | null }> {
  const fields = amendableFields[target.targetKind as keyof typeof amendableFields] as readonly string[] | undefined;
  if (!fields?.includes(target.field))
    throw fieldError("VALIDATION_FAILED", [{ path: "field", reason: "not_amendable" }]);
  if (target.targetKind === "introduction") {
    const programme = await tx.programme.findUniqueOrThrow({ where: { id: programmeId } });
    return { text: programme.introductionMd, title: null };
  }
  const missing = () => fieldError("VALIDATION_FAILED", [{ path: "targetId", reason: "not_in_programme" }]);
  if (!target.targetId) throw missing();
  if (target.targetKind === "axis") {
    const axis = await tx.programmeAxis.findFirst({ where: { id: target.targetId, programmeId } });
    if (!axis) throw missing();
    return { text: target.field === "title" ? axis.title : axis.descriptionMd, title: axis.title };
  }
  const action = await tx.programmeAction.findFirst({ where: { id: target.targetId, programmeId } });
  if (!action) throw missing();
  return { text: target.field === "title" ? action.title : action.objective, title: action.title };
}

/** Writes `text` into the amended field (an adopted amendment). */
export async function writeTarget(tx: Tx, programmeId: string, target: AmendmentTarget, text: string): Promise<void> {
  const field = target.field as AmendableField;
  if (target.targetKind === "introduction") {
    await tx.programme.update({
      where: { id: programmeId },
      data: { introductionMd: text, introductionHtml: renderMarkdown(text) },
    });
  } else if (target.targetKind === "axis") {
    await tx.programmeAxis.update({
      where: { id: target.targetId! },
      data: field === "title" ? { title: text } : { descriptionMd: text, descriptionHtml: renderMarkdown(text) },
    });
  } else {
    await tx.programmeAction.update({
      where: { id: target.targetId! },
      data: field === "title" ? { title: text } : { objective: text },
    });
  }
}

/**
 * The text an amendment gives its field now: its own, when the field has not changed since; a passage
 * replacement still applies when its passage is found once; otherwise null (outdated).
 */
export function amendedText(
  current: string,
  amendment: { kind: string; baseText: string; newText: string; passage: string | null; replacement: string | null },
): string | null {
  if (current === amendment.baseText) return amendment.newText;
  if (amendment.kind === "passage" && amendment.passage !== null) {
    return replacePassage(current, amendment.passage, amendment.replacement ?? "");
  }
  return null;
}

/**
 * A member association's representative proposes an amendment to one text of the programme (its
 * introduction, an axis's title or description, an action's title or objective), while amendments
 * are open. Audited `programme_amendment.proposed`.
 */
export async function proposeProgrammeAmendment(
  db: Db,
  actor: Actor,
  programmeId: string,
  input: ProgrammeAmendmentInput,
): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const programme = await lockProgramme(tx, programmeId);
    const person = await policyActor(tx, actor, programme, { associationId: input.associationId });
    if (!person.representative) {
      throw new AppError("FORBIDDEN", { fields: [{ path: "associationId", reason: "not_representative" }] });
    }
    ensure(person, "amend", programme);
    const target = { targetKind: input.targetKind, targetId: input.targetId ?? null, field: input.field };
    const current = await targetText(tx, programmeId, target);
    const newText = input.kind === "full" ? input.text : replacePassage(current.text, input.passage, input.replacement);
    if (newText === null) {
      throw new AppError("AMENDMENT_PASSAGE_NOT_FOUND", { fields: [{ path: "passage", reason: "not_found_once" }] });
    }
    if (newText === current.text) {
      throw fieldError("VALIDATION_FAILED", [
        { path: input.kind === "full" ? "text" : "replacement", reason: "unchanged" },
      ]);
    }
    if (target.field === "title" && (newText.trim().length < 3 || newText.length > 200)) {
      throw fieldError("VALIDATION_FAILED", [
        { path: input.kind === "full" ? "text" : "replacement", reason: "title_length" },
      ]);
    }
    const amendment = await tx.programmeAmendment.create({
      data: {
        programmeId,
        associationId: input.associationId,
        authorId: actor.id,
        ...target,
        kind: input.kind,
        passage: input.kind === "passage" ? input.passage : null,
        replacement: input.kind === "passage" ? input.replacement : null,
        baseText: current.text,
        newText,
        rationale: input.rationale ?? "",
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "programme_amendment.proposed",
      targetType: "programme_amendment",
      targetId: amendment.id,
      associationId: input.associationId,
      data: { title: programme.title, programmeId, targetKind: target.targetKind, field: target.field },
    });
    publishAfterCommit(tx, { type: "programme:changed", stale: programmeTags(programmeId) });
    return amendment;
  });
}
