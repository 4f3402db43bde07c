import type { CreateSessionInput, SessionDetail, SessionMinutes, SessionSummary } from "../../../common/sessions.js";
import { api, queryString } from "../../api.js";

export const fetchSessions = (status: "upcoming" | "live" | "ended") =>
  api.get<SessionSummary[]>(`/api/sessions${queryString({ status })}`);
export const fetchSession = (id: string) => api.get<SessionDetail>(`/api/sessions/${id}`);
export const createSession = (input: CreateSessionInput) => api.post<SessionDetail>("/api/sessions", input);
export const fetchMinutes = (id: string) => api.get<SessionMinutes>(`/api/sessions/${id}/minutes`);
export const approveMinutes = (id: string) => api.post<SessionMinutes>(`/api/sessions/${id}/minutes/approve`, {});
