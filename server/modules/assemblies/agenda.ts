import type { AgendaItem } from "../../../common/agenda.js";
import type { AgendaSource } from "../module.js";

/**
 * Representatives: an assembly their active association is convened to and has neither registered for
 * nor given its proxy, until its day (two statements).
 */
export const assembliesAgenda: AgendaSource = async (db, actor) => {
  const memberships = await db.associationMember.findMany({
    where: { userId: actor.id, role: "representative", association: { status: "active" } },
    select: { association: { select: { id: true, slug: true, nameAr: true, nameFr: true } } },
  });
  if (memberships.length === 0) return [];
  const ids = memberships.map((m) => m.association.id);
  const assemblies = await db.assembly.findMany({
    where: { status: "convened", scheduledAt: { gt: new Date() } },
    orderBy: { scheduledAt: "asc" },
    select: {
      id: true,
      title: true,
      scheduledAt: true,
      attendance: {
        where: { associationId: { in: ids }, registeredAt: { not: null } },
        select: { associationId: true },
      },
      proxies: { where: { giverId: { in: ids }, revokedAt: null }, select: { giverId: true } },
    },
  });
  return assemblies.flatMap((assembly) =>
    memberships
      .filter(
        ({ association }) =>
          !assembly.attendance.some((row) => row.associationId === association.id) &&
          !assembly.proxies.some((row) => row.giverId === association.id),
      )
      .map(
        ({ association }): AgendaItem => ({
          kind: "assembly_to_attend",
          assembly: { id: assembly.id, title: assembly.title, scheduledAt: assembly.scheduledAt.toISOString() },
          association,
        }),
      ),
  );
};
