import type { Db, Tx } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { writeAudit } from "../audit/index.js";
import { electorateAt } from "../electorate/index.js";
import { runsAssemblies } from "./policy.js";
import { type AssemblyActor, type AssemblySettings, assemblyTags, check, lockAssembly } from "./service.js";

/** Whether the person is one of the association's representatives. */
async function represents(tx: Tx, userId: string, associationId: string): Promise<boolean> {
  const row = await tx.associationMember.findFirst({
    where: { userId, associationId, role: "representative" },
    select: { userId: true },
  });
  return row !== null;
}

/** FORBIDDEN unless the person represents the association (or, where allowed, runs assemblies). */
async function mustAct(tx: Tx, actor: AssemblyActor, associationId: string, moderatorToo: boolean): Promise<void> {
  if (moderatorToo && runsAssemblies(actor.role)) return;
  if (!(await represents(tx, actor.id, associationId)))
    throw new AppError("FORBIDDEN", { reason: "not_representative" });
}

async function activeIds(tx: Tx, now: Date): Promise<Set<string>> {
  return new Set((await electorateAt(tx, now)).map((entry) => entry.associationId));
}

const proxyRefused = (reason: string, details: Record<string, unknown> = {}) =>
  new AppError("PROXY_REFUSED", { reason, ...details });

/** A representative registers their (active member) association ahead of the assembly. Audited. */
export async function registerAttendance(
  db: Db,
  actor: AssemblyActor,
  id: string,
  associationId: string,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const assembly = await lockAssembly(tx, id);
    const now = new Date();
    check(actor, "register", assembly, now);
    await mustAct(tx, actor, associationId, false);
    if (!(await activeIds(tx, now)).has(associationId)) throw new AppError("ASSOCIATION_SUSPENDED");
    const existing = await tx.assemblyAttendance.findUnique({
      where: { assemblyId_associationId: { assemblyId: id, associationId } },
    });
    if (existing?.registeredAt) throw new AppError("CONFLICT", { reason: "already_registered" });
    await tx.assemblyAttendance.upsert({
      where: { assemblyId_associationId: { assemblyId: id, associationId } },
      create: { assemblyId: id, associationId, registeredAt: now, registeredById: actor.id },
      update: { registeredAt: now, registeredById: actor.id },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.registered",
      targetType: "assembly",
      targetId: id,
      associationId,
      data: { title: assembly.title },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
  });
}

/**
 * Checks an association in on the day: by one of its representatives, or by a moderator at the desk.
 * An association that gave its vote by proxy is represented, not present. Audited.
 */
export async function checkIn(db: Db, actor: AssemblyActor, id: string, associationId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const assembly = await lockAssembly(tx, id);
    const now = new Date();
    check(actor, "check_in", assembly, now);
    await mustAct(tx, actor, associationId, true);
    if (!(await activeIds(tx, now)).has(associationId)) throw new AppError("ASSOCIATION_SUSPENDED");
    const given = await tx.assemblyProxy.findFirst({
      where: { assemblyId: id, giverId: associationId, revokedAt: null },
    });
    if (given) throw new AppError("INVALID_STATE", { reason: "proxy_given" });
    const existing = await tx.assemblyAttendance.findUnique({
      where: { assemblyId_associationId: { assemblyId: id, associationId } },
    });
    if (existing?.checkedInAt) throw new AppError("CONFLICT", { reason: "already_checked_in" });
    await tx.assemblyAttendance.upsert({
      where: { assemblyId_associationId: { assemblyId: id, associationId } },
      create: { assemblyId: id, associationId, checkedInAt: now, checkedInById: actor.id },
      update: { checkedInAt: now, checkedInById: actor.id },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.checked_in",
      targetType: "assembly",
      targetId: id,
      associationId,
      data: { title: assembly.title, byModerator: !(await represents(tx, actor.id, associationId)) },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
  });
}

/**
 * An association gives its vote to another active member association for this assembly (by one of the
 * giver's representatives, until the assembly opens). Refused, with the reason (PROXY_REFUSED): to
 * itself, to or from an association that is not an active member, from one already checked in or that
 * already gave one, from one that holds a proxy or to one that gave its own (no chains), to one that
 * holds the most the forum allows. The assembly's row is locked first: two proxies racing to one holder
 * are decided one after the other. Audited.
 */
export async function giveProxy(
  db: Db,
  actor: AssemblyActor,
  settings: AssemblySettings,
  id: string,
  input: { giverId: string; holderId: string },
): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const assembly = await lockAssembly(tx, id);
    const now = new Date();
    check(actor, "give_proxy", assembly, now);
    await mustAct(tx, actor, input.giverId, false);
    if (input.giverId === input.holderId) throw proxyRefused("self");
    const active = await activeIds(tx, now);
    if (!active.has(input.giverId)) throw proxyRefused("giver_not_active");
    if (!active.has(input.holderId)) throw proxyRefused("holder_not_active");
    const [live, giverAttendance] = await Promise.all([
      tx.assemblyProxy.findMany({
        where: { assemblyId: id, revokedAt: null },
        select: { giverId: true, holderId: true },
      }),
      tx.assemblyAttendance.findUnique({
        where: { assemblyId_associationId: { assemblyId: id, associationId: input.giverId } },
      }),
    ]);
    if (giverAttendance?.checkedInAt) throw proxyRefused("giver_checked_in");
    if (live.some((proxy) => proxy.giverId === input.giverId)) throw proxyRefused("already_given");
    if (live.some((proxy) => proxy.holderId === input.giverId)) throw proxyRefused("giver_holds_proxy");
    if (live.some((proxy) => proxy.giverId === input.holderId)) throw proxyRefused("holder_gave_proxy");
    const held = live.filter((proxy) => proxy.holderId === input.holderId).length;
    if (held >= settings.maxProxies) throw proxyRefused("holder_limit", { max: settings.maxProxies });
    const row = await tx.assemblyProxy.create({
      data: { assemblyId: id, giverId: input.giverId, holderId: input.holderId, createdById: actor.id },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.proxy_given",
      targetType: "assembly",
      targetId: id,
      associationId: input.giverId,
      data: { title: assembly.title, proxyId: row.id, holderId: input.holderId },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
    return row;
  });
}

/** Revokes a proxy until the assembly opens: by the giver's representatives or a moderator. Audited. */
export async function revokeProxy(db: Db, actor: AssemblyActor, id: string, proxyId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const assembly = await lockAssembly(tx, id);
    check(actor, "revoke_proxy", assembly);
    const proxy = await tx.assemblyProxy.findFirst({ where: { id: proxyId, assemblyId: id } });
    if (!proxy) throw new AppError("NOT_FOUND");
    await mustAct(tx, actor, proxy.giverId, true);
    if (proxy.revokedAt) throw new AppError("CONFLICT", { reason: "already_revoked" });
    await tx.assemblyProxy.update({ where: { id: proxyId }, data: { revokedAt: new Date(), revokedById: actor.id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.proxy_revoked",
      targetType: "assembly",
      targetId: id,
      associationId: proxy.giverId,
      data: { title: assembly.title, proxyId, holderId: proxy.holderId },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
  });
}
