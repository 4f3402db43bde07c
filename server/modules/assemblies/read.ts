import type {
  AssemblyAssociationRef,
  AssemblyDetail,
  AssemblyList,
  AssemblySummary,
  MyAssemblyAssociation,
} from "../../../common/assemblies.js";
import { majorityByItemType } from "../../../common/assemblies.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { abilitiesOf, denial, runsAssemblies } from "./policy.js";
import { quorumOf, standingOf } from "./quorum.js";
import { type AssemblyActor, type AssemblySettings, dayHasCome } from "./service.js";

const associationRef = { select: { id: true, nameAr: true, nameFr: true, slug: true } } as const;

function presentSummary(row: {
  id: string;
  kind: AssemblySummary["kind"];
  title: string;
  scheduledAt: Date;
  place: string | null;
  onlineUrl: string | null;
  status: AssemblySummary["status"];
  round: number;
}): AssemblySummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    scheduledAt: row.scheduledAt.toISOString(),
    place: row.place,
    onlineUrl: row.onlineUrl,
    status: row.status,
    round: row.round,
  };
}

/** The assemblies, newest date first; drafts only for those who run assemblies. */
export async function listAssemblies(db: Db, reader: AssemblyActor | undefined): Promise<AssemblyList> {
  const moderator = runsAssemblies(reader?.role);
  const rows = await db.assembly.findMany({
    where: moderator ? {} : { status: { not: "draft" } },
    orderBy: [{ scheduledAt: "desc" }],
    take: 200,
  });
  return { items: rows.map(presentSummary), abilities: { create: moderator } };
}

/**
 * One assembly: its agenda, documents, convocations, attendance, proxies and quorum as they stand, and
 * what the reader's associations may do (register, check in, give or revoke a proxy). Drafts are
 * seen by those who run assemblies only.
 */
