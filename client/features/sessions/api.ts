import type { Paginated } from "../../../common/api.js";
import type { ProposalSummary } from "../../../common/proposals.js";
import type {
  CreateSessionInput,
  SessionDetail,
  SessionMinutes,
  SessionSummary,
  UpdateSessionInput,
} from "../../../common/sessions.js";
import { api, queryString } from "../../api.js";

export const fetchSessions = (status: "upcoming" | "live" | "ended", page = 1) =>
  api.get<Paginated<SessionSummary>>(`/api/sessions${queryString({ status, page: page > 1 ? page : undefined })}`);
export const updateSession = (id: string, input: UpdateSessionInput) =>
  api.patch<SessionDetail>(`/api/sessions/${id}`, input);
export const fetchSession = (id: string) => api.get<SessionDetail>(`/api/sessions/${id}`);
export const createSession = (input: CreateSessionInput) => api.post<SessionDetail>("/api/sessions", input);
export const fetchMinutes = (id: string) => api.get<SessionMinutes>(`/api/sessions/${id}/minutes`);
export const approveMinutes = (id: string) => api.post<SessionMinutes>(`/api/sessions/${id}/minutes/approve`, {});
/** Proposals in discussion: those an agenda item may link, to be put to the vote in the session. */
export const fetchVotableProposals = () =>
  api.get<Paginated<ProposalSummary>>(`/api/proposals${queryString({ state: "in_discussion", pageSize: 50 })}`);
