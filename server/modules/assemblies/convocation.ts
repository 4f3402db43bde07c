import type { ConveneInput } from "../../../common/assemblies.js";
import type { Db } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import { AppError, fieldError } from "../../http/errors.js";
import type { Logger } from "../../logger.js";
import { type Email, queueEmail } from "../../mail/outbox.js";
import { writeAudit } from "../audit/index.js";
import { electorateAt } from "../electorate/index.js";
import { notify } from "../notifications/index.js";
import { quorumOf, standingOf } from "./quorum.js";
import { type AssemblyActor, type AssemblySettings, assemblyTags, check, lockAssembly } from "./service.js";

const DAY_MS = 24 * 60 * 60 * 1000;

const itemTypeNames = {
  programme: "برنامج عمل",
  statutes: "تعديل النظام الأساسي",
  report: "تقرير",
  other: "نقطة أخرى",
};

/** The date in Arabic, with its time, in Morocco's time zone (as the forum reads it). */
const arabicDate = (date: Date) =>
  new Intl.DateTimeFormat("ar-MA-u-nu-latn", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Africa/Casablanca",
  }).format(date);

/**
 * Convenes the assembly: every representative of every active member association is notified in the
 * app and sent an email (kept in the outbox; through the SMTP server too when one is configured) with
 * the agenda and the documents. The first convocation turns a draft into a convened assembly; a second
 * one, once the first one's day has come without its quorum, sets a new date and the lower quorum of a
 * second convocation. Either must leave the forum's minimum notice before the date
 * (CONVOCATION_TOO_LATE). Recorded (round, date, quorum, recipients) and audited `assembly.convened`.
 * Returns the emails, for the caller to hand to the mail server after the commit.
 */
export async function conveneAssembly(
  db: Db,
  actor: AssemblyActor,
  id: string,
  input: ConveneInput,
  context: { settings: AssemblySettings; log: Logger; siteUrl: string },
): Promise<{ round: number; recipients: number; emails: Email[] }> {
  const { settings } = context;
  return inTransaction(db, async (tx) => {
    const assembly = await lockAssembly(tx, id);
    const now = new Date();
    const second = assembly.status === "convened";
    check(actor, second ? "convene_second" : "convene", assembly, now);
    if (second) {
      const quorum = quorumOf(await standingOf(tx, id, now), assembly.quorumShare);
      if (quorum.met) throw new AppError("INVALID_STATE", { reason: "quorum_met" });
      if (!input.scheduledAt) throw fieldError("VALIDATION_FAILED", [{ path: "scheduledAt", reason: "required" }]);
    }
    const scheduledAt = second ? new Date(input.scheduledAt!) : assembly.scheduledAt;
    const earliest = new Date(now.getTime() + settings.convocationDays * DAY_MS);
    if (scheduledAt.getTime() < earliest.getTime()) {
      throw new AppError("CONVOCATION_TOO_LATE", {
        minDays: settings.convocationDays,
        earliest: earliest.toISOString(),
        fields: [{ path: "scheduledAt", reason: "too_soon" }],
      });
    }
    const [items, documents] = await Promise.all([
      tx.assemblyItem.findMany({ where: { assemblyId: id }, orderBy: { position: "asc" } }),
      tx.assemblyDocument.findMany({ where: { assemblyId: id }, orderBy: { uploadedAt: "asc" } }),
    ]);
    if (items.length === 0) throw fieldError("VALIDATION_FAILED", [{ path: "items", reason: "empty_agenda" }]);
    const round = second ? 2 : 1;
    const quorumShare = second ? Math.min(settings.secondQuorum, assembly.quorumShare) : assembly.quorumShare;

    const electorate = await electorateAt(tx, now);
    const people = await tx.associationMember.findMany({
      where: { role: "representative", associationId: { in: electorate.map((entry) => entry.associationId) } },
      select: { user: { select: { id: true, email: true } } },
    });
    const recipients = [...new Map(people.map(({ user }) => [user.id, user])).values()];

    await tx.assembly.update({
      where: { id },
      data: { status: "convened", round, quorumShare, scheduledAt },
    });
    // A second convocation is a new sitting: the check-ins of the first day no longer count.
    if (second)
      await tx.assemblyAttendance.updateMany({
        where: { assemblyId: id },
        data: { checkedInAt: null, checkedInById: null },
      });
    await tx.assemblyConvocation.create({
      data: {
        assemblyId: id,
        round,
        scheduledAt,
        quorumShare,
        recipients: recipients.length,
        associations: electorate.length,
        sentById: actor.id,
      },
    });
    const summary = { id, title: assembly.title, scheduledAt: scheduledAt.toISOString() };
    await notify(tx, {
      userIds: recipients.map((user) => user.id),
      kind: "assembly.convened",
      data: { assembly: summary, subjectName: assembly.title, effectiveAt: summary.scheduledAt },
    });

    const base = context.siteUrl.replace(/\/+$/, "");
    const text = [
      `${round === 2 ? "استدعاء ثان" : "استدعاء"} إلى ${assembly.kind === "ordinary" ? "الجمع العام العادي" : "الجمع العام الاستثنائي"}: ${assembly.title}`,
      "",
      `الموعد: ${arabicDate(scheduledAt)}`,
      ...(assembly.place ? [`المكان: ${assembly.place}`] : []),
      ...(assembly.onlineUrl ? [`رابط المشاركة عن بعد: ${assembly.onlineUrl}`] : []),
      `النصاب: ${Math.round(quorumShare * 100)}% من الجمعيات الأعضاء النشيطة، حاضرة أو ممثلة بوكالة.`,
      "",
      "جدول الأعمال:",
      ...items.map((item, index) => `${index + 1}. ${item.title} (${itemTypeNames[item.type]})`),
      ...(documents.length > 0
        ? [
            "",
            "الوثائق:",
            ...documents.map((doc) => `- ${doc.fileName}: ${base}/api/assemblies/${id}/documents/${doc.id}`),
          ]
        : []),
      "",
      `التسجيل والوكالات: ${base}/assemblies/${id}`,
    ].join("\n");
    const subject = `${round === 2 ? "استدعاء ثان" : "استدعاء"}: ${assembly.title}`;
    const emails = recipients.map((user) => ({ to: user.email, subject, text }));
    for (const email of emails) await queueEmail(tx, context.log, email);

    await writeAudit(tx, {
      actorId: actor.id,
      action: "assembly.convened",
      targetType: "assembly",
      targetId: id,
      data: {
        title: assembly.title,
        round,
        scheduledAt: scheduledAt.toISOString(),
        quorumShare,
        recipients: recipients.length,
      },
    });
    publishAfterCommit(tx, { type: "assembly:changed", stale: assemblyTags(id) });
    return { round, recipients: recipients.length, emails };
  });
}
