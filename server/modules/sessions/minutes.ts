import type { LiveState, SessionEvent, SpeechType } from "../../../common/sessions.js";

const speechNames: Record<SpeechType, string> = {
  contribution: "مداخلة",
  for: "مع",
  against: "ضد",
  point_of_order: "نقطة نظام",
  answer: "جواب",
};

const time = (iso: string) =>
  new Intl.DateTimeFormat("ar-MA-u-nu-latn", {
    timeZone: "Africa/Casablanca",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(new Date(iso));
const day = (iso: string) =>
  new Intl.DateTimeFormat("ar-MA-u-nu-latn", {
    timeZone: "Africa/Casablanca",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(iso));
const duration = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
/** Text from people goes into the Markdown as text, not as syntax. */
const text = (value: string) => value.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, "\\$1");

type Speech = { name: string; association: string | null; type: SpeechType; startedAt: string; seconds: number | null };

/**
 * The minutes (محضر) of a session as Markdown, built from its events: attendance, the items taken,
 * who spoke on each (start and duration), each vote with the attendance when it opened and its
 * result, and the moderators' notes per item.
 */
export function buildMinutes(
  session: { title: string; scheduledAt: Date; startedAt: Date | null; endedAt: Date | null; moderators: string[] },
  state: LiveState,
  events: readonly SessionEvent[],
): string {
  const speeches = new Map<string | null, Speech[]>();
  let item: string | null = null;
  let current: Speech | null = null;
  for (const event of events) {
    if (event.type === "item.started") item = event.payload.itemId;
    if (event.type === "floor.given") {
      const floor = event.payload.floor;
      current = {
        name: floor.name,
        association: floor.associationName,
        type: floor.type,
        startedAt: floor.startedAt,
        seconds: null,
      };
      const list = speeches.get(item) ?? [];
      list.push(current);
      speeches.set(item, list);
    }
    if (event.type === "floor.ended" && current) {
      current.seconds = event.payload.durationSeconds;
      current = null;
    }
  }

  const lines: string[] = [`# محضر الجلسة: ${text(session.title)}`, ""];
  lines.push(`- **التاريخ:** ${day((session.startedAt ?? session.scheduledAt).toISOString())}`);
  if (session.startedAt) lines.push(`- **الافتتاح:** ${time(session.startedAt.toISOString())}`);
  if (session.endedAt) lines.push(`- **الاختتام:** ${time(session.endedAt.toISOString())}`);
  if (session.moderators.length > 0) lines.push(`- **التسيير:** ${session.moderators.map(text).join("، ")}`);
  lines.push("", "## الحضور", "");
  if (state.attendance.length === 0) lines.push("لم يسجَّل أي حضور.");
  for (const entry of [...state.attendance].sort((a, b) => a.name.localeCompare(b.name, "ar"))) {
    lines.push(`- ${text(entry.name)} (${time(entry.checkedInAt)}${entry.byModerator ? "، سجّله المسيّر" : ""})`);
  }
  lines.push(
    "",
    `النصاب: ${state.quorum.present} من ${state.quorum.electorate} جمعية حاضرة (المطلوب ${state.quorum.required}).`,
  );

  lines.push("", "## جدول الأعمال");
  state.agenda.forEach((entry, index) => {
    lines.push("", `### ${index + 1}. ${text(entry.title)}`, "");
    if (!entry.startedAt) {
      lines.push("لم تُتناول هذه النقطة.");
      return;
    }
    lines.push(`- **المدة المخصصة:** ${entry.budgetMinutes} دقيقة`);
    lines.push(`- **من** ${time(entry.startedAt)}${entry.endedAt ? ` **إلى** ${time(entry.endedAt)}` : ""}`);
    const spoken = speeches.get(entry.id) ?? [];
    lines.push("", "#### المتدخلون", "");
    if (spoken.length === 0) lines.push("لا أحد.");
    else {
      lines.push("| المتدخل | الجمعية | النوع | البداية | المدة |", "| --- | --- | --- | --- | --- |");
      for (const speech of spoken) {
        lines.push(
          `| ${text(speech.name)} | ${speech.association ? text(speech.association) : "—"} | ${speechNames[speech.type]} | ${time(speech.startedAt)} | ${speech.seconds === null ? "—" : duration(speech.seconds)} |`,
        );
      }
    }
    const polls = state.polls.filter((poll) => poll.itemId === entry.id);
    if (polls.length > 0) {
      lines.push("", "#### التصويتات");
      for (const poll of polls) {
        lines.push("", `**${text(poll.question)}** (${poll.kind === "formal" ? "تصويت رسمي" : "استطلاع سريع"})`, "");
        if (poll.quorumAtOpen) {
          lines.push(
            `- الحضور عند الافتتاح: ${poll.quorumAtOpen.present} من ${poll.quorumAtOpen.electorate} جمعية (النصاب ${poll.quorumAtOpen.required})`,
          );
        }
        lines.push(`- عدد الأصوات: ${poll.cast}`);
        for (const option of poll.options) lines.push(`- ${text(option.label)}: ${poll.counts?.[option.id] ?? 0}`);
        const best = poll.counts ? Math.max(0, ...Object.values(poll.counts)) : 0;
        const winners = poll.options.filter((option) => best > 0 && poll.counts?.[option.id] === best);
        lines.push(
          `- **النتيجة:** ${
            poll.status !== "closed"
              ? "لم يُغلق التصويت"
              : winners.length === 1
                ? text(winners[0]!.label)
                : winners.length > 1
                  ? "تعادل"
                  : "لا أصوات"
          }`,
        );
      }
    }
    if (entry.notesMd.trim()) lines.push("", "#### ملاحظات التسيير", "", entry.notesMd.trim());
  });
  return `${lines.join("\n")}\n`;
}
