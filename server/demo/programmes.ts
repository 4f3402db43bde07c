import type { ActionInput, ActionStatus } from "../../common/programmes.js";
import type { Actor } from "../auth/actor.js";
import type { Db } from "../db/client.js";
import { inTransaction } from "../db/transaction.js";
import { AppError } from "../http/errors.js";
import {
  createProgramme,
  proposeProgrammeAmendment,
  putAmendmentToVote,
  putAxisToVote,
  putProgrammeToVote,
  saveProgramme,
  submitProgramme,
  updateAction,
} from "../modules/programmes/index.js";
import { castBallot, closeVote } from "../modules/votes/index.js";

const dayMs = 24 * 60 * 60 * 1000;

/** The day `months` months from now (negative: ago), YYYY-MM-DD; the demo's dates follow the clock. */
function monthsFrom(now: Date, months: number, day = 1): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, day));
  return date.toISOString().slice(0, 10);
}

type Lead = { associationId: string; delegate: Actor };
type DemoUpdate = { monthsAgo: number; status: ActionStatus; progress: number; note: string; droppedReason?: string };
type DemoAction = Omit<ActionInput, "leadAssociationIds"> & { leads: number[]; updates: DemoUpdate[] };

function demoAxes(now: Date): { title: string; descriptionMd: string; actions: DemoAction[] }[] {
  const at = (months: number, day = 1) => monthsFrom(now, months, day);
  return [
    {
      title: "التكوين وتقوية القدرات",
      descriptionMd: "تكوين أطر الجمعيات الأعضاء في التدبير والتواصل الحديث (أهداف المنتدى الجمعوي).",
      actions: [
        {
          title: "دورات في التدبير المالي للجمعيات",
          objective: "تكوين ثمانين إطارا جمعويا في المحاسبة المبسطة وإعداد التقارير المالية.",
          leads: [0],
          partners: "مركز تكوين جهوي (متخيل)",
          startDate: at(-14),
          endDate: at(-5, 28),
          budget: 90000,
          indicators: ["عدد المستفيدين", "نسبة الجمعيات التي أودعت تقريرها المالي"],
          updates: [
            { monthsAgo: 12, status: "in_progress", progress: 25, note: "انطلقت الدورة الأولى بمشاركة عشرين إطارا." },
            { monthsAgo: 9, status: "in_progress", progress: 60, note: "أُنجزت ثلاث دورات من أصل خمس." },
            { monthsAgo: 5, status: "done", progress: 100, note: "اختُتمت الدورات الخمس بحضور 84 إطارا." },
          ],
        },
        {
          title: "دليل التواصل الحديث للجمعيات",
          objective: "إعداد دليل عملي بالعربية والفرنسية حول التواصل الرقمي وتدبير الصفحات.",
          leads: [1],
          startDate: at(-12),
          endDate: at(-2, 28),
          budget: 25000,
          indicators: ["نشر الدليل", "عدد التحميلات"],
          updates: [
            { monthsAgo: 8, status: "in_progress", progress: 30, note: "تم الاتفاق على فهرس الدليل وتوزيع الفصول." },
            { monthsAgo: 3, status: "in_progress", progress: 60, note: "اكتملت الفصول العربية، والترجمة جارية." },
          ],
        },
        {
          title: "تكوين المكونين",
          objective: "إعداد فريق من اثني عشر مكونا من الجمعيات الأعضاء لتأطير الدورات الجهوية.",
          leads: [2],
          startDate: at(-3),
          endDate: at(6, 30),
          budget: 40000,
          indicators: ["عدد المكونين المؤهلين"],
          updates: [{ monthsAgo: 1, status: "in_progress", progress: 20, note: "اختيار المرشحين الاثني عشر." }],
        },
      ],
    },
    {
      title: "بنك المعلومات",
      descriptionMd: "قاعدة معطيات مشتركة عن الجمعيات الأعضاء ووثائقها، مفتوحة للأعضاء.",
      actions: [
        {
          title: "جرد الجمعيات الأعضاء حسب الجهة والمجال",
          objective: "جرد شامل للجمعيات الأعضاء وميادين عملها.",
          leads: [0, 1],
          startDate: at(-13),
          endDate: at(-8, 28),
          indicators: ["نسبة الجمعيات المجرودة"],
          updates: [
            { monthsAgo: 11, status: "in_progress", progress: 50, note: "جُرد نصف الجمعيات الأعضاء." },
            { monthsAgo: 8, status: "done", progress: 100, note: "اكتمل الجرد ونُشرت نتائجه." },
          ],
        },
        {
          title: "منصة الوثائق المشتركة",
          objective: "وضع منصة لتقاسم الوثائق المرجعية والتقارير بين الجمعيات الأعضاء.",
          leads: [2],
          startDate: at(-10),
          endDate: at(-1, 28),
          budget: 60000,
          indicators: ["عدد الوثائق المنشورة"],
          updates: [
            { monthsAgo: 7, status: "in_progress", progress: 20, note: "تحديد الحاجيات مع الجمعيات." },
            { monthsAgo: 2, status: "in_progress", progress: 45, note: "النسخة التجريبية قيد الاختبار." },
          ],
        },
        {
          title: "ملتقى دولي للجمعيات",
          objective: "تنظيم ملتقى للانفتاح على الفاعلين الدوليين.",
          leads: [1],
          startDate: at(-6),
          endDate: at(4, 30),
          budget: 150000,
          updates: [
            {
              monthsAgo: 4,
              status: "dropped",
              progress: 0,
              note: "تقرر تأجيل الملتقى إلى البرنامج المقبل.",
              droppedReason: "غياب التمويل اللازم هذه السنة",
            },
          ],
        },
      ],
    },
    {
      title: "الشراكات وعاصمة المجتمع المدني",
      descriptionMd: "مواكبة مبادرة «عاصمة المجتمع المدني» وبناء شراكات بين الجمعيات.",
      actions: [
        {
          title: "ملف ترشيح الجمعيات المحتفى بها",
          objective: "اقتراح جمعيات أعضاء وفق معايير المبادرة.",
          leads: [0],
          startDate: at(-9),
          endDate: at(-4, 28),
          indicators: ["عدد الترشيحات المقدمة"],
          updates: [{ monthsAgo: 4, status: "done", progress: 100, note: "قُدّمت أربعة ترشيحات." }],
        },
        {
          title: "ملتقى جهوي للشراكات",
          objective: "لقاء بين جمعيات الجهة لتنسيق مشاريع مشتركة.",
          leads: [2],
          startDate: at(1),
          endDate: at(8, 30),
          budget: 35000,
          updates: [],
        },
      ],
    },
  ];
}

