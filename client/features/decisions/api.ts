import type {
  CorrectionInput,
  DecisionDetail,
  DecisionList,
  ManualDecisionInput,
  VerifyReport,
} from "../../../common/decisions.js";
import { api, apiRequest, queryString } from "../../api.js";

export type RegisterFilters = { page: number; year?: string; kind?: string; outcome?: string; q?: string };

export const fetchDecisions = (filters: RegisterFilters) =>
  api.get<DecisionList>(`/api/decisions${queryString(filters)}`);
export const fetchDecision = (year: string, seq: string) =>
  api.get<DecisionDetail>(`/api/decisions/${encodeURIComponent(year)}/${encodeURIComponent(seq)}`);
export const fetchVerification = () => api.get<VerifyReport>("/api/decisions/verify");

/** A moderator's decision: its fields and its source document, in one multipart request. */
export function postDecision(input: ManualDecisionInput, source: File | null) {
  const form = new FormData();
  for (const [name, value] of Object.entries(input)) form.append(name, value);
  if (source) form.append("source", source, source.name);
  return apiRequest<DecisionDetail>("POST", "/api/decisions", form);
}

export const postCorrection = (id: string, input: CorrectionInput) =>
  api.post<DecisionDetail>(`/api/decisions/${id}/corrections`, input);
