import type { Role } from "../../common/api.js";
import type { Stance } from "../../common/debates.js";
import type { Db } from "../db/client.js";
import { createCategory, createDebate, createReply, decideDebate, endorseReply } from "../modules/debates/index.js";

type Person = { id: string; name: string; role: Role };

/** A reply of the demo: who writes it (an account key), for which association (its reference), its stance. */
type DemoReply = {
  by: string;
  /** The registration reference of the association the author writes for; personal when absent. */
  for?: string;
  stance: Stance;
  body: string;
  /** Who says "I agree". */
  endorsedBy?: string[];
  replies?: DemoReply[];
};

type DemoDebate = {
  category: string;
  by: string;
  for?: string;
  title: string;
  body: string;
  tags: string[];
  replies: DemoReply[];
  /** Closed by the moderator with this conclusion. */
  conclusion?: string;
};

const AMAL = "DEMO-FES-2009-014";
const OASIS = "DEMO-ERR-2015-003";
const ATLAS = "DEMO-BML-2011-022";
const LIBRARY = "DEMO-TAR-2006-101";
const COAST = "DEMO-TNG-2018-047";
const OBSERVATORY = "DEMO-RAB-2004-009";

/** The forum's themes (its charter's first article: debate, alternatives, coordination, training). */
const demoCategories = [
  {
    slug: "citizenship",
    nameAr: "المواطنة والمشاركة",
    nameFr: "Citoyenneté et participation",
    descriptionAr: "الديمقراطية التشاركية، العرائض والملتمسات، ومشاركة المواطنات والمواطنين في الشأن المحلي.",
  },
  {
    slug: "coordination",
    nameAr: "تنسيق عمل المنتدى",
    nameFr: "Coordination du forum",
    descriptionAr: "التنسيق الأفقي بين الجمعيات، البرامج التي تقرها الجموع العامة، وبنك المعلومات داخل المنتدى.",
  },
  {
    slug: "local-development",
    nameAr: "التنمية المحلية والبيئة",
    nameFr: "Développement local et environnement",
    descriptionAr: "تجارب الجمعيات في التنمية المحلية، الماء والواحات، والمشاريع المشتركة.",
  },
  {
    slug: "training",
    nameAr: "التكوين وتدبير الجمعيات",
    nameFr: "Formation et gestion associative",
    descriptionAr: "برامج التكوين، التواصل الحديث، وتدبير الجمعيات ماليا وإداريا.",
  },
];

