import type { Db, Tx } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { writeAudit } from "../audit/index.js";
import { notify } from "../notifications/index.js";
import { changeDelegate } from "./history.js";
import { lockAssociation } from "./lock.js";

/** The association as a notification's sentence names it. */
export async function associationForNotice(tx: Tx, associationId: string) {
  const row = await tx.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { id: true, slug: true, nameAr: true, nameFr: true },
  });
  return row;
}

/** The ids of the association's representatives (who are told of every change of the office). */
export async function representativeIds(tx: Tx, associationId: string): Promise<string[]> {
  const rows = await tx.associationMember.findMany({
    where: { associationId, role: "representative" },
    select: { userId: true },
  });
  return rows.map((row) => row.userId);
}

/**
 * A pending request whose objection delay has run out takes effect, dated at the end of the delay
 * (so the delegate history, and the electorate read from it, is right for every instant). A candidate
 * who is no longer a representative cannot take office: the request is cancelled instead. Call with
 * the association's row locked.
 */
export async function settleDueDelegateRequest(tx: Tx, associationId: string, now: Date): Promise<void> {
  const due = await tx.delegateRequest.findFirst({
    where: { openFor: associationId, effectiveAt: { lte: now } },
    include: { candidate: { select: { name: true } }, requestedBy: { select: { name: true } } },
  });
  if (!due) return;
  const candidate = await tx.associationMember.findUnique({
    where: { associationId_userId: { associationId, userId: due.candidateId } },
  });
  const association = await associationForNotice(tx, associationId);
  const stillEligible = candidate?.role === "representative";
  await tx.delegateRequest.update({
    where: { id: due.id },
    data: {
      status: stillEligible ? "applied" : "cancelled",
      openFor: null,
      decidedAt: due.effectiveAt,
      decisionNote: stillEligible ? null : "candidate_not_representative",
    },
  });
  if (!stillEligible) {
    await notify(tx, {
      userIds: [due.requestedById],
      kind: "delegate.request_cancelled",
      data: { association, subjectName: due.candidate.name, reason: "candidate_not_representative" },
    });
    return;
  }
  const previous = await tx.associationDelegate.findUnique({ where: { associationId } });
  await changeDelegate(tx, {
    associationId,
    userId: due.candidateId,
    at: due.effectiveAt,
    actorId: due.requestedById,
  });
  await writeAudit(tx, {
    actorId: null,
    action: "member.delegate_changed",
    targetType: "user",
    targetId: due.candidateId,
    associationId,
    data: { from: previous?.userId ?? null, to: due.candidateId, how: "request", requestId: due.id },
  });
  await notify(tx, {
    userIds: await representativeIds(tx, associationId),
    kind: "delegate.changed",
    data: { association, subjectName: due.candidate.name, actorName: due.requestedBy.name, how: "request" },
  });
}

/**
 * Applies every request whose delay has run out (run at start and periodically, and before the
 * electorate is read), each in its own transaction with its association locked.
 */
export async function settleDueDelegateRequests(db: Db): Promise<number> {
  const due = await db.delegateRequest.findMany({
    where: { status: "pending", effectiveAt: { lte: new Date() } },
    select: { associationId: true },
  });
  for (const { associationId } of due) {
    await inTransaction(db, async (tx) => {
      await lockAssociation(tx, associationId);
      await settleDueDelegateRequest(tx, associationId, new Date());
    });
  }
  return due.length;
}
