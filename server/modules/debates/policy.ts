import type { DebateAbilities, DebateStatus, ReplyAbilities, ReplyState } from "../../../common/debates.js";
import type { ErrorCode } from "../../../common/errors.js";
import type { Actor } from "../../auth/actor.js";

/** What the policy needs to know about a debate. */
export type DebateResource = {
  authorId: string;
  status: DebateStatus;
  hidden: boolean;
  /** Replies written (by anyone). */
  replyCount: number;
};

/** What the policy needs to know about a reply (and its debate). */
export type ReplyResource = {
  authorId: string;
  state: ReplyState;
  debate: DebateResource;
};

/**
 * What can be done to or with a debate.
 * - `read`: see it (a hidden debate only to its author and moderators);
 * - `reply`: write a reply in it; `edit`, `delete`: its author's own post (delete while nobody replied);
 * - `flag`: report it to moderators; `close`: end it with a conclusion (moderators, or its author);
 * - `moderate`: hide, restore, lock, unlock, pin, unpin, move, slow mode (moderators and admins).
 */
export type DebateAction = "read" | "reply" | "edit" | "delete" | "flag" | "close" | "moderate";

/**
 * What can be done to or with a reply: `read_text` (the text of a hidden reply: its author and
 * moderators), `reply`, `edit` and `delete` (its author), `endorse` (anyone else, once), `flag`,
 * `moderate` (hide, restore).
 */
export type ReplyAction = "read_text" | "reply" | "edit" | "delete" | "endorse" | "flag" | "moderate";

/** Platform moderators and admins moderate every debate. */
export const isModerator = (actor: Actor | null): boolean => actor?.role === "moderator" || actor?.role === "admin";

/** DEBATE_LOCKED or DEBATE_CLOSED for a debate that takes no new writing, else null. */
function openDenial(debate: DebateResource): ErrorCode | null {
  if (debate.status === "locked") return "DEBATE_LOCKED";
  if (debate.status === "closed") return "DEBATE_CLOSED";
  return null;
}

/** The error code that denies `action` on a debate to `actor` (null: anonymous), or null when allowed. */
export function debateDenial(actor: Actor | null, action: DebateAction, debate: DebateResource): ErrorCode | null {
  const own = actor !== null && actor.id === debate.authorId;
  if (debate.hidden && !own && !isModerator(actor)) return "NOT_FOUND";
  if (action === "read") return null;
  if (!actor) return "UNAUTHENTICATED";
  switch (action) {
    case "reply":
      return openDenial(debate) ?? (debate.hidden ? "INVALID_STATE" : null);
    case "edit":
      return own ? openDenial(debate) : "FORBIDDEN";
    case "delete":
      if (!own) return "FORBIDDEN";
      return debate.replyCount > 0 ? "INVALID_STATE" : null;
    case "flag":
      return own ? "FORBIDDEN" : null;
    case "close":
      if (!own && !isModerator(actor)) return "FORBIDDEN";
      return debate.status === "closed" ? "INVALID_STATE" : null;
    case "moderate":
      return isModerator(actor) ? null : "FORBIDDEN";
  }
}

/** The error code that denies `action` on a reply to `actor`, or null when allowed. */
export function replyDenial(actor: Actor | null, action: ReplyAction, reply: ReplyResource): ErrorCode | null {
  const readDebate = debateDenial(actor, "read", reply.debate);
  if (readDebate) return readDebate;
  const own = actor !== null && actor.id === reply.authorId;
  if (action === "read_text") {
    if (reply.state === "deleted") return "NOT_FOUND";
    return reply.state === "hidden" && !own && !isModerator(actor) ? "FORBIDDEN" : null;
  }
  if (!actor) return "UNAUTHENTICATED";
  switch (action) {
    case "reply":
      return debateDenial(actor, "reply", reply.debate) ?? (reply.state === "visible" ? null : "INVALID_STATE");
    case "edit":
      if (!own) return "FORBIDDEN";
      return reply.state === "visible" ? openDenial(reply.debate) : "INVALID_STATE";
    case "delete":
      if (!own) return "FORBIDDEN";
      return reply.state === "deleted" ? "INVALID_STATE" : null;
    case "endorse":
      if (own) return "FORBIDDEN";
      return reply.state === "visible" ? openDenial(reply.debate) : "INVALID_STATE";
    case "flag":
      if (own) return "FORBIDDEN";
      return reply.state === "deleted" ? "INVALID_STATE" : null;
    case "moderate":
      if (!isModerator(actor)) return "FORBIDDEN";
      return reply.state === "deleted" ? "INVALID_STATE" : null;
  }
}

/** What `actor` may do with a debate, for its answer. */
export function debateAbilities(actor: Actor | null, debate: DebateResource): DebateAbilities {
  const can = (action: DebateAction) => debateDenial(actor, action, debate) === null;
  const moderate = can("moderate");
  return {
    reply: can("reply"),
    edit: can("edit"),
    delete: can("delete"),
    flag: can("flag"),
    hide: moderate && !debate.hidden,
    restore: moderate && debate.hidden,
    lock: moderate && debate.status !== "closed",
    pin: moderate,
    move: moderate,
    close: can("close"),
    setSlowMode: moderate,
    viewRevisions: can("read"),
  };
}

/** What `actor` may do with a reply, for its answer. */
export function replyAbilities(actor: Actor | null, reply: ReplyResource): ReplyAbilities {
  const can = (action: ReplyAction) => replyDenial(actor, action, reply) === null;
  const moderate = can("moderate");
  return {
    reply: can("reply"),
    edit: can("edit"),
    delete: can("delete"),
    endorse: can("endorse"),
    flag: can("flag"),
    hide: moderate && reply.state === "visible",
    restore: moderate && reply.state === "hidden",
    viewRevisions: can("read_text"),
  };
}

/** Nobody's abilities: what live events carry (each reader keeps or re-reads their own). */
export const noReplyAbilities: ReplyAbilities = {
  reply: false,
  edit: false,
  delete: false,
  endorse: false,
  flag: false,
  hide: false,
  restore: false,
  viewRevisions: false,
};