const demoDebates: DemoDebate[] = [
  {
    category: "citizenship",
    by: "amina",
    for: AMAL,
    title: "كيف نجعل العرائض المحلية أداة فعلية للمشاركة المواطنة؟",
    body: "قدمت جمعيتنا السنة الماضية **عريضة** إلى مجلس الجماعة حول الإنارة العمومية في الأحياء الهامشية، وانتظرنا أشهرا دون جواب.\n\nما الذي نجح عندكم؟ وهل يمكن للمنتدى أن يقترح **دليلا مشتركا** لإعداد العرائض وتتبعها؟",
    tags: ["عرائض", "ديمقراطية تشاركية"],
    replies: [
      {
        by: "karim",
        for: OASIS,
        stance: "for",
        body: "نعم، دليل مشترك سيختصر علينا الكثير. في الرشيدية جمعنا التوقيعات إلكترونيا وورقيا في آن واحد، ونجحنا لأننا **رافقنا العريضة بلقاءات** مع المستشارين قبل إيداعها.",
        endorsedBy: ["amina", "latifa", "omar"],
        replies: [
          {
            by: "hassan",
            for: LIBRARY,
            stance: "question",
            body: "كم استغرق جمع التوقيعات عندكم؟ في الدواوير يصعب الوصول إلى العدد المطلوب قانونا.",
            replies: [
              {
                by: "karim",
                for: OASIS,
                stance: "neutral",
                body: "حوالي شهرين. اعتمدنا على المدارس والتعاونيات نقاطا لجمع التوقيعات.",
              },
            ],
          },
        ],
      },
      {
        by: "latifa",
        for: ATLAS,
        stance: "against",
        body: "أخشى أن نحصر المشاركة المواطنة في العرائض وحدها. التجربة تقول إن **الحضور المنتظم في دورات المجلس** والترافع المستمر أنجع من عريضة معزولة.",
        endorsedBy: ["nora", "moderator"],
        replies: [
          {
            by: "amina",
            for: AMAL,
            stance: "neutral",
            body: "لا أرى تعارضا: العريضة أداة من بين أدوات، والدليل يمكن أن يشمل الترافع وحضور الدورات أيضا.",
            endorsedBy: ["latifa"],
          },
          {
            by: "omar",
            for: OBSERVATORY,
            stance: "for",
            body: "أتفق مع لطيفة، وأضيف أن المرصد يمكنه توثيق الأجوبة التي تتلقاها العرائض، حتى نعرف أي الجماعات تتفاعل فعلا.",
          },
        ],
      },
      {
        by: "nora",
        for: COAST,
        stance: "question",
        body: "هل يحق للشباب دون الثامنة عشرة التوقيع على العرائض المحلية؟ كثير من أعضائنا تلاميذ.",
      },
    ],
  },
  {
    category: "coordination",
    by: "omar",
    for: OBSERVATORY,
    title: "بنك المعلومات داخل المنتدى: ما الذي نتقاسمه أولا؟",
    body: "ينص ميثاق المنتدى على إحداث **بنك للمعلومات**. أقترح أن نبدأ بثلاثة أشياء: دليل الجمعيات الأعضاء، نماذج الوثائق الإدارية، وتقارير الأنشطة.\n\nما رأيكم في الأولويات؟",
    tags: ["بنك المعلومات", "ميثاق"],
    replies: [
      {
        by: "hassan",
        for: LIBRARY,
        stance: "for",
        body: "نماذج الوثائق أولا: النظام الأساسي، محاضر الجموع العامة، طلبات الدعم. هذا ما يسأل عنه الجميع.",
        endorsedBy: ["amina", "karim", "nora"],
      },
      {
        by: "latifa",
        for: ATLAS,
        stance: "against",
        body: "أتحفظ على نشر تقارير الأنشطة كاملة: بعض الجمعيات تعمل في ملفات حساسة. لنبدأ بما هو عام، ونترك لكل جمعية حرية ما تنشره، احتراما لاستقلاليتها كما ينص الميثاق.",
        endorsedBy: ["omar"],
        replies: [
          {
            by: "omar",
            for: OBSERVATORY,
            stance: "neutral",
            body: "ملاحظة وجيهة. يمكن أن يكون النشر اختياريا، مع خانة تحدد من يطلع على الوثيقة.",
          },
        ],
      },
      {
        by: "karim",
        stance: "question",
        body: "من سيتكفل بتحيين البنك؟ نحتاج إلى لجنة صغيرة وإلا سيتقادم بسرعة.",
      },
    ],
  },
  {
    category: "local-development",
    by: "karim",
    for: OASIS,
    title: "ترشيد الماء في الواحات: ماذا تعلمنا من تجارب الجمعيات؟",
    body: "بعد ثلاث سنوات من حملات التحسيس والسقي بالتنقيط في واحات تافيلالت، نريد أن نتقاسم النتائج ونسمع تجارب جمعيات أخرى.",
    tags: ["الماء", "الواحات"],
    replies: [
      {
        by: "amina",
        for: AMAL,
        stance: "for",
        body: "تجربتكم ملهمة. في فاس اشتغلنا على إعادة استعمال مياه الوضوء في سقي الحدائق، والنتائج مشجعة.",
        endorsedBy: ["karim", "hassan"],
      },
      {
        by: "nora",
        for: COAST,
        stance: "against",
        body: "السقي بالتنقيط وحده لا يكفي إذا استمر حفر الآبار العشوائية. يجب أن يكون الترافع لدى السلطات جزءا من البرنامج.",
        endorsedBy: ["latifa"],
        replies: [
          {
            by: "karim",
            for: OASIS,
            stance: "neutral",
            body: "صحيح، وقد بدأنا فعلا حوارا مع وكالة الحوض المائي حول الآبار.",
          },
        ],
      },
      {
        by: "hassan",
        stance: "question",
        body: "هل لديكم أرقام عن كمية الماء التي تم توفيرها؟",
      },
    ],
    conclusion:
      "خلاصة النقاش: تتفق الجمعيات المشاركة على أن **السقي بالتنقيط** والتحسيس ضروريان، وعلى أن الترافع لدى السلطات بشأن الآبار العشوائية جزء لا يتجزأ من أي برنامج. تقترح جمعية واحة الغد تقاسم أرقامها في بنك المعلومات.",
  },
  {
    category: "training",
    by: "latifa",
    for: ATLAS,
    title: "Former les bénévoles à la gestion associative : quelles priorités ?",
    body: "Notre ligue prépare un **programme de formation** pour les bénévoles des associations de la région. Comptabilité, communication, montage de projets : par où commencer ?",
    tags: ["formation", "bénévolat"],
    replies: [
      {
        by: "hassan",
        for: LIBRARY,
        stance: "for",
        body: "La comptabilité d'abord : sans comptes clairs, aucune subvention n'est renouvelée. Nous pouvons partager nos modèles de tableaux.",
        endorsedBy: ["latifa", "amina"],
      },
      {
        by: "nora",
        for: COAST,
        stance: "against",
        body: "Je pense plutôt à la communication numérique : c'est ce qui attire les jeunes bénévoles, et ils apprennent la gestion ensuite.",
        replies: [
          {
            by: "latifa",
            for: ATLAS,
            stance: "neutral",
            body: "Les deux peuvent aller ensemble : un module court de communication dans chaque session de comptabilité.",
            endorsedBy: ["nora"],
          },
        ],
      },
      {
        by: "karim",
        stance: "question",
        body: "Les formations seront-elles aussi proposées en arabe et en amazighe ?",
      },
    ],
  },
  {
    category: "citizenship",
    by: "nora",
    for: COAST,
    title: "عاصمة المجتمع المدني: ما المعايير التي نقترحها لاختيار المدينة؟",
    body: "منذ 2018 تختار المبادرة كل سنة مدينة عاصمة للمجتمع المدني. ما المعايير التي يمكن للمنتدى أن يقترحها حتى تعكس **قيم المواطنة والتنمية والحوار والتعايش**؟",
    tags: ["عاصمة المجتمع المدني"],
    replies: [
      {
        by: "omar",
        for: OBSERVATORY,
        stance: "for",
        body: "عدد الجمعيات النشيطة معيار أساسي، لكن يجب أن نقيس النشاط الفعلي لا عدد الجمعيات المسجلة فقط.",
        endorsedBy: ["nora", "hassan"],
      },
      {
        by: "amina",
        for: AMAL,
        stance: "question",
        body: "هل يمكن أن تكون المدن الصغيرة والمراكز القروية مرشحة أيضا؟",
        replies: [
          {
            by: "nora",
            for: COAST,
            stance: "for",
            body: "أتمنى ذلك، فالعمل الجمعوي في القرى يستحق الاعتراف نفسه.",
            endorsedBy: ["amina", "hassan", "karim"],
          },
        ],
      },
    ],
  },
];

