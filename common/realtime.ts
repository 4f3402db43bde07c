import type { PublicUser } from "./api.js";
import type { DebateChangedEvent, DebateEndorsementEvent, DebateReplyEvent, DebateWatchInput } from "./debates.js";
import type { ApiError } from "./errors.js";
import type { NotificationItem } from "./notifications.js";

/** Every acknowledgement a client -> server event receives. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };
export type AckFn<T> = (answer: Ack<T>) => void;

/** Who is connected right now, with a sequence number so a client can tell an old list from a new one. */
export type PresenceSnapshot = { users: PublicUser[]; seq: number };

/** Events the server sends. Names are `domain:action`. */
export type ServerToClientEvents = {
  "presence:update": (snapshot: PresenceSnapshot) => void;
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
};

/** Events a client sends; each is answered through its acknowledgement. */
export type ClientToServerEvents = {
  "presence:list": (payload: Record<string, never>, ack: AckFn<PresenceSnapshot>) => void;
  /** Joins the room of a debate the person may read; answers with the debate's id. */
  "debate:watch": (payload: DebateWatchInput, ack: AckFn<DebateWatchInput>) => void;
  /** Leaves the room of a debate. */
  "debate:unwatch": (payload: DebateWatchInput, ack: AckFn<DebateWatchInput>) => void;
};
