import type { ProgrammeStatus } from "../../../common/programmes.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { effectiveStatus } from "../associations/index.js";
import { type ProgrammeAction, type ProgrammeActor, type ProgrammeResource, programmeDenial } from "./policy.js";

/** Tags of the read models a programme's change makes stale. */
export const programmeTags = (id: string) => ["programmes", `programme:${id}`];

/** The associations a person represents that are active now (only those act on programmes). */
export async function activeRepresentations(db: Db | Tx, userId: string, now = new Date()): Promise<string[]> {
  const rows = await db.associationMember.findMany({
    where: { userId, role: "representative" },
    select: { associationId: true, association: { select: { status: true, suspendedUntil: true } } },
  });
  return rows.filter((row) => effectiveStatus(row.association, now) === "active").map((row) => row.associationId);
}

/** The same, with each association's Arabic name (for the forms that act for one). */
export async function namedRepresentations(db: Db | Tx, userId: string, now = new Date()) {
  const rows = await db.associationMember.findMany({
    where: { userId, role: "representative" },
    select: {
      associationId: true,
      association: { select: { status: true, suspendedUntil: true, nameAr: true } },
    },
  });
  return rows
    .filter((row) => effectiveStatus(row.association, now) === "active")
    .map((row) => ({ id: row.associationId, name: row.association.nameAr }));
}

/** A programme locked for the rest of the transaction, with what the policy needs. */
export type LockedProgramme = ProgrammeResource & {
  id: string;
  title: string;
  status: ProgrammeStatus;
  assemblyId: string | null;
  introductionMd: string;
  committeeIds: string[];
};

/** Counts of the items through the votes, from the stored states. */
export function resourceOf(
  status: ProgrammeStatus,
  amendments: { state: string }[],
  axes: { state: string }[],
): ProgrammeResource {
  const pending = (state: string) => state === "proposed" || state === "in_vote";
  return {
    status,
    amendmentsPending: amendments.filter((a) => pending(a.state)).length,
    axesPending: axes.filter((a) => pending(a.state)).length,
    axesAdopted: axes.filter((a) => a.state === "adopted").length,
  };
}

/** Locks the programme's row (steps on one programme queue up) and reads what the policy needs. */
export async function lockProgramme(tx: Tx, id: string): Promise<LockedProgramme> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM programmes WHERE id = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND");
  const row = await tx.programme.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      status: true,
      assemblyId: true,
      introductionMd: true,
      committee: { select: { userId: true } },
      amendments: { select: { state: true } },
      axes: { select: { state: true } },
    },
  });
  return {
    ...resourceOf(row.status, row.amendments, row.axes),
    id: row.id,
    title: row.title,
    assemblyId: row.assemblyId,
    introductionMd: row.introductionMd,
    committeeIds: row.committee.map((member) => member.userId),
  };
}

/** The person as the policy sees them: on the committee, representing, leading (`leads`: an action's). */
export async function policyActor(
  tx: Db | Tx,
  actor: Actor,
  programme: { committeeIds: string[] },
  options: { associationId?: string; leads?: string[] } = {},
): Promise<ProgrammeActor & { represents: string[] }> {
  const represents = await activeRepresentations(tx, actor.id);
  const acting = options.associationId;
  return {
    role: actor.role,
    committee: programme.committeeIds.includes(actor.id),
    representative: acting === undefined ? represents.length > 0 : represents.includes(acting),
    lead: acting !== undefined && represents.includes(acting) && (options.leads ?? []).includes(acting),
    represents,
  };
}

/** Refuses the step with the policy's code unless it is allowed. */
export function ensure(actor: ProgrammeActor, action: ProgrammeAction, programme: ProgrammeResource): void {
  const denial = programmeDenial(actor, action, programme);
  if (denial) throw new AppError(denial);
}
