import type { Role } from "../../../common/api.js";
import {
  type AssemblyInput,
  type AssemblyItemType,
  assemblyLimits,
  majorityByItemType,
} from "../../../common/assemblies.js";
import type { MajorityRule } from "../../../common/tally.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { acceptedType, downloadName, type FileStore, type Upload } from "../../uploads/files.js";
import { writeAudit } from "../audit/index.js";
import { notify } from "../notifications/index.js";
import { createScopedSession } from "../sessions/index.js";
import type { VoteScope } from "../votes/index.js";
import { type AssemblyAction, CHECK_IN_OPENS_BEFORE_MS, denial } from "./policy.js";
import { quorumOf, standingOf } from "./quorum.js";

/** Whoever acts on an assembly: a signed-in person. */
export type AssemblyActor = { id: string; name: string; role: Role };

/** The forum's settings for assemblies (from the configuration). */
export type AssemblySettings = { convocationDays: number; maxProxies: number; quorum: number; secondQuorum: number };

export const assemblyTags = (id: string) => ["assemblies", `assembly:${id}`];

export const dayHasCome = (scheduledAt: Date, now: Date) =>
  now.getTime() >= scheduledAt.getTime() - CHECK_IN_OPENS_BEFORE_MS;

/** The assembly row, locked for the rest of the transaction: every change to it and its attendance queues here. */
export async function lockAssembly(tx: Tx, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM assemblies WHERE id = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND");
  return tx.assembly.findUniqueOrThrow({ where: { id } });
}

type AssemblyRow = Awaited<ReturnType<typeof lockAssembly>>;

/** Throws the policy's refusal of `action` on the assembly, if any. */
export function check(actor: AssemblyActor, action: AssemblyAction, assembly: AssemblyRow, now = new Date()): void {
  const denied = denial(actor.role, action, {
    status: assembly.status,
    round: assembly.round,
    dayHasCome: dayHasCome(assembly.scheduledAt, now),
  });
  if (denied) throw new AppError(denied, denied === "INVALID_STATE" ? { reason: `${action}_not_now` } : undefined);
}

const itemRows = (input: AssemblyInput) =>
  input.items.map((item, position) => ({
    position,
    title: item.title,
    type: item.type,
    descriptionMd: item.descriptionMd ?? "",
  }));

const details = (input: AssemblyInput) => ({
  kind: input.kind,
  title: input.title,
  scheduledAt: new Date(input.scheduledAt),
  place: input.place || null,
  onlineUrl: input.onlineUrl || null,
});

