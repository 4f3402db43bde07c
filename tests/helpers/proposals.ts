import type { ProposalDetail } from "../../common/proposals.js";
import type { ApiClient } from "./api-client.js";
import type { TestApp } from "./app.js";
import { activeAssociation, newMember } from "./associations.js";

/** An active association and its representative (its primary delegate). */
export type Representative = Awaited<ReturnType<typeof activeAssociation>>;

/**
 * The cast of a proposal: the author association, `sponsorCount` other active associations that may
 * co-sign it, and a moderator.
 */
export async function proposalCast(app: TestApp, admin: ApiClient, sponsorCount = 2) {
  const author = await activeAssociation(app, admin);
  const sponsors: Representative[] = [];
  for (let i = 0; i < sponsorCount; i++) sponsors.push(await activeAssociation(app, admin));
  const moderator = await newMember(app, { name: "مشرفة المنتدى", role: "moderator" });
  return { author, sponsors, moderator };
}

export type ProposalCast = Awaited<ReturnType<typeof proposalCast>>;

export const proposalText =
  "## المادة الأولى\n\nتعزيز المشاركة المدنية للشباب في القرى.\n\n## المادة الثانية\n\nتخصيص ميزانية سنوية.";

/** A draft by the cast's author association. */
export async function draftProposal(cast: ProposalCast, title = "مقترح لتعزيز المشاركة"): Promise<ProposalDetail> {
  const created = await cast.author.client.post<{ id: string }>("/api/proposals", {
    title,
    bodyMd: proposalText,
    associationId: cast.author.association.id,
  });
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  return (await cast.author.client.get<ProposalDetail>(`/api/proposals/${created.body.data!.id}`)).body.data!;
}

/** Fails with the answer's body unless it succeeded. */
async function ok<T>(answer: Promise<{ status: number; body: { data?: T } }>): Promise<T> {
  const done = await answer;
  if (done.status >= 300) throw new Error(JSON.stringify(done.body));
  return done.body.data!;
}

/** A submitted proposal, co-signed by every sponsor of the cast. */
export async function submittedProposal(cast: ProposalCast): Promise<ProposalDetail> {
  const draft = await draftProposal(cast);
  let proposal = await ok<ProposalDetail>(cast.author.client.post(`/api/proposals/${draft.id}/submit`));
  for (const sponsor of cast.sponsors) {
    proposal = await ok<ProposalDetail>(
      sponsor.client.put(`/api/proposals/${draft.id}/sponsors/${sponsor.association.id}`),
    );
  }
  return proposal;
}

/** A proposal in discussion (submitted, co-signed, admitted by the moderator). */
export async function discussedProposal(cast: ProposalCast): Promise<ProposalDetail> {
  const submitted = await submittedProposal(cast);
  return ok<ProposalDetail>(cast.moderator.client.post(`/api/proposals/${submitted.id}/admit`));
}
