import type { SessionUser } from "../auth/types.js";
import type { Db } from "../db/client.js";
import { electorateAt } from "../modules/electorate/index.js";
import { seedProgramme } from "./programmes.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Title of the demo's past ordinary assembly (other parts of the demo link to it). */
export const pastAssemblyTitle = "الجمع العام العادي السنوي للمنتدى";

/**
 * Two general assemblies for the demo: last year's ordinary assembly, which adopted the work programme
 * item by item (the associations present voting; one absent) and closed, its convocation and
 * attendance recorded, and an extraordinary one convened for next month, a few associations
 * registered and one proxy given. Written directly: their dates are outside what the services accept
 * today (a convocation in the past). Answers their ids and the programme's.
 */
export async function seedAssemblies(
  db: Db,
  moderator: SessionUser,
): Promise<{ pastId: string; nextId: string; programmeId: string }> {
  const now = Date.now();
  const electorate = await electorateAt(db, new Date());
  const ids = electorate.map((entry) => entry.associationId);
  const representatives = await db.associationMember.count({
    where: { role: "representative", associationId: { in: ids } },
  });

  const pastDate = new Date(now - 400 * DAY_MS);
  const past = await db.assembly.create({
    data: {
      kind: "ordinary",
      title: pastAssemblyTitle,
      scheduledAt: pastDate,
      place: "قاعة المؤتمرات، دار الشباب، الرباط",
      // In session while its programme is voted below, then closed.
      status: "in_session",
      quorumShare: 0.5,
      round: 1,
      createdById: moderator.id,
      startedAt: pastDate,
      items: {
        create: [
          { position: 0, title: "التقرير الأدبي والمالي للسنة المنصرمة", type: "report" },
          { position: 1, title: "برنامج عمل المنتدى للسنتين المقبلتين", type: "programme" },
          { position: 2, title: "ما يستجد من أمور", type: "other" },
        ],
      },
      convocations: {
        create: {
          round: 1,
          scheduledAt: pastDate,
          quorumShare: 0.5,
          recipients: representatives,
          associations: ids.length,
          sentById: moderator.id,
          sentAt: new Date(pastDate.getTime() - 21 * DAY_MS),
        },
      },
    },
    select: { id: true },
  });
  // Every association came but the last one, absent.
  const present = ids.slice(0, Math.max(1, ids.length - 1));
  await db.assemblyAttendance.createMany({
    data: present.map((associationId, index) => ({
      assemblyId: past.id,
      associationId,
      registeredAt: new Date(pastDate.getTime() - (10 - (index % 5)) * DAY_MS),
      checkedInAt: new Date(pastDate.getTime() - 30 * 60 * 1000 + index * 60 * 1000),
      checkedInById: moderator.id,
    })),
  });
  const programme = await seedProgramme(db, moderator, { assemblyId: past.id });
  await db.assembly.update({
    where: { id: past.id },
    data: { status: "closed", closedAt: new Date(pastDate.getTime() + 5 * 60 * 60 * 1000) },
  });

  const nextDate = new Date(now + 25 * DAY_MS);
  nextDate.setUTCHours(9, 0, 0, 0);
  const next = await db.assembly.create({
    data: {
      kind: "extraordinary",
      title: "جمع عام استثنائي: تعديل النظام الأساسي",
      scheduledAt: nextDate,
      place: "دار الجمعيات، الدار البيضاء",
      onlineUrl: "https://meet.tashawur.example/assemblee",
      status: "convened",
      quorumShare: 0.5,
      round: 1,
      createdById: moderator.id,
      items: {
        create: [
          { position: 0, title: "تعديل المادة 8 من النظام الأساسي (الالتزام ببرامج العمل)", type: "statutes" },
          { position: 1, title: "تقرير لجنة المتابعة", type: "report" },
        ],
      },
      convocations: {
        create: {
          round: 1,
          scheduledAt: nextDate,
          quorumShare: 0.5,
          recipients: representatives,
          associations: ids.length,
          sentById: moderator.id,
          sentAt: new Date(now - 2 * DAY_MS),
        },
      },
    },
    select: { id: true },
  });
  await db.assemblyAttendance.createMany({
    data: ids.slice(0, 2).map((associationId) => ({
      assemblyId: next.id,
      associationId,
      registeredAt: new Date(now - DAY_MS),
    })),
  });
  if (ids.length > 3) {
    await db.assemblyProxy.create({
      data: { assemblyId: next.id, giverId: ids[3]!, holderId: ids[2]!, createdById: moderator.id },
    });
  }
  return { pastId: past.id, nextId: next.id, programmeId: programme.id };
}
