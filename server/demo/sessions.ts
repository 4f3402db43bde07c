import type { SessionUser } from "../auth/types.js";
import type { Db } from "../db/client.js";
import { actOnSession, approveMinutes, createSession } from "../modules/sessions/index.js";

const minute = 60_000;

/**
 * Two live sessions for the demo: one scheduled next week, and one held last week, run through the
 * same services as a real one (representatives checking in, the floor given and taken back, a straw
 * poll), ended, its minutes approved.
 */
export async function seedSessions(db: Db, moderator: SessionUser): Promise<void> {
  const reader = { id: moderator.id, name: moderator.name, role: moderator.role };
  await createSession(db, reader, {
    title: "جلسة تداول: أولويات المنتدى للسنة المقبلة",
    descriptionMd: "نقاش حر حول **استراتيجيات العمل** التي يقترحها المنتدى (المادة 5 من الميثاق).",
    scheduledAt: new Date(Date.now() + 7 * 24 * 60 * minute).toISOString(),
    visibility: "public",
    agenda: [
      { title: "عرض حصيلة السنة", budgetMinutes: 20 },
      { title: "الأولويات المقترحة", budgetMinutes: 45 },
      { title: "ما يستجد من أمور", budgetMinutes: 15 },
    ],
  });

  const held = await createSession(db, reader, {
    title: "جلسة تداول: تنظيم الملتقى الجهوي",
    descriptionMd: "تبادل الآراء حول تنظيم الملتقى الجهوي للجمعيات.",
    scheduledAt: new Date(Date.now() - 7 * 24 * 60 * minute).toISOString(),
    agenda: [
      { title: "مكان الملتقى وتاريخه", budgetMinutes: 20 },
      { title: "توزيع المهام", budgetMinutes: 20 },
    ],
  });
  const representatives = await db.associationMember.findMany({
    where: { role: "representative", association: { status: "active" } },
    select: { user: { select: { id: true, name: true, role: true } } },
    orderBy: { joinedAt: "asc" },
    take: 4,
  });
  const people = [...new Map(representatives.map(({ user }) => [user.id, user])).values()];
  let at = Date.now() - 7 * 24 * 60 * minute;
  const step = async (
    who: { id: string; name: string; role: SessionUser["role"] },
    command: Parameters<typeof actOnSession>[3],
    afterMs = minute,
  ) => {
    at += afterMs;
    return actOnSession(db, who, held.id, command, new Date(at));
  };
  await step(reader, { action: "open" });
  for (const person of people) await step(person, { action: "check_in" }, 30_000);
  const { state } = await step(reader, { action: "start" });
  const [first, second, third] = people;
  if (first && second) {
    await step(first, { action: "request", type: "contribution" }, 30_000);
    await step(second, { action: "request", type: "for" }, 30_000);
    await step(reader, { action: "give" });
    await step(reader, { action: "stop" }, 150_000);
    await step(reader, { action: "give" });
    await step(reader, { action: "stop" }, 170_000);
  }
  await step(reader, {
    action: "poll_open",
    question: "هل ننظم الملتقى في الربيع؟",
    options: ["نعم", "لا"],
    kind: "straw",
    results: "live",
  });
  const poll = (await db.liveSession.findUniqueOrThrow({ where: { id: held.id }, select: { state: true } })).state as {
    polls: { id: string }[];
  };
  const pollId = poll.polls.at(-1)!.id;
  for (const [index, person] of people.entries()) {
    await step(person, { action: "poll_vote", pollId, optionId: index === 3 ? "o2" : "o1" }, 10_000);
  }
  await step(reader, { action: "poll_close", pollId });
  const firstItem = state.agenda[0]!.id;
  await step(reader, {
    action: "notes",
    itemId: firstItem,
    notesMd: "اتُّفق على تنظيم الملتقى في **الربيع**، والمكان يُحدَّد لاحقا.",
  });
  await step(reader, { action: "item", itemId: state.agenda[1]!.id });
  if (third) {
    await step(third, { action: "request", type: "contribution" }, 30_000);
    await step(reader, { action: "give" });
    await step(reader, { action: "stop" }, 120_000);
  }
  await step(reader, { action: "end" }, 5 * minute);
  await approveMinutes(db, reader, held.id);
}
