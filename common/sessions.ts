/**
 * Live sessions: the types both sides read, and the one pure function that applies a session's events
 * to its state (the server keeps the state with it; clients apply the same events in order).
 */
import type { PersonName } from "./api.js";

export type SessionStatus = "scheduled" | "open" | "live" | "paused" | "ended";
export type SessionVisibility = "members" | "public";
export type SpeechType = "contribution" | "for" | "against" | "point_of_order" | "answer";
export const speechTypes: readonly SpeechType[] = ["contribution", "for", "against", "point_of_order", "answer"];
export type Reaction = "applause" | "agree" | "disagree" | "question";
export const reactions: readonly Reaction[] = ["applause", "agree", "disagree", "question"];

/** The default time a speaker has the floor. */
export const DEFAULT_SPEAKER_SECONDS = 180;

export const sessionLimits = {
  titleMax: 200,
  descriptionMax: 20_000,
  agendaMax: 50,
  chatMax: 500,
  chatKept: 100,
  pollOptionsMax: 10,
  notesMax: 20_000,
  speakerSecondsMin: 5,
  speakerSecondsMax: 3_600,
} as const;

export type AgendaItem = {
  id: string;
  title: string;
  /** Minutes set aside for the item. */
  budgetMinutes: number;
  proposalId: string | null;
  startedAt: string | null;
  endedAt: string | null;
  /** The moderators' notes, as Markdown source (rendered into the minutes). */
  notesMd: string;
};

/** A request for the floor, waiting in the speakers list. */
export type SpeakerRequest = {
  id: string;
  userId: string;
  name: string;
  /** The association the speaker speaks for (the alternation counts these), or null. */
  associationId: string | null;
  associationName: string | null;
  type: SpeechType;
  requestedAt: string;
};

/** Who has the floor. The server owns the deadline; clients show `deadline - server time`. */
export type Floor = Omit<SpeakerRequest, "requestedAt"> & {
  startedAt: string;
  /** When the time runs out (null while the session is paused: `remainingMs` holds what is left). */
  deadline: string | null;
  remainingMs: number;
  /** Whether the time ran out while the speaker still had the floor. */
  overran: boolean;
  /** When the session was paused with this speaker on the floor (null or absent while it runs). */
  pausedAt?: string | null;
  /** The paused time already over while this speaker had the floor: not part of their speech. */
  pausedMs?: number;
};

/**
 * How long a speaker has spoken by `now`: the time since the floor was given, less the pauses (the
 * one still running, if the session is paused).
 */
export function spokenMs(floor: Floor, now: number): number {
  const pausing = floor.pausedAt ? Math.max(0, now - Date.parse(floor.pausedAt)) : 0;
  return Math.max(0, now - Date.parse(floor.startedAt) - (floor.pausedMs ?? 0) - pausing);
}

export type Attendee = {
  userId: string;
  name: string;
  /** The associations this person represents in the electorate. */
  associationIds: string[];
  checkedInAt: string;
  /** Who checked them in: themselves, or a moderator (present in the room). */
  byModerator: boolean;
};

export type Quorum = {
  /** Associations in the electorate. */
  electorate: number;
  /** Associations of the electorate with a representative checked in. */
  present: number;
  /** Associations needed for the quorum. */
  required: number;
  met: boolean;
};

export type PollKind = "straw" | "formal";
export type PollResults = "live" | "at_close";
export type Poll = {
  id: string;
  question: string;
  kind: PollKind;
  results: PollResults;
  options: { id: string; label: string }[];
  status: "open" | "closed";
  itemId: string | null;
  proposalId: string | null;
  openedAt: string;
  closedAt: string | null;
  /** Ballots cast so far. */
  cast: number;
  /** Count per option id: null while results are kept for the close. */
  counts: Record<string, number> | null;
  /** Associations present when it opened (formal votes). */
  quorumAtOpen: Quorum | null;
  /** A formal vote is held by the votes module (`/api/votes/:voteId`): ballots go there, one per association. */
  voteId?: string | null;
};

export type ChatMessage = { id: string; userId: string; name: string; text: string; at: string };

