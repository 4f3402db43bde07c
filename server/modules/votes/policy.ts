import type { ErrorCode } from "../../../common/errors.js";
import type { VoteAbilities, VoteResultsShown, VoteSecrecy, VoteStatus } from "../../../common/votes.js";
import type { Actor } from "../../auth/actor.js";

/** What the policy needs to know about a vote and the viewer's place in it. */
export type VoteResource = {
  status: VoteStatus;
  secrecy: VoteSecrecy;
  results: VoteResultsShown;
  /** The viewer holds at least one vote in its frozen electorate. */
  holdsVote: boolean;
  /** The viewer has cast a ballot for each vote they hold. */
  hasVoted: boolean;
};

/**
 * - `read`: see the vote (a draft or a cancelled vote: moderators only);
 * - `configure`, `open`, `close`, `cancel`: a moderator's steps (draft -> open -> closed; draft -> cancelled);
 * - `cast`: cast or change a ballot (the electorate frozen at opening, while open);
 * - `see_result`: the figures (a secret vote only once closed; an open one live or at close, as chosen).
 */
export type VoteAction = "read" | "configure" | "open" | "close" | "cancel" | "cast" | "see_result";

/** Moderators run votes: the platform's moderators and admins. */
export const isModerator = (actor: Actor | undefined) => actor?.role === "moderator" || actor?.role === "admin";

/** The code that refuses a step that is not a draft's to a vote in `status`. */
function notDraft(status: VoteStatus): ErrorCode {
  if (status === "open") return "VOTE_FROZEN";
  if (status === "closed") return "VOTE_CLOSED";
  return "INVALID_STATE";
}

/**
 * The error code that denies `action` on a vote to `actor` (undefined: not signed in), or null when it
 * is allowed. Who comes first (FORBIDDEN), then the vote's state.
 */
export function denial(actor: Actor | undefined, action: VoteAction, vote: VoteResource): ErrorCode | null {
  const moderator = isModerator(actor);
  switch (action) {
    case "read":
      return vote.status === "open" || vote.status === "closed" || moderator ? null : "NOT_FOUND";
    case "configure":
    case "cancel":
      if (!moderator) return "FORBIDDEN";
      return vote.status === "draft" ? null : notDraft(vote.status);
    case "open":
      if (!moderator) return "FORBIDDEN";
      return vote.status === "draft" ? null : vote.status === "closed" ? "VOTE_CLOSED" : "INVALID_STATE";
    case "close":
      if (!moderator) return "FORBIDDEN";
      if (vote.status === "open") return null;
      return vote.status === "draft" ? "VOTE_NOT_OPEN" : vote.status === "closed" ? "VOTE_CLOSED" : "INVALID_STATE";
    case "cast":
      if (!actor) return "UNAUTHENTICATED";
      if (vote.status === "draft") return "VOTE_NOT_OPEN";
      if (vote.status !== "open") return "VOTE_CLOSED";
      return vote.holdsVote ? null : "NOT_IN_ELECTORATE";
    case "see_result":
      if (vote.status === "closed") return null;
      if (vote.status === "open" && vote.secrecy === "open" && vote.results === "live") return null;
      return "FORBIDDEN";
  }
}

export function can(actor: Actor | undefined, action: VoteAction, vote: VoteResource): boolean {
  return denial(actor, action, vote) === null;
}

/** What the viewer may do with a vote, as its page shows it. */
export function voteAbilities(actor: Actor | undefined, vote: VoteResource): VoteAbilities {
  const allowed = (action: VoteAction) => can(actor, action, vote);
  return {
    edit: allowed("configure"),
    open: allowed("open"),
    close: allowed("close"),
    cancel: allowed("cancel"),
    vote: allowed("cast"),
    hasVoted: vote.hasVoted,
    seeResult: allowed("see_result"),
  };
}
