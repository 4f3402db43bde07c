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
import { ApiRequestError, api, queryString } from "../../api.js";
import { socket } from "../../realtime.js";

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
/**
 * Casts a ballot over the live connection (a live session's page, where thousands vote at once), as
 * `postBallot` does over HTTP; answered once the ballot is stored. Over HTTP when not connected.
 */
export async function castBallotLive(id: string, input: CastBallotInput): Promise<BallotCast> {
  if (!socket.connected) return postBallot(id, input);
  const answer = await socket.timeout(30_000).emitWithAck("vote:cast", { voteId: id, ...input });
  if (!answer.ok) throw new ApiRequestError(answer.error.code, 0, answer.error.details ?? {}, answer.error.message);
  return answer.data;
}
export const fetchReceipt = (id: string, code: string) =>
  api.get<ReceiptCheck>(`${ref(id)}/receipts/${encodeURIComponent(code)}`);
export const fetchOpenBallots = (id: string) => api.get<OpenBallot[]>(`${ref(id)}/ballots`);
/** The votes waiting for this person's ballot come from the home page's agenda. */
export const fetchWaiting = () =>
  api
    .get<Agenda>("/api/me/agenda")
    .then((agenda) => agenda.items.flatMap((item) => (item.kind === "vote_to_cast" ? [item] : [])));
