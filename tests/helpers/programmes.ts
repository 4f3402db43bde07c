import type { ProgrammeDetail, ProgrammeDocumentInput } from "../../common/programmes.js";
import type { ApiClient } from "./api-client.js";
import type { TestApp } from "./app.js";
import { activeAssociation, newMember } from "./associations.js";

/**
 * The people of a programme: a moderator, a committee member, and three active member associations
 * (the first two lead actions, the third only amends and votes).
 */
export async function programmeCast(app: TestApp, admin: ApiClient) {
  const moderator = await newMember(app, { name: "مشرفة البرنامج", role: "moderator" });
  const drafter = await newMember(app, { name: "عضو لجنة الصياغة" });
  const leadA = await activeAssociation(app, admin);
  const leadB = await activeAssociation(app, admin);
  const other = await activeAssociation(app, admin);
  return { moderator, drafter, leadA, leadB, other, delegates: [leadA, leadB, other] };
}

export type ProgrammeCast = Awaited<ReturnType<typeof programmeCast>>;

/** A two-axis document: the first axis's second action ended long ago (overdue once adopted). */
export function programmeDocument(cast: ProgrammeCast): ProgrammeDocumentInput {
  return {
    title: "برنامج العمل 2026-2027",
    periodStart: "2026-01-01",
    periodEnd: "2027-12-31",
    introductionMd: "يلتزم المنتدى بتقوية قدرات الجمعيات الأعضاء في التدبير والتواصل.",
    axes: [
      {
        title: "التكوين",
        descriptionMd: "تكوين أطر الجمعيات في التدبير المالي.",
        actions: [
          {
            title: "دورات في التدبير المالي",
            objective: "تكوين مائة إطار جمعوي في المحاسبة المبسطة.",
            leadAssociationIds: [cast.leadA.association.id],
            partners: "جامعة محلية",
            startDate: "2026-02-01",
            endDate: "2027-06-30",
            budget: 120000,
            indicators: ["عدد المستفيدين", "نسبة الحضور"],
          },
          {
            title: "دليل التدبير الجمعوي",
            objective: "نشر دليل عملي بالعربية والفرنسية.",
            leadAssociationIds: [cast.leadA.association.id, cast.leadB.association.id],
            startDate: "2025-01-01",
            endDate: "2025-06-30",
            budget: 30000,
          },
        ],
      },
      {
        title: "بنك المعلومات",
        descriptionMd: "قاعدة معطيات مشتركة عن الجمعيات.",
        actions: [
          {
            title: "جرد الجمعيات الأعضاء",
            objective: "جرد الجمعيات الأعضاء حسب الجهة.",
            leadAssociationIds: [cast.leadB.association.id],
            startDate: "2026-03-01",
            endDate: "2027-03-01",
          },
        ],
      },
    ],
  };
}

/** A draft created by the moderator, its document written by the committee. */
export async function draftedProgramme(cast: ProgrammeCast): Promise<ProgrammeDetail> {
  const created = await cast.moderator.client.post<ProgrammeDetail>("/api/programmes", {
    title: "برنامج العمل 2026-2027",
    periodStart: "2026-01-01",
    periodEnd: "2027-12-31",
    committeeIds: [cast.drafter.user.id],
  });
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const saved = await cast.drafter.client.put<ProgrammeDetail>(
    `/api/programmes/${created.body.data!.id}`,
    programmeDocument(cast),
  );
  if (saved.status !== 200) throw new Error(`save failed: ${JSON.stringify(saved.body)}`);
  return saved.body.data!;
}

/** Every delegate of the cast casts `choice` in the vote, then the moderator closes it. */
export async function voteAndClose(cast: ProgrammeCast, voteId: string, choice: "for" | "against"): Promise<void> {
  for (const delegate of cast.delegates) {
    const answer = await delegate.client.post(`/api/votes/${voteId}/ballot`, {
      choice: { method: "for_against_abstain", choice },
    });
    if (answer.status >= 300) throw new Error(`ballot failed: ${JSON.stringify(answer.body)}`);
  }
  const closed = await cast.moderator.client.post(`/api/votes/${voteId}/close`);
  if (closed.status !== 200) throw new Error(`close failed: ${JSON.stringify(closed.body)}`);
}

/** The programme drafted, submitted, its axes and the whole adopted (no amendment). */
export async function adoptedProgramme(cast: ProgrammeCast): Promise<ProgrammeDetail> {
  const draft = await draftedProgramme(cast);
  const moderator = cast.moderator.client;
  await moderator.post(`/api/programmes/${draft.id}/submit`);
  for (const axis of draft.axes) {
    const opened = await moderator.post<ProgrammeDetail>(`/api/programmes/axes/${axis.id}/vote`);
    if (opened.status !== 200) throw new Error(`axis vote failed: ${JSON.stringify(opened.body)}`);
    const voteId = opened.body.data!.axes.find((a) => a.id === axis.id)!.voteId!;
    await voteAndClose(cast, voteId, "for");
  }
  const whole = await moderator.post<ProgrammeDetail>(`/api/programmes/${draft.id}/vote`);
  if (whole.status !== 200) throw new Error(`whole vote failed: ${JSON.stringify(whole.body)}`);
  await voteAndClose(cast, whole.body.data!.voteId!, "for");
  return (await moderator.get<ProgrammeDetail>(`/api/programmes/${draft.id}`)).body.data!;
}
