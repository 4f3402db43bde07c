import type { Db } from "../db/client.js";
import { inTransaction } from "../db/transaction.js";
import { recordDecision } from "../modules/decisions/index.js";

/** The founding general assembly's decisions (fictional dates), so that the register is not empty. */
const founding = [
  {
    title: "المصادقة على ميثاق المنتدى الوطني للعمل الجمعي",
    textMd:
      "صادق الجمع العام التأسيسي على **ميثاق المنتدى** بصيغته المعروضة، ومنه:\n\n" +
      "- يعتبر المنتدى فضاء موسعا لتعميق النقاش وطرح البدائل الناجحة والأفكار الديمقراطية وتبادل الخبرات (المادة 1).\n" +
      "- المنتدى فضاء متعدد ومتنوع، مستقل عن أي جهة حكومية أو حزبية، ينسق بشكل أفقي تشاركي (المادة 4).\n" +
      "- احترام استقلالية كل جمعية عضو (المادة 7).",
    decidedAt: new Date("2025-03-15T10:00:00Z"),
    outcome: "adopted",
    links: [{ label: "الميثاق", href: "/charter" }],
  },
  {
    title: "اعتماد القانون الأساسي والقانون الداخلي وشروط العضوية",
    textMd:
      "اعتمد الجمع العام التأسيسي القانون الأساسي والقانون الداخلي للمنتدى، وحدد شروط العضوية: " +
      "جمعيات وطنية، تطوعية، غير ربحية وغير سياسية، تلتزم بالقانون الأساسي وببرامج العمل التي تقرها الجموع العامة (المادة 8).",
    decidedAt: new Date("2025-03-15T12:00:00Z"),
    outcome: "adopted",
    links: [{ label: "الجمعيات الأعضاء", href: "/associations" }],
  },
  {
    title: "إحداث بنك للمعلومات داخل المنتدى وبرنامج للتكوين في تدبير الجمعيات",
    textMd:
      "قرر الجمع العام إحداث **بنك للمعلومات** داخل المنتدى، ووضع برامج للتكوين في التواصل الحديث وتدبير الجمعيات، " +
      "والانفتاح على الفاعلين الوطنيين والدوليين.",
    decidedAt: new Date("2025-03-15T15:00:00Z"),
    outcome: "adopted",
    links: [],
  },
  {
    title: "المشاركة في مبادرة «عاصمة المجتمع المدني»",
    textMd:
      "قرر الجمع العام مواكبة مبادرة **عاصمة المجتمع المدني** السنوية، واقتراح الجمعيات المحتفى بها وفق المعايير: " +
      "جمعيات وطنية تطوعية غير ربحية وغير سياسية، تنسجم أنشطتها مع قيم المواطنة والتنمية والحوار والتعايش.",
    decidedAt: new Date("2025-03-16T10:00:00Z"),
    outcome: "adopted",
    links: [],
  },
] as const;

/** Records the founding decisions, by the demo's moderator, once (a register that has records is left alone). */
export async function seedDecisions(db: Db, recordedById: string | undefined): Promise<number> {
  if ((await db.decisionRecord.count()) > 0) return 0;
  for (const decision of founding) {
    await inTransaction(db, (tx) =>
      recordDecision(tx, {
        kind: "manual",
        ...decision,
        links: [...decision.links],
        ...(recordedById ? { recordedById } : {}),
      }),
    );
  }
  return founding.length;
}
