import type { AssemblyQuorum } from "../../../common/assemblies.js";
import type { Db, Tx } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { electorateAt } from "../electorate/index.js";
import type { VoterRow } from "../votes/index.js";

type ElectorateEntry = Awaited<ReturnType<typeof electorateAt>>[number];

/** An assembly's attendance and live proxies as they stand, with the active member associations now. */
export type Standing = {
  electorate: Map<string, ElectorateEntry>;
  present: Set<string>;
  /** Giver -> holder, for proxies not revoked. */
  proxies: Map<string, string>;
};

/** Reads the standing of an assembly (three statements). */
export async function standingOf(db: Db | Tx, assemblyId: string, now: Date): Promise<Standing> {
  const [entries, attendance, proxies] = await Promise.all([
    electorateAt(db, now),
    db.assemblyAttendance.findMany({
      where: { assemblyId, checkedInAt: { not: null } },
      select: { associationId: true },
    }),
    db.assemblyProxy.findMany({ where: { assemblyId, revokedAt: null }, select: { giverId: true, holderId: true } }),
  ]);
  const electorate = new Map(entries.map((entry) => [entry.associationId, entry]));
  return {
    electorate,
    present: new Set(attendance.map((row) => row.associationId).filter((id) => electorate.has(id))),
    proxies: new Map(proxies.map((row) => [row.giverId, row.holderId])),
  };
}

/**
 * The associations represented: an active member whose proxy's holder is present (and which is not
 * itself present: a giver cannot check in).
 */
export function representedOf(standing: Standing): string[] {
  return [...standing.proxies]
    .filter(
      ([giver, holder]) =>
        standing.electorate.has(giver) && standing.present.has(holder) && !standing.present.has(giver),
    )
    .map(([giver]) => giver);
}

/**
 * The quorum: associations present or represented against a share of the active member associations
 * (at least one; an empty forum has none).
 */
export function quorumOf(standing: Standing, share: number): AssemblyQuorum {
  const electorate = standing.electorate.size;
  const present = standing.present.size;
  const represented = representedOf(standing).length;
  const required = electorate === 0 ? 0 : Math.max(1, Math.ceil(share * electorate - 1e-9));
  return {
    electorate,
    present,
    represented,
    required,
    share,
    met: electorate > 0 && present + represented >= required,
  };
}

/**
 * The voters of an assembly's vote, at its opening: each association present by its primary delegate,
 * each one represented by the delegate of its proxy's holder. Refuses the opening (QUORUM_NOT_MET, with
 * the figures) while the quorum is not met or the assembly is not in session.
 */
export async function assemblyVoters(tx: Tx, assemblyId: string, at: Date): Promise<VoterRow[]> {
  const assembly = await tx.assembly.findUnique({
    where: { id: assemblyId },
    select: { status: true, quorumShare: true },
  });
  if (!assembly) throw new AppError("NOT_FOUND");
  if (assembly.status !== "in_session") throw new AppError("INVALID_STATE", { reason: "assembly_not_in_session" });
  const standing = await standingOf(tx, assemblyId, at);
  const quorum = quorumOf(standing, assembly.quorumShare);
  if (!quorum.met) throw new AppError("QUORUM_NOT_MET", { ...quorum });
  const rows: VoterRow[] = [];
  for (const id of standing.present) {
    const entry = standing.electorate.get(id)!;
    rows.push({ voterKey: id, associationId: id, userId: entry.delegate?.id ?? null, name: entry.nameAr });
  }
  for (const giver of representedOf(standing)) {
    const entry = standing.electorate.get(giver)!;
    const holder = standing.electorate.get(standing.proxies.get(giver)!)!;
    rows.push({ voterKey: giver, associationId: giver, userId: holder.delegate?.id ?? null, name: entry.nameAr });
  }
  return rows;
}