export async function readAssembly(
  db: Db,
  reader: AssemblyActor | undefined,
  settings: AssemblySettings,
  id: string,
): Promise<AssemblyDetail> {
  const now = new Date();
  const row = await db.assembly.findUnique({
    where: { id },
    include: {
      items: { orderBy: { position: "asc" } },
      documents: { orderBy: { uploadedAt: "asc" } },
      convocations: { orderBy: { round: "asc" } },
      attendance: { include: { association: associationRef } },
      proxies: { orderBy: { createdAt: "asc" }, include: { giver: associationRef, holder: associationRef } },
    },
  });
  const moderator = runsAssemblies(reader?.role);
  if (!row || (row.status === "draft" && !moderator)) throw new AppError("NOT_FOUND");
  const standing = await standingOf(db, id, now);
  const [mine, senders] = await Promise.all([
    reader
      ? db.associationMember.findMany({
          where: { userId: reader.id, role: "representative" },
          select: { association: associationRef },
        })
      : Promise.resolve([]),
    db.user.findMany({
      where: { id: { in: row.convocations.map((convocation) => convocation.sentById) } },
      select: { id: true, name: true },
    }),
  ]);
  const facts = { status: row.status, round: row.round, dayHasCome: dayHasCome(row.scheduledAt, now) };
  const may = (action: Parameters<typeof denial>[1]) =>
    reader !== undefined && denial(reader.role, action, facts) === null;
  const live = row.proxies.filter((proxy) => proxy.revokedAt === null);
  const refOf = (id: string): AssemblyAssociationRef | null => {
    const entry = standing.electorate.get(id);
    const found =
      row.attendance.find((a) => a.associationId === id)?.association ??
      live.find((p) => p.giverId === id)?.giver ??
      live.find((p) => p.holderId === id)?.holder;
    if (found) return found;
    return entry ? { id, nameAr: entry.nameAr, nameFr: null, slug: entry.slug } : null;
  };
  const holdsOf = (id: string) => live.filter((proxy) => proxy.holderId === id).map((proxy) => proxy.giver);
  const givenToOf = (id: string) => live.find((proxy) => proxy.giverId === id)?.holder ?? null;
  const mineIds = new Set(mine.map((m) => m.association.id));

  const myAssociations: MyAssemblyAssociation[] = mine
    .filter((m) => standing.electorate.has(m.association.id))
    .map(({ association }) => {
      const attendance = row.attendance.find((a) => a.associationId === association.id);
      const givenTo = givenToOf(association.id);
      const checkedIn = !!attendance?.checkedInAt;
      return {
        association,
        registered: !!attendance?.registeredAt,
        checkedIn,
        givenTo,
        holds: holdsOf(association.id),
        abilities: {
          register: may("register") && !attendance?.registeredAt,
          unregister: false,
          checkIn: may("check_in") && !checkedIn && !givenTo,
          giveProxy: may("give_proxy") && !checkedIn && !givenTo && holdsOf(association.id).length === 0,
        },
      };
    });

  const attendanceIds = new Set([
    ...row.attendance.map((a) => a.associationId),
    ...live.flatMap((proxy) => [proxy.giverId, proxy.holderId]),
  ]);
  const attendance = [...attendanceIds]
    .map((associationId) => {
      const entry = row.attendance.find((a) => a.associationId === associationId);
      const association = refOf(associationId)!;
      const givenTo = givenToOf(associationId);
      return {
        association,
        registeredAt: entry?.registeredAt?.toISOString() ?? null,
        checkedInAt: entry?.checkedInAt?.toISOString() ?? null,
        holds: holdsOf(associationId),
        givenTo,
        abilities: { checkIn: may("desk") && may("check_in") && !entry?.checkedInAt && !givenTo },
      };
    })
    .sort((a, b) => a.association.nameAr.localeCompare(b.association.nameAr, "ar"));

  const senderNames = new Map(senders.map((user) => [user.id, user.name]));
  return {
    ...presentSummary(row),
    quorumShare: row.quorumShare,
    liveSessionId: row.liveSessionId,
    startedAt: row.startedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    items: row.items.map((item) => ({
      id: item.id,
      position: item.position,
      title: item.title,
      type: item.type,
      descriptionMd: item.descriptionMd,
      majority: majorityByItemType[item.type],
    })),
    documents: row.documents.map((doc) => ({
      id: doc.id,
      fileName: doc.fileName,
      contentType: doc.contentType,
      sizeBytes: doc.sizeBytes,
      uploadedAt: doc.uploadedAt.toISOString(),
    })),
    convocations: row.convocations.map((c) => ({
      id: c.id,
      round: c.round,
      scheduledAt: c.scheduledAt.toISOString(),
      quorumShare: c.quorumShare,
      recipients: c.recipients,
      associations: c.associations,
      sentAt: c.sentAt.toISOString(),
      sentBy: senderNames.has(c.sentById) ? { id: c.sentById, name: senderNames.get(c.sentById)! } : null,
    })),
    quorum: quorumOf(standing, row.quorumShare),
    attendance,
    proxies: row.proxies.map((proxy) => ({
      id: proxy.id,
      giver: proxy.giver,
      holder: proxy.holder,
      createdAt: proxy.createdAt.toISOString(),
      revokedAt: proxy.revokedAt?.toISOString() ?? null,
      abilities: {
        revoke: proxy.revokedAt === null && may("revoke_proxy") && (moderator || mineIds.has(proxy.giverId)),
      },
    })),
    mine: myAssociations,
    candidates: [...standing.electorate.values()].map((entry) => ({
      id: entry.associationId,
      nameAr: entry.nameAr,
      nameFr: null,
      slug: entry.slug,
    })),
    settings: {
      convocationDays: settings.convocationDays,
      maxProxies: settings.maxProxies,
      secondQuorumShare: settings.secondQuorum,
    },
    abilities: abilitiesOf(reader?.role, facts),
  };
}

/** A document of an assembly a reader may see, for download. */
export async function assemblyDocument(db: Db, reader: AssemblyActor | undefined, id: string, documentId: string) {
  const doc = await db.assemblyDocument.findFirst({
    where: { id: documentId, assemblyId: id },
    include: { assembly: { select: { status: true } } },
  });
  if (!doc || (doc.assembly.status === "draft" && !runsAssemblies(reader?.role))) throw new AppError("NOT_FOUND");
  return doc;
}
