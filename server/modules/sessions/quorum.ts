import type { Attendee, Quorum } from "../../../common/sessions.js";
import type { Tx } from "../../db/client.js";
import { electorateAt } from "../electorate/index.js";

/** The quorum from the attendance: associations of the electorate with a representative checked in. */
export function quorumOf(electorateIds: readonly string[], attendance: readonly Attendee[], share: number): Quorum {
  const electorate = new Set(electorateIds);
  const present = new Set(attendance.flatMap((entry) => entry.associationIds).filter((id) => electorate.has(id)));
  const required = electorate.size === 0 ? 0 : Math.max(1, Math.ceil(share * electorate.size));
  return {
    electorate: electorate.size,
    present: present.size,
    required,
    met: electorate.size > 0 && present.size >= required,
  };
}

/** The associations of the electorate now (the electorate module's answer). */
export async function electorateIdsNow(tx: Tx, now: Date): Promise<string[]> {
  return (await electorateAt(tx, now)).map((entry) => entry.associationId);
}

/** The associations of the electorate `userId` represents (as one of their representatives). */
export async function representedAssociations(
  tx: Tx,
  userId: string,
  electorateIds: readonly string[],
): Promise<{ id: string; nameAr: string }[]> {
  const rows = await tx.associationMember.findMany({
    where: { userId, role: "representative", associationId: { in: [...electorateIds] } },
    select: { association: { select: { id: true, nameAr: true } } },
  });
  return rows.map((row) => row.association);
}
