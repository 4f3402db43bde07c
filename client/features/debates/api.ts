import type { Paginated } from "../../../common/api.js";
import { api, queryString } from "../../api.js";
import type {
  DebateCategory,
  DebateCreateInput,
  DebateDetail,
  DebateList,
  DebateListQuery,
  DebatePage,
  DebateUpdateInput,
  EndorsementState,
  FlagPage,
  FlagResolved,
  MentionCandidate,
  Reply,
  ReplyBranch,
  ReplyCreateInput,
  ReplyNode,
  RevisionList,
  SearchQuery,
  SearchResults,
  VisitState,
} from "./types.js";

const enc = encodeURIComponent;

/** The debates' calls (`/api/debates`, `/api/moderation`, `/api/search`). */
export const fetchCategories = () =>
  api.get<{ items: DebateCategory[] }>("/api/debates/categories").then((list) => list.items);
export const fetchMentionCandidates = (q: string) =>
  api.get<MentionCandidate[]>(`/api/debates/people${queryString({ q })}`);
export const fetchDebates = (query: DebateListQuery) => api.get<DebateList>(`/api/debates${queryString(query)}`);
export const fetchDebate = (id: string) => api.get<DebatePage>(`/api/debates/${enc(id)}`);
export const fetchReplies = (id: string, parent: string | null, page: number) =>
  api.get<Paginated<ReplyNode>>(`/api/debates/${enc(id)}/replies${queryString({ parent: parent ?? undefined, page })}`);
export const fetchBranch = (replyId: string) => api.get<ReplyBranch>(`/api/debates/replies/${enc(replyId)}`);
export const createDebate = (input: DebateCreateInput) => api.post<DebateDetail>("/api/debates", input);
export const updateDebate = (id: string, input: DebateUpdateInput) =>
  api.patch<DebateDetail>(`/api/debates/${enc(id)}`, input);
export const postReply = (id: string, input: ReplyCreateInput) =>
  api.post<Reply>(`/api/debates/${enc(id)}/replies`, input);
export const editReply = (replyId: string, bodyMd: string) =>
  api.patch<Reply>(`/api/debates/replies/${enc(replyId)}`, { bodyMd });
export const deleteReply = (replyId: string) => api.delete<Reply>(`/api/debates/replies/${enc(replyId)}`);
export const fetchDebateRevisions = (id: string) => api.get<RevisionList>(`/api/debates/${enc(id)}/revisions`);
export const fetchReplyRevisions = (replyId: string) =>
  api.get<RevisionList>(`/api/debates/replies/${enc(replyId)}/revisions`);
export const endorse = (replyId: string) =>
  api.put<EndorsementState>(`/api/debates/replies/${enc(replyId)}/endorsement`);
export const unendorse = (replyId: string) =>
  api.delete<EndorsementState>(`/api/debates/replies/${enc(replyId)}/endorsement`);
export const markVisited = (id: string) => api.post<VisitState>(`/api/debates/${enc(id)}/visit`);
export const flagDebate = (id: string, reason: string) =>
  api.post<unknown>(`/api/debates/${enc(id)}/flags`, { reason });
export const flagReply = (replyId: string, reason: string) =>
  api.post<unknown>(`/api/debates/replies/${enc(replyId)}/flags`, { reason });

export const hideReply = (replyId: string, reason: string) =>
  api.post<Reply>(`/api/debates/replies/${enc(replyId)}/hide`, { reason });
export const restoreReply = (replyId: string, reason: string) =>
  api.post<Reply>(`/api/debates/replies/${enc(replyId)}/restore`, { reason });
export const hideDebate = (id: string, reason: string) =>
  api.post<DebateDetail>(`/api/debates/${enc(id)}/hide`, { reason });
export const restoreDebate = (id: string, reason: string) =>
  api.post<DebateDetail>(`/api/debates/${enc(id)}/restore`, { reason });
export const setDebateFlag = (id: string, action: "lock" | "unlock" | "pin" | "unpin") =>
  api.post<DebateDetail>(`/api/debates/${enc(id)}/${action}`);
export const moveDebate = (id: string, categoryId: string | null) =>
  api.post<DebateDetail>(`/api/debates/${enc(id)}/move`, { categoryId });
export const closeDebate = (id: string, conclusionMd: string) =>
  api.post<DebateDetail>(`/api/debates/${enc(id)}/close`, { conclusionMd });
export const setSlowMode = (id: string, seconds: number) =>
  api.put<DebateDetail>(`/api/debates/${enc(id)}/slow-mode`, { seconds });

export const fetchFlags = (status: string, page: number) =>
  api.get<FlagPage>(`/api/moderation/flags${queryString({ status, page })}`);
export const dismissFlag = (id: string, reason: string) =>
  api.post<FlagResolved>(`/api/moderation/flags/${enc(id)}/dismiss`, { reason });

export const searchDebates = (query: SearchQuery) => api.get<SearchResults>(`/api/search${queryString(query)}`);
