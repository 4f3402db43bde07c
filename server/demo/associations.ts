import type { AssociationStatus } from "../../common/associations.js";
import type { RegionCode } from "../../common/reference.js";
import type { SessionUser } from "../auth/types.js";
import type { Db } from "../db/client.js";
import {
  applyForMembership,
  reviewApplication,
  setMemberRole,
  suspendAssociation,
  withdrawAssociation,
} from "../modules/associations/index.js";
import { publishVersion } from "../modules/charter/index.js";
import { registerUser } from "../modules/users/index.js";
import { demoCharterMarkdown, demoCharterTitle } from "./charter.js";

/** Fictional holders of the demo associations that are not the demo's named accounts. */
export const demoRepresentatives = [
  { key: "latifa", email: "latifa@tashawur.example", name: "لطيفة الغازي" },
  { key: "hassan", email: "hassan@tashawur.example", name: "حسن أيت بوزيد" },
  { key: "nora", email: "nora@tashawur.example", name: "نورة بنسالم" },
  { key: "omar", email: "omar@tashawur.example", name: "عمر الفاسي الفهري" },
  { key: "rachida", email: "rachida@tashawur.example", name: "رشيدة الحمداوي" },
  { key: "youssra", email: "youssra@tashawur.example", name: "يسرى العلمي" },
  { key: "mehdi", email: "mehdi@tashawur.example", name: "المهدي الشرقاوي" },
  { key: "salah", email: "salah@tashawur.example", name: "صلاح الدين الراشدي" },
] as const;

type Outcome =
  | { status: "active" }
  | { status: "pending" }
  | { status: "info_requested"; note: string }
  | { status: "rejected"; reason: string }
  | { status: "suspended"; reason: string; days: number | null }
  | { status: "withdrawn"; note: string };

type DemoAssociation = {
  /** Who applies (a key of the accounts passed in). */
  by: string;
  nameAr: string;
  nameFr: string | null;
  city: string;
  region: RegionCode;
  fields: string[];
  foundedYear: number;
  ref: string;
  description: string;
  outcome: Outcome;
  /** Other accounts that join as members. */
  members?: string[];
};

