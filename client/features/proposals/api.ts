import type { Paginated } from "../../../common/api.js";
import type { DebateCategory } from "../../../common/debates.js";
import type {
  AmendmentInput,
  ProposalCreateInput,
  ProposalDetail,
  ProposalListQuery,
  ProposalSummary,
  ProposalUpdateInput,
  ProposalVersion,
  ProposalVersionDiff,
  ProposalVoteInput,
} from "../../../common/proposals.js";
import { api, queryString } from "../../api.js";

const base = (id: string) => `/api/proposals/${encodeURIComponent(id)}`;

export const fetchProposals = (query: ProposalListQuery) =>
  api.get<Paginated<ProposalSummary>>(`/api/proposals${queryString(query)}`);
export const fetchProposal = (id: string) => api.get<ProposalDetail>(base(id));
export const createProposal = (input: ProposalCreateInput) => api.post<{ id: string }>("/api/proposals", input);
export const updateProposal = (id: string, input: ProposalUpdateInput) => api.patch<ProposalDetail>(base(id), input);

/** A step on the proposal; answers it as it now stands. */
export const proposalStep = (
  id: string,
  step: "submit" | "withdraw" | "admit" | "inadmissible" | "vote",
  body: Record<string, unknown> = {},
) => api.post<ProposalDetail>(`${base(id)}/${step}`, body);

export const signProposal = (id: string, associationId: string) =>
  api.put<ProposalDetail>(`${base(id)}/sponsors/${associationId}`);
export const unsignProposal = (id: string, associationId: string) =>
  api.delete<ProposalDetail>(`${base(id)}/sponsors/${associationId}`);

export const proposeAmendment = (id: string, input: AmendmentInput) =>
  api.post<{ id: string; proposal: ProposalDetail }>(`${base(id)}/amendments`, input);
export const amendmentStep = (
  amendmentId: string,
  step: "accept" | "reject" | "vote",
  body: Record<string, unknown> | ProposalVoteInput = {},
) => api.post<ProposalDetail>(`/api/proposals/amendments/${amendmentId}/${step}`, body);

export const fetchVersion = (id: string, number: number) => api.get<ProposalVersion>(`${base(id)}/versions/${number}`);
export const fetchDiff = (id: string, from: number, to: number) =>
  api.get<ProposalVersionDiff>(`${base(id)}/diff${queryString({ from, to })}`);

/** The debate categories a proposal may be filed under. */
export const fetchCategories = () => api.get<DebateCategory[]>("/api/debates/categories");
