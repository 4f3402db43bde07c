import type { Role } from "../../../common/api.js";
import type { ErrorCode } from "../../../common/errors.js";
import type { ProgrammeAbilities, ProgrammeStatus } from "../../../common/programmes.js";

/**
 * Who acts on a programme: a person with a platform role, whether they sit on its committee, whether
 * they represent an active member association and, for an action's follow-up, one of its leads.
 */
export type ProgrammeActor = {
  role: Role | null;
  committee: boolean;
  representative: boolean;
  lead: boolean;
};

/** What the policy needs to know about the programme. */
export type ProgrammeResource = {
  status: ProgrammeStatus;
  /** Amendments proposed or in their vote: axes wait for them. */
  amendmentsPending: number;
  /** Axes not yet decided (proposed or in their vote): the whole waits for them. */
  axesPending: number;
  /** Axes adopted: the whole needs at least one. */
  axesAdopted: number;
};

/**
 * - `edit`: change the draft's document (its committee, or a moderator);
 * - `manage`: name the committee, put it before an assembly (moderators, before adoption);
 * - `submit`: open the amendments (moderators, a draft);
 * - `amend`: a member association's representative, while amendments are open;
 * - `vote_amendment`, `vote_axis`, `vote_whole`: a moderator opens the next vote, in that order;
 * - `update_action`: a lead association's representative, once adopted.
 */
export type ProgrammeAction =
  | "edit"
  | "manage"
  | "submit"
  | "amend"
  | "vote_amendment"
  | "vote_axis"
  | "vote_whole"
  | "update_action";

const moderator = (actor: ProgrammeActor) => actor.role === "moderator" || actor.role === "admin";
const decided = (status: ProgrammeStatus) => status === "adopted" || status === "rejected";

/**
 * The error code that refuses `action` to `actor`, or null when allowed: the wrong person first
 * (FORBIDDEN, PROGRAMME_NOT_LEAD), then the wrong stage (PROGRAMME_FROZEN for a text no longer
 * editable, INVALID_STATE otherwise), then the order of the votes (PROGRAMME_VOTE_ORDER).
 */
export function programmeDenial(
  actor: ProgrammeActor,
  action: ProgrammeAction,
  programme: ProgrammeResource,
): ErrorCode | null {
  switch (action) {
    case "edit":
      if (!actor.committee && !moderator(actor)) return "FORBIDDEN";
      return programme.status === "draft" ? null : "PROGRAMME_FROZEN";
    case "manage":
      if (!moderator(actor)) return "FORBIDDEN";
      return decided(programme.status) ? "PROGRAMME_FROZEN" : null;
    case "submit":
      if (!moderator(actor)) return "FORBIDDEN";
      return programme.status === "draft" ? null : "INVALID_STATE";
    case "amend":
      if (!actor.representative) return "FORBIDDEN";
      return programme.status === "amendments"
        ? null
        : decided(programme.status)
          ? "PROGRAMME_FROZEN"
          : "INVALID_STATE";
    case "vote_amendment":
    case "vote_axis":
    case "vote_whole": {
      if (!moderator(actor)) return "FORBIDDEN";
      if (programme.status !== "amendments" && programme.status !== "voting") return "INVALID_STATE";
      if (action === "vote_amendment") return null;
      if (programme.amendmentsPending > 0) return "PROGRAMME_VOTE_ORDER";
      if (action === "vote_axis") return null;
      if (programme.axesPending > 0) return "PROGRAMME_VOTE_ORDER";
      return programme.axesAdopted > 0 ? null : "INVALID_STATE";
    }
    case "update_action":
      if (!actor.lead) return "PROGRAMME_NOT_LEAD";
      return programme.status === "adopted" ? null : "INVALID_STATE";
  }
}

/** What the viewer may do with the programme, for the client to show (it never recomputes a rule). */
export function programmeAbilities(actor: ProgrammeActor, programme: ProgrammeResource): ProgrammeAbilities {
  const may = (action: ProgrammeAction) => programmeDenial(actor, action, programme) === null;
  return {
    edit: may("edit"),
    manage: may("manage"),
    submit: may("submit"),
    amend: may("amend"),
    putToVote: may("vote_amendment"),
    voteWhole: may("vote_whole"),
  };
}
