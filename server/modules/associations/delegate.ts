import type { AssociationMember } from "../../../common/associations.js";
import type { DelegateOffice, DelegateRequestView } from "../../../common/delegate.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { writeAudit } from "../audit/index.js";
import { notify } from "../notifications/index.js";
import { type AssociationContext, withAssociation } from "./access.js";
import { type OfficeAction, type OfficeFacts, officeAbilities, officeDenial } from "./delegate-policy.js";
import { associationForNotice, representativeIds } from "./delegate-settle.js";
import { changeDelegate } from "./history.js";
import { loadMembers } from "./people.js";
import { denial } from "./policy.js";
import { effectiveStatus } from "./status.js";

const people = { select: { id: true, name: true } } as const;
const requestInclude = { candidate: people, requestedBy: people, decidedBy: people } as const;

type RequestRow = Awaited<ReturnType<typeof loadRequests>>[number];

function loadRequests(tx: Tx, associationId: string) {
  return tx.delegateRequest.findMany({
    where: { associationId },
    include: requestInclude,
    orderBy: { createdAt: "desc" },
    take: 6,
  });
}

function presentRequest(row: RequestRow): DelegateRequestView {
  return {
    id: row.id,
    candidate: row.candidate,
    requestedBy: row.requestedBy,
    reason: row.reason,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    effectiveAt: row.effectiveAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedBy,
    decisionNote: row.decisionNote,
  };
}

/** The facts the office's policy decides on, read inside the association's transaction. */
async function officeFacts(tx: Tx, actor: Actor, context: AssociationContext): Promise<OfficeFacts> {
  const { association, membership, now } = context;
  const [delegate, pending] = await Promise.all([
    tx.associationDelegate.findUnique({ where: { associationId: association.id } }),
    tx.delegateRequest.findUnique({ where: { openFor: association.id } }),
  ]);
  return {
    actorId: actor.id,
    isAdmin: actor.role === "admin",
    actDenied: denial(actor, "act", {
      status: effectiveStatus(association, now),
      membership,
      approved: association.memberSince !== null,
    }),
    delegateId: delegate?.userId ?? null,
    pending: pending ? { requestedById: pending.requestedById, candidateId: pending.candidateId } : null,
  };
}

function assertOffice(action: OfficeAction, facts: OfficeFacts): void {
  const code = officeDenial(action, facts);
  if (code) throw new AppError(code);
}

async function buildOffice(tx: Tx, facts: OfficeFacts, associationId: string, objectionHours: number) {
  const [delegate, requests] = await Promise.all([
    tx.associationDelegate.findUnique({ where: { associationId }, include: { member: { include: { user: people } } } }),
    loadRequests(tx, associationId),
  ]);
  const pending = requests.find((row) => row.status === "pending") ?? null;
  return {
    delegate: delegate ? delegate.member.user : null,
    since: delegate?.since.toISOString() ?? null,
    pending: pending ? presentRequest(pending) : null,
    recent: requests.filter((row) => row.status !== "pending").map(presentRequest),
    objectionHours,
    abilities: officeAbilities(facts),
  } satisfies DelegateOffice;
}

/** A representative of the association who is not its delegate yet (NOT_FOUND / INVALID_STATE otherwise). */
async function assertCandidate(tx: Tx, associationId: string, userId: string, delegateId: string | null) {
  const member = await tx.associationMember.findUnique({
    where: { associationId_userId: { associationId, userId } },
    include: { user: people },
  });
  if (!member) throw new AppError("NOT_FOUND");
  if (member.role !== "representative") throw new AppError("INVALID_STATE", { reason: "not_a_representative" });
  if (delegateId === userId) throw new AppError("INVALID_STATE", { reason: "already_delegate" });
  return member.user;
}

/** Closes the pending request, if any, overtaken by a hand-over or an admin's settlement. */
async function cancelPending(tx: Tx, associationId: string, actorId: string, now: Date, note: string) {
  await tx.delegateRequest.updateMany({
    where: { openFor: associationId },
    data: { status: "cancelled", openFor: null, decidedAt: now, decidedById: actorId, decisionNote: note },
  });
}

/** Its representatives (and admins) read the office: the delegate, the pending request, what they may do. */
export function readDelegateOffice(db: Db, actor: Actor, ref: string, objectionHours: number): Promise<DelegateOffice> {
  return withAssociation(db, actor, ref, "read_private", async (tx, context) =>
    buildOffice(tx, await officeFacts(tx, actor, context), context.association.id, objectionHours),
  );
}

/**
 * Names the primary delegate at once, by the one who may: the sitting delegate handing the office over,
 * any representative while none sits, or an admin settling it (`asAdmin`, with a reason). A pending
 * request is overtaken. Every representative is told.
 */