/** Everything a participant sees of a live session, as of event `seq`. */
export type LiveState = {
  status: SessionStatus;
  agenda: AgendaItem[];
  currentItemId: string | null;
  speakerSeconds: number;
  alternate: boolean;
  queue: SpeakerRequest[];
  floor: Floor | null;
  /** How many times each association (or person without one, keyed `user:<id>`) spoke on the current item. */
  spoken: Record<string, number>;
  attendance: Attendee[];
  quorum: Quorum;
  /** Share of the electorate's associations needed for the quorum (0..1). */
  quorumShare: number;
  polls: Poll[];
  chat: ChatMessage[];
  muted: string[];
};

/** Every kind of change, with what it carries. */
export type SessionEventBody =
  | { type: "session.opened"; payload: { at: string } }
  | { type: "session.started"; payload: { at: string } }
  | { type: "session.paused"; payload: { at: string; remainingMs: number | null } }
  | { type: "session.resumed"; payload: { at: string; deadline: string | null } }
  | { type: "session.ended"; payload: { at: string } }
  | { type: "settings.changed"; payload: { speakerSeconds: number; alternate: boolean; queue: SpeakerRequest[] } }
  | { type: "agenda.set"; payload: { agenda: AgendaItem[] } }
  | { type: "item.started"; payload: { itemId: string; at: string; dropped: SpeakerRequest[] } }
  | { type: "item.notes"; payload: { itemId: string; notesMd: string } }
  | { type: "speaker.requested"; payload: { queue: SpeakerRequest[]; request: SpeakerRequest } }
  | { type: "speaker.withdrawn"; payload: { queue: SpeakerRequest[]; requestId: string; byModerator: boolean } }
  | { type: "speaker.moved"; payload: { queue: SpeakerRequest[] } }
  | { type: "floor.given"; payload: { floor: Floor; queue: SpeakerRequest[] } }
  | { type: "floor.extended"; payload: { deadline: string | null; remainingMs: number; bySeconds: number } }
  | { type: "floor.time_up"; payload: { at: string } }
  | { type: "floor.ended"; payload: { at: string; userId: string; durationSeconds: number } }
  | { type: "attendance.changed"; payload: { attendee: Attendee | null; userId: string; quorum: Quorum } }
  | { type: "quorum.changed"; payload: { quorum: Quorum } }
  | { type: "poll.opened"; payload: { poll: Poll } }
  | { type: "poll.tallied"; payload: { pollId: string; cast: number; counts: Record<string, number> | null } }
  | {
      type: "poll.closed";
      payload: { pollId: string; at: string; cast: number; counts: Record<string, number>; outcome: string };
    }
  | { type: "chat.posted"; payload: { message: ChatMessage } }
  | { type: "chat.deleted"; payload: { messageId: string } }
  | { type: "participant.muted"; payload: { userId: string; muted: boolean } };

export type SessionEventType = SessionEventBody["type"];

/** One persisted change, as the room `live-session:<id>` receives it. */
export type SessionEvent = SessionEventBody & { seq: number; at: string };

/** A session's state before anything happened. */
export function initialState(options: { speakerSeconds?: number; quorumShare?: number } = {}): LiveState {
  return {
    status: "scheduled",
    agenda: [],
    currentItemId: null,
    speakerSeconds: options.speakerSeconds ?? DEFAULT_SPEAKER_SECONDS,
    alternate: false,
    queue: [],
    floor: null,
    spoken: {},
    attendance: [],
    quorum: { electorate: 0, present: 0, required: 0, met: false },
    quorumShare: options.quorumShare ?? 0.5,
    polls: [],
    chat: [],
    muted: [],
  };
}

/** The key the alternation counts a request under: its association, or the person. */
export const speakerGroup = (request: { associationId: string | null; userId: string }) =>
  request.associationId ?? `user:${request.userId}`;

const replacePoll = (polls: Poll[], id: string, change: (poll: Poll) => Poll) =>
  polls.map((poll) => (poll.id === id ? change(poll) : poll));

/**
 * The state after `event`. Pure: the server applies it in the transaction that stores the event, and
 * every client applies the same events in the same order.
 */
