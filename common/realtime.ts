import type { PublicUser } from "./api.js";
import type { DebateChangedEvent, DebateEndorsementEvent, DebateReplyEvent, DebateWatchInput } from "./debates.js";
import type { ApiError } from "./errors.js";
import type { NotificationItem } from "./notifications.js";
import type { ProposalChangedEvent, ProposalWatchInput } from "./proposals.js";
import type { Reaction, SessionActAnswer, SessionCommand, SessionEvent, SessionJoinAnswer } from "./sessions.js";
import type {
  BallotCast,
  CastBallotInput,
  VoteParticipationUpdate,
  VoteTallyUpdate,
  VoteWatchSnapshot,
} from "./votes.js";

/** Every acknowledgement a client -> server event receives. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };
export type AckFn<T> = (answer: Ack<T>) => void;

/** Who is connected right now, with a sequence number so a client can tell an old list from a new one. */
export type PresenceSnapshot = { users: PublicUser[]; seq: number };
/**
 * What changed since the snapshot numbered `from`: the users who arrived (or whose name or role
 * changed: they replace the entry with the same id) and the ids of those who left. A client whose
 * snapshot is not `from` asks for a new snapshot.
 */
export type PresenceDelta = { from: number; seq: number; joined: PublicUser[]; left: string[] };

/** Events the server sends. Names are `domain:action`. */
export type ServerToClientEvents = {
  /** The whole list: to a socket that just connected (it may also ask with `presence:list`). */
  "presence:update": (snapshot: PresenceSnapshot) => void;
  /** The changes, coalesced, to everyone already holding a snapshot. */
  "presence:delta": (delta: PresenceDelta) => void;
  /** A notification for the person connected (sent to the room `user:<id>`). */
  "notification:new": (notification: NotificationItem) => void;
  /** A new reply in a debate watched (room `debate:<id>`). */
  "debate:reply": (event: DebateReplyEvent) => void;
  /** A reply edited, deleted, hidden or restored. */
  "debate:reply-changed": (event: DebateReplyEvent) => void;
  /** A reply's endorsements changed. */
  "debate:endorsement": (event: DebateEndorsementEvent) => void;
  /** The debate itself changed (edit, lock, pin, close, move, slow mode, hide). */
  "debate:changed": (event: DebateChangedEvent) => void;
  /** Room `proposal:<id>`: the proposal changed; its readers read it again. */
  "proposal:changed": (event: ProposalChangedEvent) => void;
  /** A live session's change, in order of `seq` (room `live-session:<id>`). */
  "session:event": (event: SessionEvent) => void;
  /** Who is connected to a live session now: to a socket that just joined it (not sequenced). */
  "session:presence": (presence: SessionPresence) => void;
  /** Who arrived in or left a live session since the last message (coalesced), with the new count. */
  "session:presence-delta": (delta: SessionPresenceDelta) => void;
  /** A passing reaction in a live session (not stored). */
  "session:reaction": (reaction: { sessionId: string; reaction: Reaction }) => void;
  /** Room `vote:<id>`: how many ballots are cast (coalesced: at most a few a second). */
  "vote:participation": (update: VoteParticipationUpdate) => void;
  /** Room `vote:<id>`: the figures of an open vote shown live, and the final result at the close. */
  "vote:tally": (update: VoteTallyUpdate) => void;
};

export type SessionPresence = { sessionId: string; count: number; users: { id: string; name: string }[] };
export type SessionPresenceDelta = {
  sessionId: string;
  count: number;
  joined: { id: string; name: string }[];
  left: string[];
};

/** Events a client sends; each is answered through its acknowledgement. */
export type ClientToServerEvents = {
  "presence:list": (payload: Record<string, never>, ack: AckFn<PresenceSnapshot>) => void;
  /** Joins the room of a debate the person may read; answers with the debate's id. */
  "debate:watch": (payload: DebateWatchInput, ack: AckFn<DebateWatchInput>) => void;
  /** Leaves the room of a debate. */
  "debate:unwatch": (payload: DebateWatchInput, ack: AckFn<DebateWatchInput>) => void;
  /** Joins the room of a proposal the person may read (the same check as reading it). */
  "proposal:watch": (payload: ProposalWatchInput, ack: AckFn<ProposalWatchInput>) => void;
  /** Leaves the room of a proposal. */
  "proposal:unwatch": (payload: ProposalWatchInput, ack: AckFn<ProposalWatchInput>) => void;
  /** Joins a live session's room: a snapshot, or the events after `since`. */
  "session:join": (payload: { sessionId: string; since?: number }, ack: AckFn<SessionJoinAnswer>) => void;
  "session:leave": (payload: { sessionId: string }, ack: AckFn<Record<string, never>>) => void;
  /** A moderator's or a participant's action in a live session. */
  "session:act": (payload: { sessionId: string; command: SessionCommand }, ack: AckFn<SessionActAnswer>) => void;
  "session:react": (payload: { sessionId: string; reaction: Reaction }, ack: AckFn<Record<string, never>>) => void;
  /** Joins the room `vote:<id>` (the same check as reading the vote) and answers where it stands. */
  "vote:watch": (payload: { voteId: string }, ack: AckFn<VoteWatchSnapshot>) => void;
  "vote:unwatch": (payload: { voteId: string }, ack: AckFn<null>) => void;
  /** Casts (or changes) a ballot, as `POST /api/votes/:id/ballot`: acknowledged once committed. */
  "vote:cast": (payload: CastBallotInput & { voteId: string }, ack: AckFn<BallotCast>) => void;
};
