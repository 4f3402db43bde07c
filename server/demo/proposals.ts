import type { Actor } from "../auth/actor.js";
import type { Db } from "../db/client.js";
import { inTransaction } from "../db/transaction.js";
import {
  admitProposal,
  createProposal,
  decideAmendment,
  proposeAmendment,
  putProposalToVote,
  signProposal,
  submitProposal,
} from "../modules/proposals/index.js";
import { castBallot, closeVote, createVote, openVote } from "../modules/votes/index.js";

const DAY = 24 * 60 * 60 * 1000;

const AMAL = "DEMO-FES-2009-014";
const OASIS = "DEMO-ERR-2015-003";
const ATLAS = "DEMO-BML-2011-022";
const LIBRARY = "DEMO-TAR-2006-101";
const COAST = "DEMO-TNG-2018-047";
const OBSERVATORY = "DEMO-RAB-2004-009";
const DAKHLA = "DEMO-DAK-2013-030";

/** The proposal the forum adopted (its record in the register), on the training the charter asks for. */
const trainingProposal = {
  title: "برنامج جهوي للتكوين في التدبير المالي والإداري للجمعيات",
  bodyMd:
    "## الدواعي\n\n" +
    "تطلب الجمعيات الأعضاء، في كل لقاء جهوي، تكوينا في **مسك المحاسبة** وإعداد التقارير الأدبية والمالية " +
    "وتدبير المشاريع، تنفيذا لأهداف المنتدى في التكوين وتدبير الجمعيات.\n\n" +
    "## المقترح\n\n" +
    "1. تنظيم دورة تكوينية من يومين في كل جهة توجد بها جمعية عضو، خلال السنة المقبلة.\n" +
    "2. يؤطر الدورات متطوعون من الجمعيات الأعضاء ذوو خبرة، دون مقابل.\n" +
    "3. توضع وثائق التكوين في **بنك المعلومات** داخل المنتدى، مفتوحة لكل الجمعيات الأعضاء.\n\n" +
    "## التنفيذ\n\n" +
    "تتولى الجمعية صاحبة المقترح التنسيق، وتقدم حصيلة الدورات في الجمع العام المقبل.",
};

/** The proposal still in discussion, on petitions (the demo's first debate asks for such a guide). */
const petitionsProposal = {
  title: "دليل مشترك لإعداد العرائض المحلية وتتبعها",
  bodyMd:
    "## الدواعي\n\n" +
    "تقدم جمعيات عديدة عرائض إلى مجالس الجماعات ثم تنتظر أشهرا دون جواب، لغياب تجربة مشتركة في إعدادها وتتبعها.\n\n" +
    "## المقترح\n\n" +
    "يعد المنتدى دليلا مشتركا للعرائض المحلية يتضمن:\n\n" +
    "- الشروط القانونية للعريضة وعدد التوقيعات المطلوب؛\n" +
    "- نماذج لجمع التوقيعات ورقيا؛\n" +
    "- طريقة تتبع العريضة بعد إيداعها.\n\n" +
    "ينشر الدليل في بنك المعلومات قبل نهاية السنة.",
};

/** The standalone vote open to the delegates: the priorities of next year's work programme. */
const prioritiesVote = {
  title: "ترتيب أولويات برنامج عمل المنتدى للسنة المقبلة",
  description:
    "يرتب كل ممثل رئيسي أولويات **برنامج العمل** باسم جمعيته، من الأهم إلى الأقل أهمية.\n\n" +
    "- تُحتسب النتيجة بطريقة شولتز (مقارنة كل أولوية بالأخرى).\n" +
    "- يُعرض البرنامج المرتب على الجمع العام المقبل للمصادقة (المادة 8 من الميثاق).",
  options: [
    "التكوين في تدبير الجمعيات",
    "بنك المعلومات داخل المنتدى",
    "المشاريع المشتركة بين الجمعيات",
    "الانفتاح على الفاعلين الوطنيين والدوليين",
  ],
};

/**
 * The demo's proposals and votes, made through the modules' own services: a proposal co-signed,
 * admitted, put to a vote that the delegates cast and a moderator closed (adopted, its record in the
 * register); a proposal in discussion with two co-signers, an amendment accepted (its second version)
 * and one waiting; and a ranked vote open for a few weeks that some delegates have already cast.
 */