/** A dozen clearly fictional associations across regions, fields and statuses. */
const demoAssociations: DemoAssociation[] = [
  {
    by: "amina",
    nameAr: "جمعية الأمل للتنمية المحلية",
    nameFr: "Association Al Amal pour le développement local",
    city: "فاس",
    region: "MA-03",
    fields: ["social", "youth"],
    foundedYear: 2009,
    ref: "DEMO-FES-2009-014",
    description: "جمعية تجريبية تعمل على **مواكبة الشباب** في الأحياء الهامشية وتنظيم ورشات التكوين.",
    outcome: { status: "active" },
    members: ["karim", "moderator"],
  },
  {
    by: "karim",
    nameAr: "جمعية واحة الغد للبيئة",
    nameFr: "Association Oasis de Demain",
    city: "الرشيدية",
    region: "MA-08",
    fields: ["environment", "rural_development"],
    foundedYear: 2015,
    ref: "DEMO-ERR-2015-003",
    description: "جمعية تجريبية تهتم بحماية الواحات وترشيد استعمال الماء.",
    outcome: { status: "active" },
  },
  {
    by: "latifa",
    nameAr: "رابطة نساء الأطلس للمواطنة",
    nameFr: "Ligue des femmes de l'Atlas pour la citoyenneté",
    city: "بني ملال",
    region: "MA-05",
    fields: ["womens_rights", "citizenship"],
    foundedYear: 2011,
    ref: "DEMO-BML-2011-022",
    description: "رابطة تجريبية تعمل على تعزيز مشاركة النساء في الحياة العامة.",
    outcome: { status: "active" },
    members: ["amina"],
  },
  {
    by: "hassan",
    nameAr: "جمعية أصدقاء المكتبة القروية",
    nameFr: "Amis de la bibliothèque rurale",
    city: "تارودانت",
    region: "MA-09",
    fields: ["education", "cultural"],
    foundedYear: 2006,
    ref: "DEMO-TAR-2006-101",
    description: "جمعية تجريبية تنشئ مكتبات صغيرة في الدواوير وتنظم أنشطة القراءة.",
    outcome: { status: "active" },
  },
  {
    by: "nora",
    nameAr: "جمعية شباب الساحل للرياضة والثقافة",
    nameFr: "Jeunesse du littoral, sport et culture",
    city: "طنجة",
    region: "MA-01",
    fields: ["youth", "sport", "cultural"],
    foundedYear: 2018,
    ref: "DEMO-TNG-2018-047",
    description: "جمعية تجريبية لتنشيط الشباب عبر الرياضة والمسرح.",
    outcome: { status: "active" },
  },
  {
    by: "omar",
    nameAr: "مرصد الحقوق والكرامة",
    nameFr: "Observatoire droits et dignité",
    city: "الرباط",
    region: "MA-04",
    fields: ["human_rights"],
    foundedYear: 2004,
    ref: "DEMO-RAB-2004-009",
    description: "مرصد تجريبي يرصد احترام الحقوق الاقتصادية والاجتماعية.",
    outcome: { status: "active" },
  },
  {
    by: "rachida",
    nameAr: "جمعية صيادي الداخلة للتنمية",
    nameFr: "Pêcheurs de Dakhla pour le développement",
    city: "الداخلة",
    region: "MA-12",
    fields: ["economic", "employment"],
    foundedYear: 2013,
    ref: "DEMO-DAK-2013-030",
    description: "جمعية تجريبية تدعم تعاونيات الصيد التقليدي.",
    outcome: { status: "active" },
  },
  {
    by: "youssra",
    nameAr: "جمعية يد في يد للأشخاص في وضعية إعاقة",
    nameFr: "Main dans la main",
    city: "وجدة",
    region: "MA-02",
    fields: ["disability", "health"],
    foundedYear: 2010,
    ref: "DEMO-OUJ-2010-077",
    description: "جمعية تجريبية تعمل على الولوجيات والإدماج المدرسي.",
    outcome: { status: "suspended", reason: "عدم تجديد المكتب المسير داخل الآجال القانونية (مثال تجريبي).", days: 90 },
  },
  {
    by: "mehdi",
    nameAr: "جمعية الصحة للجميع بالحي",
    nameFr: "Santé pour tous au quartier",
    city: "الدار البيضاء",
    region: "MA-06",
    fields: ["health"],
    foundedYear: 2012,
    ref: "DEMO-CAS-2012-118",
    description: "جمعية تجريبية لتنظيم قوافل طبية في الأحياء.",
    outcome: { status: "withdrawn", note: "قرار الجمع العام بالانسحاب (مثال تجريبي)." },
  },
  {
    by: "salah",
    nameAr: "تعاونية المعرفة للتكوين",
    nameFr: "Savoirs partagés",
    city: "مراكش",
    region: "MA-07",
    fields: ["training", "employment"],
    foundedYear: 2019,
    ref: "DEMO-MAR-2019-055",
    description: "جمعية تجريبية تقدم دورات في تسيير الجمعيات.",
    outcome: { status: "pending" },
  },
  {
    by: "latifa",
    nameAr: "جمعية نسيم الصحراء",
    nameFr: null,
    city: "العيون",
    region: "MA-11",
    fields: ["environment", "social"],
    foundedYear: 2016,
    ref: "DEMO-LAA-2016-012",
    description: "جمعية تجريبية لمحاربة التصحر.",
    outcome: { status: "info_requested", note: "المرجو إرفاق نسخة من القانون الأساسي ومحضر آخر جمع عام." },
  },
  {
    by: "hassan",
    nameAr: "نادي الفكر الحر للشباب",
    nameFr: "Cercle des jeunes penseurs",
    city: "القنيطرة",
    region: "MA-04",
    fields: ["youth", "citizenship"],
    foundedYear: 2021,
    ref: "DEMO-KEN-2021-066",
    description: "نادٍ تجريبي للنقاش بين الشباب.",
    outcome: {
      status: "rejected",
      reason: "النادي تابع لهيئة حزبية، وهذا يخالف شرط الاستقلالية في الميثاق (مثال تجريبي).",
    },
  },
  {
    by: "amina",
    nameAr: "جمعية أطفال الجبل",
    nameFr: "Enfants de la montagne",
    city: "كلميم",
    region: "MA-10",
    fields: ["childhood", "education"],
    foundedYear: 2020,
    ref: "DEMO-GLM-2020-008",
    description: "جمعية تجريبية للدعم المدرسي في المناطق الجبلية.",
    outcome: { status: "pending" },
  },
];

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo's charter (version 1, published by the admin) and its associations in every status, with
 * the demo members as representatives of some: amina represents an active association (with karim)
 * and a pending one, and is a member of a third; karim represents his own too. The admin stays admin.
 */