/** Creates a draft assembly with its agenda (moderators and admins). Audited `assembly.created`. */
export async function createAssembly(
  db: Db,
  actor: AssemblyActor,
  settings: AssemblySettings,
  input: AssemblyInput,
): Promise<{ id: string }> {
  const denied = denial(actor.role, "edit", { status: "draft", round: 0, dayHasCome: false });
  if (denied) throw new AppError(denied);
  return inTransaction(db, async (tx) => {
    const row = await tx.assembly.create({
      data: {
        ...details(input),
        quorumShare: settings.quorum,
        createdById: actor.id,
        items: { create: itemRows(input) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.created",
      targetType: "assembly",
      targetId: row.id,
      data: { title: input.title, kind: input.kind, scheduledAt: input.scheduledAt, items: input.items.length },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(row.id) });
    return row;
  });
}

/** Replaces a draft's details and agenda (editable until it is convened). Audited `assembly.updated`. */
export async function updateAssembly(db: Db, actor: AssemblyActor, id: string, input: AssemblyInput): Promise<void> {
  await inTransaction(db, async (tx) => {
    const assembly = await lockAssembly(tx, id);
    check(actor, "edit", assembly);
    await tx.assemblyItem.deleteMany({ where: { assemblyId: id } });
    await tx.assembly.update({
      where: { id },
      data: { ...details(input), items: { create: itemRows(input) } },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.updated",
      targetType: "assembly",
      targetId: id,
      data: { title: input.title, before: { title: assembly.title, scheduledAt: assembly.scheduledAt.toISOString() } },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
  });
}

/** Adds a document (a PDF) sent with the convocation. Audited `assembly.document_added`. */
export async function addDocument(
  db: Db,
  store: FileStore,
  actor: AssemblyActor,
  id: string,
  upload: Upload,
): Promise<{ id: string }> {
  const type = acceptedType(upload, ["application/pdf"]);
  const file = await store.save("documents", upload.buffer, type);
  try {
    return await inTransaction(db, async (tx) => {
      const assembly = await lockAssembly(tx, id);
      check(actor, "manage_documents", assembly);
      const count = await tx.assemblyDocument.count({ where: { assemblyId: id } });
      if (count >= assemblyLimits.documentsMax) throw new AppError("INVALID_STATE", { reason: "too_many_documents" });
      const fileName = downloadName(upload.originalName, type);
      const row = await tx.assemblyDocument.create({
        data: {
          assemblyId: id,
          fileName,
          storedName: file,
          contentType: type,
          sizeBytes: upload.buffer.length,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "assembly.document_added",
        targetType: "assembly",
        targetId: id,
        data: { title: assembly.title, documentId: row.id, fileName },
      });
      publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
      return row;
    });
  } catch (error) {
    await store.remove("documents", file);
    throw error;
  }
}

/** Removes a document before the assembly opens. Audited `assembly.document_removed`. */
export async function removeDocument(
  db: Db,
  store: FileStore,
  actor: AssemblyActor,
  id: string,
  documentId: string,
): Promise<void> {
  const stored = await inTransaction(db, async (tx) => {
    const assembly = await lockAssembly(tx, id);
    check(actor, "manage_documents", assembly);
    const document = await tx.assemblyDocument.findFirst({ where: { id: documentId, assemblyId: id } });
    if (!document) throw new AppError("NOT_FOUND");
    await tx.assemblyDocument.delete({ where: { id: documentId } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.document_removed",
      targetType: "assembly",
      targetId: id,
      data: { title: assembly.title, documentId, fileName: document.fileName },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
    return document.storedName;
  });
  await store.remove("documents", stored);
}

/**
 * Opens the assembly: its quorum (associations present or represented) must be met; a live session is
 * created with its agenda (the same item ids), its formal votes scoped to the assembly. Proxies are
 * fixed from now on. Audited `assembly.started`.
 */
export async function startAssembly(db: Db, actor: AssemblyActor, id: string): Promise<{ liveSessionId: string }> {
  return inTransaction(db, async (tx) => {
    const assembly = await lockAssembly(tx, id);
    const now = new Date();
    check(actor, "start", assembly, now);
    const quorum = quorumOf(await standingOf(tx, id, now), assembly.quorumShare);
    if (!quorum.met) throw new AppError("QUORUM_NOT_MET", { ...quorum });
    const items = await tx.assemblyItem.findMany({ where: { assemblyId: id }, orderBy: { position: "asc" } });
    const liveSessionId =
      assembly.liveSessionId ??
      (await createScopedSession(tx, {
        title: assembly.title,
        descriptionMd: "",
        scheduledAt: assembly.scheduledAt,
        moderatorId: actor.id,
        scope: { kind: "assembly", id },
        agenda: items.map((item) => ({ id: item.id, title: item.title })),
      }));
    await tx.assembly.update({ where: { id }, data: { status: "in_session", startedAt: now, liveSessionId } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.started",
      targetType: "assembly",
      targetId: id,
      data: { title: assembly.title, liveSessionId, quorum },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
    return { liveSessionId };
  });
}

/** Closes an assembly in session. Audited `assembly.closed`. */
export async function closeAssembly(db: Db, actor: AssemblyActor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const assembly = await lockAssembly(tx, id);
    check(actor, "close", assembly);
    await tx.assembly.update({ where: { id }, data: { status: "closed", closedAt: new Date() } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.closed",
      targetType: "assembly",
      targetId: id,
      data: { title: assembly.title },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
  });
}

/** Cancels a draft or a convened assembly; those convened are told. Audited `assembly.cancelled`. */
export async function cancelAssembly(db: Db, actor: AssemblyActor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const assembly = await lockAssembly(tx, id);
    check(actor, "cancel", assembly);
    await tx.assembly.update({ where: { id }, data: { status: "cancelled" } });
    if (assembly.status === "convened") {
      const reps = await tx.associationMember.findMany({
        where: { role: "representative", association: { status: "active" } },
        select: { userId: true },
      });
      await notify(tx, {
        userIds: reps.map((rep) => rep.userId),
        kind: "assembly.cancelled",
        data: {
          assembly: { id, title: assembly.title, scheduledAt: assembly.scheduledAt.toISOString() },
          subjectName: assembly.title,
          effectiveAt: assembly.scheduledAt.toISOString(),
        },
        exceptUserId: actor.id,
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.cancelled",
      targetType: "assembly",
      targetId: id,
      data: { title: assembly.title, was: assembly.status },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
  });
}

/**
 * What a vote of the assembly on an item of `itemType` takes: its scope (the associations present or
 * represented vote, the quorum checked at the opening) and the majority the type needs. Throws
 * NOT_FOUND, or INVALID_STATE when the assembly is not in session.
 */
export async function assemblyVoteBasis(
  tx: Tx,
  assemblyId: string,
  itemType: AssemblyItemType,
): Promise<{ scope: VoteScope; majority: MajorityRule }> {
  const assembly = await tx.assembly.findUnique({ where: { id: assemblyId }, select: { status: true } });
  if (!assembly) throw new AppError("NOT_FOUND");
  if (assembly.status !== "in_session") throw new AppError("INVALID_STATE", { reason: "assembly_not_in_session" });
  return { scope: { kind: "assembly", id: assemblyId }, majority: majorityByItemType[itemType] };
}