/**
 * The demo's debates, written through the debates' service (so that counters, search documents,
 * notifications and read models are the real ones): categories on the forum's themes, debates in
 * Arabic and one in French, nested replies of every stance from the demo associations'
 * representatives, endorsements, and a debate closed by the moderator with its conclusion.
 */
export async function seedDebates(db: Db): Promise<{ categories: number; debates: number; replies: number }> {
  const users = await db.user.findMany({ select: { id: true, name: true, role: true, email: true } });
  const people = new Map<string, Person>(users.map((user) => [user.email.split("@")[0]!, user]));
  const person = (key: string) => {
    const found = people.get(key);
    if (!found) throw new Error(`demo account ${key} is missing`);
    return found;
  };
  const associations = new Map(
    (await db.association.findMany({ select: { id: true, registrationRef: true } })).map((row) => [
      row.registrationRef,
      row.id,
    ]),
  );
  const association = (ref: string | undefined) => (ref ? (associations.get(ref) ?? null) : null);
  const admin = person("admin");
  const categories = new Map<string, string>();
  for (const spec of demoCategories) {
    const category = await createCategory(db, admin, spec);
    categories.set(spec.slug, category.id);
  }
  let replies = 0;
  const endorsements: [string, string][] = [];
  const write = async (debateId: string, parentId: string | null, reply: DemoReply): Promise<void> => {
    const written = await createReply(db, person(reply.by), debateId, {
      parentId,
      stance: reply.stance,
      bodyMd: reply.body,
      quoteOfId: null,
      associationId: association(reply.for),
    });
    replies += 1;
    for (const key of reply.endorsedBy ?? []) endorsements.push([key, written.id]);
    for (const child of reply.replies ?? []) await write(debateId, written.id, child);
  };
  for (const spec of demoDebates) {
    const debate = await createDebate(db, person(spec.by), {
      title: spec.title,
      bodyMd: spec.body,
      categoryId: categories.get(spec.category) ?? null,
      tags: spec.tags,
      associationId: association(spec.for),
    });
    for (const reply of spec.replies) await write(debate.id, null, reply);
    for (const [key, replyId] of endorsements.splice(0)) await endorseReply(db, person(key), replyId);
    if (spec.conclusion) {
      await decideDebate(db, person("moderator"), debate.id, { kind: "close", conclusionMd: spec.conclusion });
    }
  }
  return { categories: demoCategories.length, debates: demoDebates.length, replies };
}