export function applyEvent(state: LiveState, event: SessionEventBody): LiveState {
  switch (event.type) {
    case "session.opened":
      return { ...state, status: "open" };
    case "session.started":
      return { ...state, status: "live" };
    case "session.paused":
      return {
        ...state,
        status: "paused",
        floor: state.floor
          ? {
              ...state.floor,
              deadline: null,
              remainingMs: event.payload.remainingMs ?? state.floor.remainingMs,
              pausedAt: event.payload.at,
            }
          : null,
      };
    case "session.resumed":
      return {
        ...state,
        status: "live",
        floor: state.floor
          ? {
              ...state.floor,
              deadline: event.payload.deadline,
              pausedAt: null,
              pausedMs:
                (state.floor.pausedMs ?? 0) +
                (state.floor.pausedAt
                  ? Math.max(0, Date.parse(event.payload.at) - Date.parse(state.floor.pausedAt))
                  : 0),
            }
          : null,
      };
    case "session.ended":
      return {
        ...state,
        status: "ended",
        floor: null,
        queue: [],
        agenda: state.agenda.map((item) =>
          item.id === state.currentItemId && !item.endedAt ? { ...item, endedAt: event.payload.at } : item,
        ),
        polls: state.polls,
      };
    case "settings.changed":
      return {
        ...state,
        speakerSeconds: event.payload.speakerSeconds,
        alternate: event.payload.alternate,
        queue: event.payload.queue,
      };
    case "agenda.set":
      return { ...state, agenda: event.payload.agenda };
    case "item.started":
      return {
        ...state,
        currentItemId: event.payload.itemId,
        queue: [],
        floor: null,
        spoken: {},
        agenda: state.agenda.map((item) => {
          if (item.id === event.payload.itemId) return { ...item, startedAt: event.payload.at, endedAt: null };
          if (item.id === state.currentItemId && !item.endedAt) return { ...item, endedAt: event.payload.at };
          return item;
        }),
      };
    case "item.notes":
      return {
        ...state,
        agenda: state.agenda.map((item) =>
          item.id === event.payload.itemId ? { ...item, notesMd: event.payload.notesMd } : item,
        ),
      };
    case "speaker.requested":
    case "speaker.withdrawn":
    case "speaker.moved":
      return { ...state, queue: event.payload.queue };
    case "floor.given": {
      const group = speakerGroup(event.payload.floor);
      return {
        ...state,
        floor: event.payload.floor,
        queue: event.payload.queue,
        spoken: { ...state.spoken, [group]: (state.spoken[group] ?? 0) + 1 },
      };
    }
    case "floor.extended":
      return state.floor
        ? {
            ...state,
            floor: {
              ...state.floor,
              deadline: event.payload.deadline,
              remainingMs: event.payload.remainingMs,
              overran: false,
            },
          }
        : state;
    case "floor.time_up":
      return state.floor ? { ...state, floor: { ...state.floor, overran: true } } : state;
    case "floor.ended":
      return { ...state, floor: null };
    case "attendance.changed": {
      const others = state.attendance.filter((entry) => entry.userId !== event.payload.userId);
      return {
        ...state,
        attendance: event.payload.attendee ? [...others, event.payload.attendee] : others,
        quorum: event.payload.quorum,
      };
    }
    case "quorum.changed":
      return { ...state, quorum: event.payload.quorum };
    case "poll.opened":
      return { ...state, polls: [...state.polls, event.payload.poll] };
    case "poll.tallied":
      return {
        ...state,
        polls: replacePoll(state.polls, event.payload.pollId, (poll) => ({
          ...poll,
          cast: event.payload.cast,
          counts: event.payload.counts,
        })),
      };
    case "poll.closed":
      return {
        ...state,
        polls: replacePoll(state.polls, event.payload.pollId, (poll) => ({
          ...poll,
          status: "closed",
          closedAt: event.payload.at,
          cast: event.payload.cast,
          counts: event.payload.counts,
        })),
      };
    case "chat.posted":
      return { ...state, chat: [...state.chat, event.payload.message].slice(-sessionLimits.chatKept) };
    case "chat.deleted":
      return { ...state, chat: state.chat.filter((message) => message.id !== event.payload.messageId) };
    case "participant.muted": {
      const others = state.muted.filter((id) => id !== event.payload.userId);
      return { ...state, muted: event.payload.muted ? [...others, event.payload.userId] : others };
    }
  }
}

