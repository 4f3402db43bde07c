import type {
  ProgrammeCreateInput,
  ProgrammeDocumentInput,
  ProgrammeSettingsInput,
} from "../../../common/programmes.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import { AppError, fieldError } from "../../http/errors.js";
import { renderMarkdown } from "../../markdown/render.js";
import { effectiveStatus } from "../associations/index.js";
import { writeAudit } from "../audit/index.js";
import { ensure, lockProgramme, policyActor, programmeTags } from "./access.js";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** Every id among `ids` that names no account: the committee is made of known people. */
async function checkPeople(tx: Tx, ids: string[], path: string): Promise<void> {
  const found = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true } });
  if (found.length !== ids.length) throw fieldError("VALIDATION_FAILED", [{ path, reason: "unknown_person" }]);
}

/**
 * Creates a draft programme with its committee (moderators), audited `programme.created`. The
 * committee's members then write its axes and actions.
 */
export async function createProgramme(db: Db, actor: Actor, input: ProgrammeCreateInput): Promise<{ id: string }> {
  if (actor.role !== "moderator" && actor.role !== "admin") throw new AppError("FORBIDDEN");
  return inTransaction(db, async (tx) => {
    await checkPeople(tx, input.committeeIds, "committeeIds");
    const introductionMd = input.introductionMd ?? "";
    const programme = await tx.programme.create({
      data: {
        title: input.title,
        periodStart: day(input.periodStart),
        periodEnd: day(input.periodEnd),
        introductionMd,
        introductionHtml: renderMarkdown(introductionMd),
        assemblyId: input.assemblyId ?? null,
        createdById: actor.id,
        committee: { create: input.committeeIds.map((userId) => ({ userId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "programme.created",
      targetType: "programme",
      targetId: programme.id,
      data: { title: input.title, committee: input.committeeIds },
    });
    publishAfterCommit(tx, { type: "programme:changed", stale: programmeTags(programme.id) });
    return programme;
  });
}

/**
 * The committee saves the draft's whole document: title, period, introduction, the axes in order and
 * their actions. Axes and actions sent with their id keep it; those not sent are removed. Every lead
 * must be an active member association. Audited `programme.edited`.
 */
export async function saveProgramme(db: Db, actor: Actor, id: string, input: ProgrammeDocumentInput): Promise<void> {
  await inTransaction(db, async (tx) => {
    const programme = await lockProgramme(tx, id);
    ensure(await policyActor(tx, actor, programme), "edit", programme);
    const leadIds = [...new Set(input.axes.flatMap((axis) => axis.actions.flatMap((a) => a.leadAssociationIds)))];
    const leads = await tx.association.findMany({
      where: { id: { in: leadIds } },
      select: { id: true, status: true, suspendedUntil: true },
    });
    const now = new Date();
    const activeLeads = new Set(leads.filter((lead) => effectiveStatus(lead, now) === "active").map((lead) => lead.id));
    const problems = input.axes.flatMap((axis, a) =>
      axis.actions.flatMap((action, n) =>
        action.leadAssociationIds.some((lead) => !activeLeads.has(lead))
          ? [{ path: `axes.${a}.actions.${n}.leadAssociationIds`, reason: "not_an_active_member" }]
          : [],
      ),
    );
    if (problems.length > 0) throw fieldError("VALIDATION_FAILED", problems);

    const existing = await tx.programmeAxis.findMany({
      where: { programmeId: id },
      select: { id: true, actions: { select: { id: true } } },
    });
    const keptAxes = new Set(existing.map((axis) => axis.id));
    const keptActions = new Set(existing.flatMap((axis) => axis.actions.map((action) => action.id)));
    const seen = new Set<string>();
    const keep = (candidate: string | undefined, known: Set<string>) => {
      if (!candidate || !known.has(candidate) || seen.has(candidate)) return undefined;
      seen.add(candidate);
      return candidate;
    };
    await tx.programmeAxis.deleteMany({ where: { programmeId: id } });
    for (const [position, axis] of input.axes.entries()) {
      const descriptionMd = axis.descriptionMd ?? "";
      const axisId = keep(axis.id, keptAxes);
      await tx.programmeAxis.create({
        data: {
          ...(axisId ? { id: axisId } : {}),
          programmeId: id,
          position,
          title: axis.title,
          descriptionMd,
          descriptionHtml: renderMarkdown(descriptionMd),
          actions: {
            create: axis.actions.map((action, order) => {
              const actionId = keep(action.id, keptActions);
              return {
                ...(actionId ? { id: actionId } : {}),
                programmeId: id,
                position: order,
                title: action.title,
                objective: action.objective,
                leadAssociationIds: action.leadAssociationIds,
                partners: action.partners ?? "",
                startDate: day(action.startDate),
                endDate: day(action.endDate),
                budget: action.budget ?? null,
                indicators: action.indicators ?? [],
              };
            }),
          },
        },
      });
    }
    await tx.programme.update({
      where: { id },
      data: {
        title: input.title,
        periodStart: day(input.periodStart),
        periodEnd: day(input.periodEnd),
        introductionMd: input.introductionMd,
        introductionHtml: renderMarkdown(input.introductionMd),
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "programme.edited",
      targetType: "programme",
      targetId: id,
      data: {
        title: input.title,
        axes: input.axes.length,
        actions: input.axes.reduce((sum, axis) => sum + axis.actions.length, 0),
      },
    });
    publishAfterCommit(tx, { type: "programme:changed", stale: programmeTags(id) });
  });
}

/** Names the committee or the assembly the programme goes before (moderators, before adoption). Audited. */
export async function changeProgrammeSettings(
  db: Db,
  actor: Actor,
  id: string,
  input: ProgrammeSettingsInput,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const programme = await lockProgramme(tx, id);
    ensure(await policyActor(tx, actor, programme), "manage", programme);
    if (input.committeeIds) {
      await checkPeople(tx, input.committeeIds, "committeeIds");
      await tx.programmeCommitteeMember.deleteMany({ where: { programmeId: id } });
      await tx.programmeCommitteeMember.createMany({
        data: input.committeeIds.map((userId) => ({ programmeId: id, userId })),
      });
    }
    if (input.assemblyId !== undefined) await setAssembly(tx, programme, input.assemblyId);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "programme.settings_changed",
      targetType: "programme",
      targetId: id,
      data: {
        title: programme.title,
        ...(input.committeeIds ? { committee: input.committeeIds } : {}),
        ...(input.assemblyId !== undefined ? { assemblyId: input.assemblyId } : {}),
      },
    });
    publishAfterCommit(tx, { type: "programme:changed", stale: programmeTags(id) });
  });
}

async function setAssembly(tx: Tx, programme: { id: string; status: string }, assemblyId: string | null) {
  // Once its votes began, the electorate they are drawn from stays the same.
  if (programme.status === "voting") throw new AppError("INVALID_STATE");
  await tx.programme.update({ where: { id: programme.id }, data: { assemblyId } });
}

/**
 * Puts the programme before an assembly (or takes it off with null), in the caller's transaction: its
 * votes are then scoped to that assembly. For the assemblies module, which audits its own step.
 */
export async function setProgrammeAssembly(tx: Tx, programmeId: string, assemblyId: string | null): Promise<void> {
  const programme = await lockProgramme(tx, programmeId);
  if (programme.status === "adopted" || programme.status === "rejected") throw new AppError("PROGRAMME_FROZEN");
  await setAssembly(tx, programme, assemblyId);
  publishAfterCommit(tx, { type: "programme:changed", stale: programmeTags(programmeId) });
}

/**
 * A moderator closes the committee's drafting and opens the amendments of the member associations;
 * the document needs at least one axis. Audited `programme.submitted`.
 */
export async function submitProgramme(db: Db, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const programme = await lockProgramme(tx, id);
    ensure(await policyActor(tx, actor, programme), "submit", programme);
    if (programme.axesPending === 0) throw fieldError("VALIDATION_FAILED", [{ path: "axes", reason: "required" }]);
    const moved = await tx.programme.updateMany({ where: { id, status: "draft" }, data: { status: "amendments" } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "programme.submitted",
      targetType: "programme",
      targetId: id,
      data: { title: programme.title },
    });
    publishAfterCommit(tx, { type: "programme:changed", stale: programmeTags(id) });
  });
}
