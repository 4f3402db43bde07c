import type { Paginated } from "../../../common/api.js";
import { api, queryString } from "../../api.js";
import type {
  BranchView,
  DebateCategory,
  DebateInput,
  DebateListItem,
  DebatePageView,
  DebateSort,
  DebateStatus,
  DebateView,
  FlagItem,
  ReplyInput,
  ReplyView,
  Revision,
  SearchHit,
  SearchQuery,
} from "./types.js";

const enc = encodeURIComponent;

export type DebateListQuery = {
  category?: string;
  tag?: string;
  association?: string;
  author?: string;
  status?: DebateStatus;
  sort?: DebateSort;
  page?: number;
  pageSize?: number;
};

/** The debates' calls (`/api/debates`, `/api/moderation`, `/api/search`). */
export const fetchCategories = () => api.get<DebateCategory[]>("/api/debates/categories");
export const fetchDebates = (query: DebateListQuery) =>
  api.get<Paginated<DebateListItem>>(`/api/debates${queryString(query)}`);
export const fetchDebate = (id: string) => api.get<DebatePageView>(`/api/debates/${enc(id)}`);
export const fetchReplies = (id: string, parent: string | null, page: number) =>
  api.get<Paginated<ReplyView>>(`/api/debates/${enc(id)}/replies${queryString({ parent: parent ?? undefined, page })}`);
export const fetchBranch = (replyId: string) => api.get<BranchView>(`/api/debates/replies/${enc(replyId)}`);
export const createDebate = (input: DebateInput) => api.post<DebateView>("/api/debates", input);
export const updateDebate = (id: string, input: Partial<DebateInput>) =>
  api.patch<DebateView>(`/api/debates/${enc(id)}`, input);
export const postReply = (id: string, input: ReplyInput) =>
  api.post<ReplyView>(`/api/debates/${enc(id)}/replies`, input);
export const editReply = (replyId: string, bodyMd: string) =>
  api.patch<ReplyView>(`/api/debates/replies/${enc(replyId)}`, { bodyMd });
export const deleteReply = (replyId: string) => api.delete<ReplyView>(`/api/debates/replies/${enc(replyId)}`);
export const fetchDebateRevisions = (id: string) => api.get<Revision[]>(`/api/debates/${enc(id)}/revisions`);
export const fetchReplyRevisions = (replyId: string) =>
  api.get<Revision[]>(`/api/debates/replies/${enc(replyId)}/revisions`);
export const endorse = (replyId: string) =>
  api.put<{ endorsementCount: number }>(`/api/debates/replies/${enc(replyId)}/endorsement`);
export const unendorse = (replyId: string) =>
  api.delete<{ endorsementCount: number }>(`/api/debates/replies/${enc(replyId)}/endorsement`);
export const markVisited = (id: string) => api.post<unknown>(`/api/debates/${enc(id)}/visit`);
export const flagDebate = (id: string, reason: string) =>
  api.post<unknown>(`/api/debates/${enc(id)}/flags`, { reason });
export const flagReply = (replyId: string, reason: string) =>
  api.post<unknown>(`/api/debates/replies/${enc(replyId)}/flags`, { reason });

export const hideReply = (replyId: string, reason: string) =>
  api.post<ReplyView>(`/api/debates/replies/${enc(replyId)}/hide`, { reason });
export const restoreReply = (replyId: string, reason: string) =>
  api.post<ReplyView>(`/api/debates/replies/${enc(replyId)}/restore`, { reason });
export const hideDebate = (id: string, reason: string) =>
  api.post<DebateView>(`/api/debates/${enc(id)}/hide`, { reason });
export const restoreDebate = (id: string, reason: string) =>
  api.post<DebateView>(`/api/debates/${enc(id)}/restore`, { reason });
export const setDebateFlag = (id: string, action: "lock" | "unlock" | "pin" | "unpin") =>
  api.post<DebateView>(`/api/debates/${enc(id)}/${action}`);
export const moveDebate = (id: string, categoryId: string) =>
  api.post<DebateView>(`/api/debates/${enc(id)}/move`, { categoryId });
export const closeDebate = (id: string, conclusionMd: string) =>
  api.post<DebateView>(`/api/debates/${enc(id)}/close`, { conclusionMd });
export const setSlowMode = (id: string, seconds: number) =>
  api.put<DebateView>(`/api/debates/${enc(id)}/slow-mode`, { seconds });

export const fetchFlags = (status: string, page: number) =>
  api.get<Paginated<FlagItem>>(`/api/moderation/flags${queryString({ status, page })}`);
export const dismissFlag = (id: string, reason: string) =>
  api.post<unknown>(`/api/moderation/flags/${enc(id)}/dismiss`, { reason });

export const searchDebates = (query: SearchQuery) => api.get<Paginated<SearchHit>>(`/api/search${queryString(query)}`);