/** What the reader may do in a session (from the server's policy). */
export type SessionAbilities = {
  moderate: boolean;
  participate: boolean;
  approveMinutes: boolean;
};

/** A session as lists show it. */
export type SessionSummary = {
  id: string;
  title: string;
  status: SessionStatus;
  visibility: SessionVisibility;
  scheduledAt: string;
  startedAt: string | null;
  endedAt: string | null;
  moderators: PersonName[];
  minutesApproved: boolean;
};

export type SessionDetail = SessionSummary & {
  descriptionHtml: string;
  descriptionMd: string;
  debateId: string | null;
  proposalIds: string[];
  abilities: SessionAbilities;
};

/** What `session:join` and `GET /api/sessions/:id/live` answer: the whole state, or the events missed. */
export type SessionSnapshot = {
  kind: "snapshot";
  session: SessionDetail;
  seq: number;
  state: LiveState;
  /** The server's clock when the snapshot was read: clients correct their offset with it. */
  serverNow: string;
  me: { id: string; name: string };
};
export type SessionCatchUp = { kind: "events"; events: SessionEvent[]; serverNow: string };
export type SessionJoinAnswer = SessionSnapshot | SessionCatchUp;

export type SessionMinutes = {
  sessionId: string;
  title: string;
  markdown: string;
  html: string;
  generatedAt: string;
  approvedAt: string | null;
  approvedBy: PersonName | null;
  abilities: { approve: boolean; regenerate: boolean };
};

/** `POST /api/sessions`. */
export type CreateSessionInput = {
  title: string;
  descriptionMd?: string;
  debateId?: string | null;
  proposalIds?: string[];
  scheduledAt: string;
  visibility?: SessionVisibility;
  /** Other moderators (accounts); the author is always one. */
  moderatorIds?: string[];
  speakerSeconds?: number;
  quorumShare?: number;
  agenda?: { title: string; budgetMinutes: number; proposalId?: string | null }[];
};

/** `PATCH /api/sessions/:id`: what a moderator changes in a session's details before it ends. */
export type UpdateSessionInput = {
  title?: string;
  descriptionMd?: string;
  scheduledAt?: string;
  visibility?: SessionVisibility;
};

/** A moderator's or a participant's action over the socket (`session:act`). */
export type SessionCommand =
  | { action: "open" }
  | { action: "start" }
  | { action: "pause" }
  | { action: "resume" }
  | { action: "end" }
  | { action: "settings"; speakerSeconds?: number; alternate?: boolean }
  | { action: "agenda"; items: { id?: string; title: string; budgetMinutes: number; proposalId?: string | null }[] }
  | { action: "item"; itemId: string }
  | { action: "notes"; itemId: string; notesMd: string }
  | { action: "request"; type: SpeechType; associationId?: string | null }
  | { action: "withdraw"; requestId: string }
  | { action: "move"; requestId: string; toIndex: number }
  | { action: "give"; requestId?: string }
  | { action: "extend"; seconds: number }
  | { action: "stop" }
  | { action: "check_in"; userId?: string }
  | { action: "check_out"; userId?: string }
  | {
      action: "poll_open";
      /** The question and options of a free poll; a formal vote on an item's proposal is the proposal's (ignored). */
      question?: string;
      options?: string[];
      kind: PollKind;
      results: PollResults;
    }
  | { action: "poll_vote"; pollId: string; optionId: string }
  | { action: "poll_close"; pollId: string }
  | { action: "chat"; text: string }
  | { action: "chat_delete"; messageId: string }
  | { action: "mute"; userId: string; muted: boolean };

export type SessionAction = SessionCommand["action"];

/** What a successful `session:act` answers: the sequence number of the last event it made. */
export type SessionActAnswer = { seq: number };
