import type { ActionUpdateInput } from "../../../common/programmes.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { writeAudit } from "../audit/index.js";
import { ensure, lockProgramme, policyActor, programmeTags } from "./access.js";

/**
 * A lead association's representative posts a dated update of an action of an adopted programme: its
 * status (dropped with a reason), progress and a note. Anyone else: PROGRAMME_NOT_LEAD, nothing
 * changed. The update is kept (the action's history) and the action shows the latest. Audited.
 * Answers the programme's id. `at` dates the update (the demo's past months); the API takes now.
 */
export async function updateAction(
  db: Db,
  actor: Actor,
  actionId: string,
  input: ActionUpdateInput,
  at?: Date,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const found = await tx.programmeAction.findUnique({ where: { id: actionId }, select: { programmeId: true } });
    if (!found) throw new AppError("NOT_FOUND");
    const programme = await lockProgramme(tx, found.programmeId);
    // Dated once the lock is held: the updates' dates follow the order they are applied in.
    const when = at ?? new Date();
    const action = await tx.programmeAction.findUniqueOrThrow({
      where: { id: actionId },
      include: { axis: { select: { state: true } } },
    });
    const person = await policyActor(tx, actor, programme, {
      associationId: input.associationId,
      leads: action.leadAssociationIds,
    });
    if (!person.lead) {
      throw new AppError("PROGRAMME_NOT_LEAD", { fields: [{ path: "associationId", reason: "not_a_lead" }] });
    }
    ensure(person, "update_action", programme);
    // An axis the assembly did not adopt is not part of the programme followed.
    if (action.axis.state !== "adopted") throw new AppError("INVALID_STATE");
    const droppedReason = input.status === "dropped" ? (input.droppedReason ?? null) : null;
    const update = await tx.programmeActionUpdate.create({
      data: {
        actionId,
        programmeId: programme.id,
        associationId: input.associationId,
        authorId: actor.id,
        status: input.status,
        progress: input.progress,
        note: input.note,
        droppedReason,
        createdAt: when,
      },
      select: { id: true, createdAt: true },
    });
    await tx.programmeAction.update({
      where: { id: actionId },
      data: { status: input.status, progress: input.progress, droppedReason, lastUpdateAt: update.createdAt },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "programme_action.updated",
      targetType: "programme_action",
      targetId: actionId,
      associationId: input.associationId,
      data: {
        title: programme.title,
        programmeId: programme.id,
        action: action.title,
        before: { status: action.status, progress: action.progress },
        after: { status: input.status, progress: input.progress },
      },
    });
    publishAfterCommit(tx, { type: "programme:progress", stale: programmeTags(programme.id) });
    return programme.id;
  });
}
