import type { ErrorCode } from "../../../common/errors.js";
import type { SessionAbilities, SessionAction, SessionStatus, SessionVisibility } from "../../../common/sessions.js";

/**
 * The reader's place in a session: a moderator runs it (its moderators, and admins); a participant
 * (a member of an active association, or a platform moderator) takes part; a viewer only watches a
 * public session; `none` may not see a members-only one.
 */
export type SessionRole = "moderator" | "participant" | "viewer" | "none";

/** The actions only a session's moderators take. */
const moderatorActions = new Set<SessionAction>([
  "open",
  "start",
  "pause",
  "resume",
  "end",
  "settings",
  "agenda",
  "item",
  "notes",
  "move",
  "give",
  "extend",
  "stop",
  "poll_open",
  "poll_close",
  "chat_delete",
  "mute",
]);

/** In which states each action makes sense (the rest: INVALID_STATE). */
const allowedIn: Record<SessionAction, readonly SessionStatus[]> = {
  open: ["scheduled"],
  start: ["scheduled", "open"],
  pause: ["live"],
  resume: ["paused"],
  end: ["open", "live", "paused"],
  settings: ["scheduled", "open", "live", "paused"],
  agenda: ["scheduled", "open", "live", "paused"],
  item: ["open", "live", "paused"],
  notes: ["open", "live", "paused", "ended"],
  request: ["open", "live", "paused"],
  withdraw: ["open", "live", "paused"],
  move: ["open", "live", "paused"],
  give: ["live"],
  extend: ["live", "paused"],
  stop: ["live", "paused"],
  check_in: ["open", "live", "paused"],
  check_out: ["open", "live", "paused"],
  poll_open: ["live"],
  poll_vote: ["open", "live", "paused"],
  poll_close: ["open", "live", "paused"],
  chat: ["open", "live", "paused"],
  chat_delete: ["open", "live", "paused", "ended"],
  mute: ["open", "live", "paused"],
};

/** Whether the reader may see the session at all. */
export function readDenial(role: SessionRole): ErrorCode | null {
  return role === "none" ? "FORBIDDEN" : null;
}

/**
 * The error code refusing `action` to someone of `role` in a session at `status`, or null when it is
 * allowed. Acting on someone else (checking in another person, withdrawing another's request) is the
 * moderators' only: `onOther` says so.
 */
export function actDenial(
  role: SessionRole,
  action: SessionAction,
  status: SessionStatus,
  onOther = false,
): ErrorCode | null {
  if (role === "none" || role === "viewer") return "FORBIDDEN";
  if ((moderatorActions.has(action) || onOther) && role !== "moderator") return "FORBIDDEN";
  if (!allowedIn[action].includes(status)) return "INVALID_STATE";
  return null;
}

/** The role of a reader, from who they are. */
export function roleIn(
  session: { moderatorIds: readonly string[]; visibility: SessionVisibility },
  reader: { id: string; role: "admin" | "moderator" | "member"; activeMember: boolean } | null,
): SessionRole {
  if (reader && (reader.role === "admin" || session.moderatorIds.includes(reader.id))) return "moderator";
  if (reader && (reader.activeMember || reader.role === "moderator")) return "participant";
  return session.visibility === "public" ? "viewer" : "none";
}

/** What the reader may do, sent with every answer about the session. */
export function abilitiesOf(role: SessionRole, status: SessionStatus, minutesApproved: boolean): SessionAbilities {
  return {
    moderate: role === "moderator" && status !== "ended",
    participate: (role === "participant" || role === "moderator") && status !== "ended" && status !== "scheduled",
    approveMinutes: role === "moderator" && status === "ended" && !minutesApproved,
  };
}

/** Who may create sessions: platform moderators and admins. */
export const mayCreateSessions = (role: "admin" | "moderator" | "member") => role === "admin" || role === "moderator";
