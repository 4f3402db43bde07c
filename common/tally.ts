/**
 * The shapes of a vote's count, shared by the server (which computes it in the closing transaction)
 * and the client (which shows it). The rules themselves live in server/modules/votes/tally.ts.
 */

export type VoteMethod = "for_against_abstain" | "single" | "approval" | "ranked";

/**
 * - simple: more for than against (options: one option ahead of every other, no tie);
 * - absolute: more than half of the ballots cast, abstentions and blank ballots included;
 * - two_thirds_cast: at least two thirds of the ballots cast, abstentions and blank ballots excluded;
 * - two_thirds_electorate: at least two thirds of the electorate.
 */
export type MajorityRule = "simple" | "absolute" | "two_thirds_cast" | "two_thirds_electorate";

export const VOTE_METHODS: readonly VoteMethod[] = ["for_against_abstain", "single", "approval", "ranked"];
export const MAJORITY_RULES: readonly MajorityRule[] = [
  "simple",
  "absolute",
  "two_thirds_cast",
  "two_thirds_electorate",
];

export type BallotChoice =
  | { method: "for_against_abstain"; choice: "for" | "against" | "abstain" }
  /** null: a blank ballot (takes part, chooses nothing). */
  | { method: "single"; optionId: string | null }
  /** []: a blank ballot. */
  | { method: "approval"; optionIds: string[] }
  /** Option ids, preferred first; options left out tie below every ranked one; []: a blank ballot. */
  | { method: "ranked"; ranking: string[] };

export type VoteOption = { id: string; label: string };

export type TallyInput = {
  method: VoteMethod;
  options: VoteOption[];
  /** Approval: the most options one ballot may choose (null: as many as there are). */
  maxChoices: number | null;
  electorateSize: number;
  /** Share (0..1) of the electorate that must take part; null: no quorum. */
  quorum: number | null;
  majority: MajorityRule;
  ballots: BallotChoice[];
};

export type VoteOutcome = "adopted" | "rejected" | "no_quorum" | "elected" | "tie";

/**
 * How the majority was judged, in figures a person can check: `count` (the votes for, or for the
 * leading option) reaches the rule when it is at least `needed`; `base` is what the rule measures
 * against — the votes against or the runner-up's count (simple), the ballots cast (absolute), the
 * ballots cast without abstentions and blank ballots (two_thirds_cast), the electorate
 * (two_thirds_electorate).
 */
export type MajorityCheck = { rule: MajorityRule; reached: boolean; count: number; base: number; needed: number };

export type OptionFigure = VoteOption & {
  /** Ballots choosing it (ranked: ballots ranking it first). */
  count: number;
  /** count / ballots cast (0 when none were cast). */
  share: number;
};

export type SchulzeResult = {
  /** pairwise[i][j]: ballots preferring option i to option j (indices follow `options`). */
  pairwise: number[][];
  /** strongest[i][j]: strength of the strongest path from i to j (the widest path over winning links). */
  strongest: number[][];
  /** Option ids from first to last; options tied share a group. */
  ranking: string[][];
};

export type VoteResult = {
  method: VoteMethod;
  electorateSize: number;
  /** Ballots cast, abstentions and blank ballots included. */
  cast: number;
  /** cast / electorateSize (0 for an empty electorate). */
  participation: number;
  /** required: ballots needed for the quorum (null: no quorum). */
  quorum: { share: number | null; required: number | null; reached: boolean };
  figures: { for: number; against: number; abstain: number } | null;
  options: OptionFigure[] | null;
  schulze: SchulzeResult | null;
  majority: MajorityCheck;
  outcome: VoteOutcome;
  /** The elected option, or the options tied first; empty otherwise. */
  winners: string[];
};

/** Why a ballot does not fit its vote (the server answers 400 with it). */
export type BallotProblem =
  | "wrong_method"
  | "invalid_choice"
  | "unknown_option"
  | "several_choices"
  | "too_many_choices"
  | "duplicate_option";