/** Every delegate casts «for», then the moderator closes the vote (the close moves the programme). */
async function adoptVote(db: Db, moderator: Actor, voteId: string, voters: Actor[]): Promise<void> {
  for (const voter of voters) {
    await castBallot(db, voter, voteId, { choice: { method: "for_against_abstain", choice: "for" } }).catch((error) => {
      // Before an assembly, only its present and represented associations vote.
      if (!(error instanceof AppError && error.code === "NOT_IN_ELECTORATE")) throw error;
    });
  }
  await inTransaction(db, (tx) => closeVote(tx, voteId, moderator));
}

/**
 * An adopted work programme partly under way, made through the programmes' own services: drafted by a
 * committee, one amendment adopted, each axis and the whole voted by the active associations' delegates,
 * then dated updates by the lead associations over the past months (some actions done, some under way,
 * some overdue, one dropped). With `assemblyId`, its votes are the assembly's. Answers its id.
 */
export async function seedProgramme(
  db: Db,
  moderator: Actor,
  options: { assemblyId?: string; now?: Date } = {},
): Promise<{ id: string }> {
  const now = options.now ?? new Date();
  const active = await db.associationDelegate.findMany({
    where: { association: { status: "active" } },
    select: { associationId: true, userId: true, member: { select: { user: { select: { role: true } } } } },
    orderBy: { since: "asc" },
  });
  const leads: Lead[] = active.map((row) => ({
    associationId: row.associationId,
    delegate: { id: row.userId, role: row.member.user.role },
  }));
  if (leads.length < 3) throw new Error("the programme's demo needs three active associations");
  const axes = demoAxes(now);
  const title = "برنامج العمل للفترة الجارية";
  const { id } = await createProgramme(db, moderator, {
    title,
    periodStart: monthsFrom(now, -15),
    periodEnd: monthsFrom(now, 9, 30),
    committeeIds: [moderator.id, leads[0]!.delegate.id],
    ...(options.assemblyId ? { assemblyId: options.assemblyId } : {}),
  });
  await saveProgramme(db, moderator, id, {
    title,
    periodStart: monthsFrom(now, -15),
    periodEnd: monthsFrom(now, 9, 30),
    introductionMd:
      "يحدد هذا البرنامج ما تلتزم به الجمعيات الأعضاء خلال الفترة، تطبيقا للمادة 8 من الميثاق: " +
      "**التكوين**، و**بنك المعلومات**، و**الشراكات**.",
    axes: axes.map((axis) => ({
      title: axis.title,
      descriptionMd: axis.descriptionMd,
      actions: axis.actions.map(({ leads: indexes, updates: _updates, ...action }) => ({
        ...action,
        leadAssociationIds: indexes.map((index) => leads[index]!.associationId),
      })),
    })),
  });
  await submitProgramme(db, moderator, id);
  const amender = leads[2]!;
  const amendment = await proposeProgrammeAmendment(db, amender.delegate, id, {
    associationId: amender.associationId,
    targetKind: "introduction",
    field: "introductionMd",
    kind: "passage",
    passage: "ما تلتزم به الجمعيات الأعضاء",
    replacement: "ما تلتزم به الجمعيات الأعضاء، كل منها باستقلالية (المادة 7)،",
    rationale: "التذكير باستقلالية كل جمعية عضو.",
  });
  const voters = leads.map((lead) => lead.delegate);
  const voteOf = async (where: { amendmentId?: string; axisId?: string }) => {
    if (where.amendmentId) {
      return (await db.programmeAmendment.findUniqueOrThrow({ where: { id: where.amendmentId } })).voteId!;
    }
    return (await db.programmeAxis.findUniqueOrThrow({ where: { id: where.axisId! } })).voteId!;
  };
  await putAmendmentToVote(db, moderator, amendment.id, {});
  await adoptVote(db, moderator, await voteOf({ amendmentId: amendment.id }), voters);
  const storedAxes = await db.programmeAxis.findMany({ where: { programmeId: id }, orderBy: { position: "asc" } });
  for (const axis of storedAxes) {
    await putAxisToVote(db, moderator, axis.id, {});
    await adoptVote(db, moderator, await voteOf({ axisId: axis.id }), voters);
  }
  await putProgrammeToVote(db, moderator, id, {});
  const whole = await db.programme.findUniqueOrThrow({ where: { id } });
  await adoptVote(db, moderator, whole.voteId!, voters);

  const actions = await db.programmeAction.findMany({
    where: { programmeId: id },
    orderBy: [{ axis: { position: "asc" } }, { position: "asc" }],
  });
  const planned = axes.flatMap((axis) => axis.actions);
  for (const [index, action] of actions.entries()) {
    const plan = planned[index]!;
    const lead = leads[plan.leads[0]!]!;
    for (const update of plan.updates) {
      await updateAction(
        db,
        lead.delegate,
        action.id,
        {
          associationId: lead.associationId,
          status: update.status,
          progress: update.progress,
          note: update.note,
          ...(update.droppedReason ? { droppedReason: update.droppedReason } : {}),
        },
        new Date(now.getTime() - update.monthsAgo * 30 * dayMs),
      );
    }
  }
  return { id };
}