export async function seedProposals(db: Db, minSponsors: number): Promise<{ proposals: number; votes: number }> {
  const settings = { minSponsors };
  const people = await demoPeople(db);
  const moderator = people.moderator!;
  const refs = await db.association.findMany({
    where: { registrationRef: { in: [AMAL, OASIS, ATLAS, LIBRARY, COAST, OBSERVATORY, DAKHLA] } },
    select: { id: true, registrationRef: true },
  });
  const association = (ref: string) => refs.find((row) => row.registrationRef === ref)!.id;
  const category = async (slug: string) =>
    (await db.debateCategory.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;

  // Adopted: written by Atlas, co-signed by the library and the coast, voted by the delegates.
  const training = await createProposal(db, people.latifa!, {
    ...trainingProposal,
    associationId: association(ATLAS),
    categoryId: await category("training"),
  });
  await submitProposal(db, settings, people.latifa!, training.id);
  for (const [key, ref] of sponsorsFor(minSponsors, [
    ["hassan", LIBRARY],
    ["nora", COAST],
    ["rachida", DAKHLA],
  ])) {
    await signProposal(db, settings, people[key]!, training.id, association(ref));
  }
  await admitProposal(db, settings, moderator, training.id);
  await putProposalToVote(db, settings, moderator, training.id, { secrecy: "open", majority: "absolute" });
  const { voteId } = await db.proposal.findUniqueOrThrow({ where: { id: training.id }, select: { voteId: true } });
  const choices = { latifa: "for", hassan: "for", nora: "for", omar: "for", karim: "abstain", rachida: "against" };
  for (const [key, choice] of Object.entries(choices)) {
    await castBallot(db, people[key]!, voteId!, {
      choice: { method: "for_against_abstain", choice },
      associationId: await delegateOf(db, people[key]!.id),
    });
  }
  await inTransaction(db, (tx) => closeVote(tx, voteId!, moderator));

  // In discussion: written by Al Amal, co-signed by the oasis and the observatory, amended twice.
  const petitions = await createProposal(db, people.amina!, {
    ...petitionsProposal,
    associationId: association(AMAL),
    categoryId: await category("citizenship"),
  });
  await submitProposal(db, settings, people.amina!, petitions.id);
  for (const [key, ref] of sponsorsFor(minSponsors, [
    ["karim", OASIS],
    ["omar", OBSERVATORY],
    ["nora", COAST],
  ])) {
    await signProposal(db, settings, people[key]!, petitions.id, association(ref));
  }
  await admitProposal(db, settings, moderator, petitions.id);
  const accepted = await proposeAmendment(db, settings, people.omar!, petitions.id, {
    associationId: association(OBSERVATORY),
    kind: "passage",
    passage: "- نماذج لجمع التوقيعات ورقيا؛",
    replacement: "- نماذج لجمع التوقيعات ورقيا وإلكترونيا؛",
    rationale: "جمع التوقيعات إلكترونيا نجح في تجارب عدة جمعيات، ويسهل بلوغ العدد المطلوب.",
  });
  await decideAmendment(db, settings, people.amina!, accepted.id, "accept", undefined);
  await proposeAmendment(db, settings, people.hassan!, petitions.id, {
    associationId: association(LIBRARY),
    kind: "passage",
    passage: "ينشر الدليل في بنك المعلومات قبل نهاية السنة.",
    replacement:
      "ينشر الدليل في بنك المعلومات قبل نهاية السنة، بالعربية والأمازيغية والفرنسية، وتنظم لقاءات جهوية لتقديمه.",
    rationale: "ليصل الدليل إلى الجمعيات في كل الجهات، بلغاتها.",
  });

  // Open: a ranked vote on next year's priorities, closing in three weeks; three delegates have cast.
  const priorities = await inTransaction(db, async (tx) => {
    const vote = await createVote(tx, {
      ...prioritiesVote,
      options: [...prioritiesVote.options],
      method: "ranked",
      secrecy: "open",
      results: "live",
      closesAt: new Date(Date.now() + 21 * DAY).toISOString(),
      createdById: moderator.id,
    });
    await openVote(tx, vote.id, moderator);
    return vote;
  });
  const options = await db.voteOption.findMany({ where: { voteId: priorities.id }, orderBy: { position: "asc" } });
  const [training1, bank, joint, openness] = options.map((option) => option.id) as [string, string, string, string];
  const rankings: Record<string, string[]> = {
    latifa: [training1, bank, joint, openness],
    hassan: [bank, training1, openness, joint],
    nora: [joint, training1, bank, openness],
  };
  for (const [key, ranking] of Object.entries(rankings)) {
    await castBallot(db, people[key]!, priorities.id, {
      choice: { method: "ranked", ranking },
      associationId: await delegateOf(db, people[key]!.id),
    });
  }
  return { proposals: 2, votes: 2 };
}

/** The demo's accounts by the name before the @ of their email. */
async function demoPeople(db: Db): Promise<Record<string, Actor>> {
  const users = await db.user.findMany({
    where: { email: { endsWith: "@tashawur.example" } },
    select: { id: true, email: true, role: true },
  });
  return Object.fromEntries(users.map(({ id, email, role }) => [email.split("@")[0]!, { id, role }]));
}

/** Two co-signers, or as many as the forum's setting asks (up to the demo's candidates). */
function sponsorsFor(minSponsors: number, candidates: [string, string][]): [string, string][] {
  return candidates.slice(0, Math.max(2, minSponsors));
}

/** The association whose vote a demo delegate casts (each demo delegate holds one). */
async function delegateOf(db: Db, userId: string): Promise<string> {
  const row = await db.associationDelegate.findFirstOrThrow({
    where: { userId, association: { status: "active" } },
    select: { associationId: true },
  });
  return row.associationId;
}