export function nameDelegate(
  db: Db,
  actor: Actor,
  ref: string,
  input: { userId: string; reason?: string | undefined; asAdmin?: boolean },
): Promise<AssociationMember[]> {
  return withAssociation(db, actor, ref, null, async (tx, context) => {
    const { association, now } = context;
    const facts = await officeFacts(tx, actor, context);
    assertOffice(input.asAdmin ? "settle" : "name", facts);
    if (facts.delegateId === input.userId) return loadMembers(tx, actor, association);
    const candidate = await assertCandidate(tx, association.id, input.userId, facts.delegateId);
    const how = input.asAdmin ? "admin" : facts.delegateId ? "handover" : "first";
    await cancelPending(tx, association.id, actor.id, now, how);
    await changeDelegate(tx, { associationId: association.id, userId: input.userId, at: now, actorId: actor.id });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "member.delegate_changed",
      targetType: "user",
      targetId: input.userId,
      associationId: association.id,
      data: { from: facts.delegateId, to: input.userId, how, ...(input.reason ? { reason: input.reason } : {}) },
    });
    const actorRow = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    await notify(tx, {
      userIds: await representativeIds(tx, association.id),
      exceptUserId: actor.id,
      kind: "delegate.changed",
      data: {
        association: await associationForNotice(tx, association.id),
        subjectName: candidate.name,
        actorName: actorRow.name,
        how,
        reason: input.reason ?? null,
      },
    });
    return loadMembers(tx, actor, association);
  });
}

/**
 * A representative asks for the office, for themself or another representative, while a delegate sits.
 * It takes effect after the objection delay unless another representative objects; all are told now.
 * One pending request per association (a unique index backs the check under concurrency).
 */
export function requestDelegateOffice(
  db: Db,
  actor: Actor,
  ref: string,
  input: { userId?: string | undefined; reason?: string | undefined; objectionHours: number },
): Promise<DelegateOffice> {
  return withAssociation(db, actor, ref, null, async (tx, context) => {
    const { association, now } = context;
    const facts = await officeFacts(tx, actor, context);
    assertOffice("request", facts);
    const candidateId = input.userId ?? actor.id;
    const candidate = await assertCandidate(tx, association.id, candidateId, facts.delegateId);
    const effectiveAt = new Date(now.getTime() + input.objectionHours * 3_600_000);
    const request = await tx.delegateRequest.create({
      data: {
        associationId: association.id,
        candidateId,
        requestedById: actor.id,
        reason: input.reason ?? null,
        openFor: association.id,
        createdAt: now,
        effectiveAt,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "delegate.requested",
      targetType: "user",
      targetId: candidateId,
      associationId: association.id,
      data: { requestId: request.id, effectiveAt: effectiveAt.toISOString(), reason: input.reason ?? null },
    });
    const actorRow = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    await notify(tx, {
      userIds: await representativeIds(tx, association.id),
      exceptUserId: actor.id,
      kind: "delegate.request_opened",
      data: {
        association: await associationForNotice(tx, association.id),
        actorName: actorRow.name,
        subjectName: candidate.name,
        effectiveAt: effectiveAt.toISOString(),
        reason: input.reason ?? null,
      },
    });
    const after = { ...facts, pending: { requestedById: actor.id, candidateId } };
    return buildOffice(tx, after, association.id, input.objectionHours);
  });
}

/** Another representative (the sitting delegate among them) objects: the request fails; all are told. */
export function objectToDelegateRequest(
  db: Db,
  actor: Actor,
  ref: string,
  input: { requestId: string; reason?: string | undefined; objectionHours: number },
): Promise<DelegateOffice> {
  return decidePending(db, actor, ref, input, "object");
}

/** The request's author withdraws it. */
export function cancelDelegateRequest(
  db: Db,
  actor: Actor,
  ref: string,
  input: { requestId: string; objectionHours: number },
): Promise<DelegateOffice> {
  return decidePending(db, actor, ref, input, "cancel");
}

function decidePending(
  db: Db,
  actor: Actor,
  ref: string,
  input: { requestId: string; reason?: string | undefined; objectionHours: number },
  action: "object" | "cancel",
): Promise<DelegateOffice> {
  return withAssociation(db, actor, ref, null, async (tx, context) => {
    const { association, now } = context;
    const pending = await tx.delegateRequest.findUnique({
      where: { openFor: association.id },
      include: { candidate: people },
    });
    // A request already decided (or another association's) is not pending here.
    if (!pending || pending.id !== input.requestId) throw new AppError("NOT_FOUND");
    const facts = await officeFacts(tx, actor, context);
    assertOffice(action, facts);
    await tx.delegateRequest.update({
      where: { id: pending.id },
      data: {
        status: action === "object" ? "objected" : "cancelled",
        openFor: null,
        decidedAt: now,
        decidedById: actor.id,
        decisionNote: input.reason ?? null,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: action === "object" ? "delegate.objected" : "delegate.request_cancelled",
      targetType: "user",
      targetId: pending.candidateId,
      associationId: association.id,
      data: { requestId: pending.id, reason: input.reason ?? null },
    });
    const actorRow = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    await notify(tx, {
      userIds: await representativeIds(tx, association.id),
      exceptUserId: actor.id,
      kind: action === "object" ? "delegate.request_objected" : "delegate.request_cancelled",
      data: {
        association: await associationForNotice(tx, association.id),
        actorName: actorRow.name,
        subjectName: pending.candidate.name,
        reason: input.reason ?? null,
      },
    });
    return buildOffice(tx, { ...facts, pending: null }, association.id, input.objectionHours);
  });
}