export async function seedAssociations(
  db: Db,
  accounts: Record<string, SessionUser>,
  password: string,
): Promise<Record<AssociationStatus | "info_requested", number>> {
  const admin = accounts.admin!;
  const people: Record<string, SessionUser> = { ...accounts };
  for (const person of demoRepresentatives) {
    people[person.key] = await registerUser(db, { email: person.email, name: person.name, password, locale: "ar" });
  }
  const charter = await publishVersion(db, admin, {
    kind: "charter",
    title: demoCharterTitle,
    bodyMd: demoCharterMarkdown,
  });
  const fields = new Map((await db.fieldOfAction.findMany()).map((field) => [field.code, field.id]));
  const counts = { pending: 0, active: 0, suspended: 0, withdrawn: 0, rejected: 0, info_requested: 0 };

  for (const spec of demoAssociations) {
    const applicant = people[spec.by]!;
    const applied = await applyForMembership(db, applicant, {
      profile: {
        nameAr: spec.nameAr,
        nameFr: spec.nameFr,
        city: spec.city,
        regionCode: spec.region,
        fieldIds: spec.fields.map((code) => fields.get(code)!),
        foundedYear: spec.foundedYear,
        registrationRef: spec.ref,
        contactEmail: null,
        contactPhone: null,
        website: null,
        descriptionMd: spec.description,
        eligibility: {
          nationalScope: true,
          voluntary: true,
          nonProfit: true,
          nonPolitical: spec.outcome.status !== "rejected",
        },
      },
      charterVersionId: charter.id,
      note: "طلب انخراط تجريبي.",
    });
    const outcome = spec.outcome;
    counts[outcome.status] += 1;
    if (outcome.status === "pending") continue;
    if (outcome.status === "info_requested") {
      await reviewApplication(db, admin, applied.id, { kind: "request_info", note: outcome.note });
      continue;
    }
    if (outcome.status === "rejected") {
      await reviewApplication(db, admin, applied.id, { kind: "reject", reason: outcome.reason });
      continue;
    }
    await reviewApplication(db, admin, applied.id, { kind: "approve", note: "تستوفي شروط العضوية." });
    const associationId = applied.association.id;
    for (const key of spec.members ?? []) {
      await db.associationMember.create({ data: { associationId, userId: people[key]!.id, role: "member" } });
    }
    if (outcome.status === "suspended") {
      const until = outcome.days ? new Date(Date.now() + outcome.days * DAY) : null;
      await suspendAssociation(db, admin, associationId, { reason: outcome.reason, until });
    } else if (outcome.status === "withdrawn") {
      await withdrawAssociation(db, applicant, associationId, outcome.note);
    }
  }
  // karim also represents amina's association, next to her, so a newcomer can try the limit of two.
  const amal = await db.association.findUniqueOrThrow({ where: { registrationRef: "DEMO-FES-2009-014" } });
  await setMemberRole(db, people.amina!, amal.id, {
    userId: people.karim!.id,
    role: "representative",
    maxRepresentatives: 2,
  });
  return counts;
}
