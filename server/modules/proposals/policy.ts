import type { Role } from "../../../common/api.js";
import type { ErrorCode } from "../../../common/errors.js";
import type { AmendmentState, ProposalAbilities, ProposalState } from "../../../common/proposals.js";

/**
 * Who is acting on a proposal: a person with a platform role and their place towards the proposal,
 * or the server itself (a vote's close decides the outcome).
 * - `author`: a representative of the author association (active);
 * - `sponsor`: a representative of an association (active) that co-signed it;
 * - `representative`: a representative of another active association;
 * - `none`: anyone else signed in.
 */
export type ProposalActor =
  | { kind: "system" }
  | { kind: "person"; role: Role; relation: "author" | "sponsor" | "representative" | "none" };

/** What the policy needs to know about the proposal. */
export type ProposalResource = {
  state: ProposalState;
  sponsorCount: number;
  minSponsors: number;
  /** Amendments still waiting for their vote: the main vote waits for them. */
  amendmentsInVote: number;
};

/**
 * What can be done with a proposal. The state-changing ones move it to `targetState[action]`.
 * - `read`: see it (a draft only by its author association);
 * - `edit`: change a draft's title, text or category;
 * - `submit`, `withdraw`: the author association's steps;
 * - `sign`, `unsign`: another association co-signs or withdraws its signature;
 * - `admit`: a moderator opens the discussion (enough sponsors needed);
 * - `declare_inadmissible`: a moderator, with a reason;
 * - `put_to_vote`: a moderator opens the main vote;
 * - `amend`: a member association proposes an amendment;
 * - `adopt`, `reject`: the server, at the close of the main vote.
 */
export const proposalActions = [
  "read",
  "edit",
  "submit",
  "withdraw",
  "sign",
  "unsign",
  "admit",
  "declare_inadmissible",
  "put_to_vote",
  "amend",
  "adopt",
  "reject",
] as const;
export type ProposalAction = (typeof proposalActions)[number];

/** Where each state-changing action takes a proposal. */
export const targetState = {
  submit: "submitted",
  withdraw: "withdrawn",
  admit: "in_discussion",
  declare_inadmissible: "not_admissible",
  put_to_vote: "in_vote",
  adopt: "adopted",
  reject: "rejected",
} as const satisfies Partial<Record<ProposalAction, ProposalState>>;

const isModerator = (actor: ProposalActor) =>
  actor.kind === "person" && (actor.role === "moderator" || actor.role === "admin");
const isAuthor = (actor: ProposalActor) => actor.kind === "person" && actor.relation === "author";
const isOtherRepresentative = (actor: ProposalActor) =>
  actor.kind === "person" && (actor.relation === "representative" || actor.relation === "sponsor");
const isRepresentative = (actor: ProposalActor) => isAuthor(actor) || isOtherRepresentative(actor);

/**
 * The error code that denies `action` on the proposal to `actor`, or null when it is allowed. The
 * wrong person comes first (FORBIDDEN; NOT_FOUND for a draft they may not see), then the wrong state
 * (INVALID_STATE), then the rule particular to the step.
 */
export function proposalDenial(
  actor: ProposalActor,
  action: ProposalAction,
  proposal: ProposalResource,
): ErrorCode | null {
  const state = proposal.state;
  if (state === "draft" && !isAuthor(actor)) return "NOT_FOUND";
  const only = (allowed: boolean, states: readonly ProposalState[]): ErrorCode | null =>
    !allowed ? "FORBIDDEN" : states.includes(state) ? null : "INVALID_STATE";
  switch (action) {
    case "read":
      return null;
    case "edit":
    case "submit":
      return only(isAuthor(actor), ["draft"]);
    case "withdraw":
      return only(isAuthor(actor), ["draft", "submitted", "in_discussion"]);
    case "sign":
      // Its association has signed already, whatever the state.
      if (actor.kind === "person" && actor.relation === "sponsor") return "CONFLICT";
      return only(actor.kind === "person" && actor.relation === "representative", ["submitted"]);
    case "unsign":
      return only(actor.kind === "person" && actor.relation === "sponsor", ["submitted"]);
    case "admit":
      return (
        only(isModerator(actor), ["submitted"]) ??
        (proposal.sponsorCount < proposal.minSponsors ? "PROPOSAL_SPONSORS_MISSING" : null)
      );
    case "declare_inadmissible":
      return only(isModerator(actor), ["submitted", "in_discussion"]);
    case "put_to_vote":
      return only(isModerator(actor), ["in_discussion"]) ?? (proposal.amendmentsInVote > 0 ? "INVALID_STATE" : null);
    case "amend":
      return only(isRepresentative(actor), ["submitted", "in_discussion"]);
    case "adopt":
    case "reject":
      return only(actor.kind === "system", ["in_vote"]);
  }
}

/** Whether `actor` may do `action` on the proposal. */
export function canProposal(actor: ProposalActor, action: ProposalAction, proposal: ProposalResource): boolean {
  return proposalDenial(actor, action, proposal) === null;
}

/** What can be done with an amendment: the author association decides, or a moderator puts it to a vote. */
export type AmendmentAction = "accept" | "reject" | "put_to_vote";

/**
 * The error code that denies `action` on an amendment in `amendment` state of a proposal in
 * `proposalState`, or null. An amendment is decided while the text is open to amendments; only the
 * discussion stage puts one to a vote (before the main vote).
 */
export function amendmentDenial(
  actor: ProposalActor,
  action: AmendmentAction,
  proposalState: ProposalState,
  amendment: AmendmentState,
): ErrorCode | null {
  if (proposalState === "draft") return "NOT_FOUND";
  const allowed = action === "put_to_vote" ? isModerator(actor) : isAuthor(actor);
  if (!allowed) return "FORBIDDEN";
  if (amendment !== "proposed") return "INVALID_STATE";
  const states: ProposalState[] = action === "put_to_vote" ? ["in_discussion"] : ["submitted", "in_discussion"];
  return states.includes(proposalState) ? null : "INVALID_STATE";
}

/**
 * What a person may do with a proposal. `represents` maps each association the viewer represents
 * (active ones only) to their relation to the proposal; `base` is the viewer's relation for the
 * proposal-wide steps (author first).
 */
export function proposalAbilities(
  role: Role,
  represents: { associationId: string; relation: "author" | "sponsor" | "representative" }[],
  proposal: ProposalResource,
): ProposalAbilities {
  const relation = represents.some((r) => r.relation === "author")
    ? "author"
    : represents.some((r) => r.relation === "sponsor")
      ? "sponsor"
      : represents.length > 0
        ? "representative"
        : "none";
  const actor: ProposalActor = { kind: "person", role, relation };
  const as = (action: ProposalAction) =>
    represents
      .filter((r) => canProposal({ kind: "person", role, relation: r.relation }, action, proposal))
      .map((r) => r.associationId);
  const allowed = (action: ProposalAction) => canProposal(actor, action, proposal);
  return {
    edit: allowed("edit"),
    submit: allowed("submit"),
    withdraw: allowed("withdraw"),
    admit: isModerator(actor) && proposal.state === "submitted",
    declareInadmissible: allowed("declare_inadmissible"),
    putToVote: allowed("put_to_vote"),
    amend: allowed("amend"),
    signAs: as("sign"),
    unsignAs: as("unsign"),
    amendAs: as("amend"),
  };
}
