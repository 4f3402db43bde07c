import type { Agenda } from "../../../common/agenda.js";
import type {
  BallotCast,
  CastBallotInput,
  OpenBallot,
  ReceiptCheck,
  VoteDetail,
  VoteDraftInput,
  VoteDraftPatch,
  VotePage,
  VoteStatus,
} from "../../../common/votes.js";
import { api, queryString } from "../../api.js";

const ref = (id: string) => `/api/votes/${encodeURIComponent(id)}`;

export const fetchVotes = (status: VoteStatus, page = 1) =>
  api.get<VotePage>(`/api/votes${queryString({ status, page, pageSize: 50 })}`);
export const fetchVote = (id: string) => api.get<VoteDetail>(ref(id));
export const postVote = (input: VoteDraftInput) => api.post<VoteDetail>("/api/votes", input);
export const patchVote = (id: string, input: VoteDraftPatch) => api.patch<VoteDetail>(ref(id), input);
export const postOpen = (id: string) => api.post<VoteDetail>(`${ref(id)}/open`);
export const postClose = (id: string) => api.post<VoteDetail>(`${ref(id)}/close`);
export const postCancel = (id: string) => api.post<VoteDetail>(`${ref(id)}/cancel`);
export const postBallot = (id: string, input: CastBallotInput) => api.post<BallotCast>(`${ref(id)}/ballot`, input);
export const fetchReceipt = (id: string, code: string) =>
  api.get<ReceiptCheck>(`${ref(id)}/receipts/${encodeURIComponent(code)}`);
export const fetchOpenBallots = (id: string) => api.get<OpenBallot[]>(`${ref(id)}/ballots`);
/** The votes waiting for this person's ballot come from the home page's agenda. */
export const fetchWaiting = () =>
  api
    .get<Agenda>("/api/me/agenda")
    .then((agenda) => agenda.items.flatMap((item) => (item.kind === "vote_to_cast" ? [item] : [])));
