/**
 * The count of a vote: pure (no I/O, no clock), so the closing transaction, a re-tally and the tests
 * all get the same answer from the same ballots. Integers only in every comparison: a share of the
 * electorate becomes a number of ballots before anything is compared.
 */
import type {
  BallotChoice,
  BallotProblem,
  MajorityCheck,
  MajorityRule,
  OptionFigure,
  SchulzeResult,
  TallyInput,
  VoteMethod,
  VoteOption,
  VoteOutcome,
  VoteResult,
} from "../../../common/tally.js";

const FAA_CHOICES = new Set(["for", "against", "abstain"]);

/** What is wrong with a ballot for this vote, or null when it fits. */
export function checkBallot(
  method: VoteMethod,
  options: readonly VoteOption[],
  maxChoices: number | null,
  ballot: BallotChoice,
): BallotProblem | null {
  if (!ballot || ballot.method !== method) return "wrong_method";
  const known = new Set(options.map((o) => o.id));
  switch (ballot.method) {
    case "for_against_abstain":
      return FAA_CHOICES.has(ballot.choice) ? null : "invalid_choice";
    case "single": {
      const chosen: unknown = ballot.optionId;
      if (Array.isArray(chosen)) return "several_choices";
      if (chosen === null) return null;
      if (typeof chosen !== "string") return "invalid_choice";
      return known.has(chosen) ? null : "unknown_option";
    }
    case "approval":
      return checkList(ballot.optionIds, known, maxChoices ?? options.length);
    case "ranked":
      return checkList(ballot.ranking, known, options.length);
    default:
      return "wrong_method";
  }
}

function checkList(ids: unknown, known: Set<string>, max: number): BallotProblem | null {
  if (!Array.isArray(ids)) return "invalid_choice";
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== "string") return "invalid_choice";
    if (!known.has(id)) return "unknown_option";
    if (seen.has(id)) return "duplicate_option";
    seen.add(id);
  }
  return ids.length > max ? "too_many_choices" : null;
}

/** Ballots needed to reach a share of the electorate (a share of 0.5 of 7 needs 4). */
export function quorumRequired(share: number, electorateSize: number): number {
  // The tolerance keeps 1/3 of 9 at 3 whatever the float rounding of the share.
  return Math.max(0, Math.ceil(share * electorateSize - 1e-9));
}

/** The smallest count that reaches the rule against `base` (see MajorityCheck). */
export function majorityNeeded(rule: MajorityRule, base: number): number {
  switch (rule) {
    case "simple":
      return base + 1;
    case "absolute":
      return Math.floor(base / 2) + 1;
    case "two_thirds_cast":
    case "two_thirds_electorate":
      // At least one vote: two thirds of nothing adopts nothing.
      return Math.max(1, Math.ceil((2 * base) / 3));
  }
}

function check(rule: MajorityRule, count: number, base: number): MajorityCheck {
  const needed = majorityNeeded(rule, base);
  return { rule, reached: count >= needed, count, base, needed };
}

/** The count of a vote from its ballots (each must fit the vote: see checkBallot). */
export function tally(input: TallyInput): VoteResult {
  const { method, options, maxChoices, electorateSize, ballots } = input;
  ballots.forEach((ballot, index) => {
    const problem = checkBallot(method, options, maxChoices, ballot);
    if (problem) throw new Error(`Ballot ${index} does not fit the vote: ${problem}`);
  });
  const cast = ballots.length;
  const required = input.quorum === null ? null : quorumRequired(input.quorum, electorateSize);
  const quorum = { share: input.quorum, required, reached: required === null || cast >= required };
  const base = {
    method,
    electorateSize,
    cast,
    participation: electorateSize > 0 ? cast / electorateSize : 0,
    quorum,
  };
  if (method === "for_against_abstain") {
    const figures = { for: 0, against: 0, abstain: 0 };
    for (const b of ballots) if (b.method === "for_against_abstain") figures[b.choice] += 1;
    const majority = check(input.majority, figures.for, faaBase(input.majority, figures, cast, electorateSize));
    const outcome: VoteOutcome = !quorum.reached ? "no_quorum" : majority.reached ? "adopted" : "rejected";
    return { ...base, figures, options: null, schulze: null, majority, outcome, winners: [] };
  }
  const counts = new Map(options.map((o) => [o.id, 0]));
  let nonBlank = 0;
  for (const b of ballots) {
    const chosen = counted(b);
    if (chosen.length > 0) nonBlank += 1;
    for (const id of chosen) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const figures: OptionFigure[] = options.map((o) => {
    const count = counts.get(o.id) ?? 0;
    return { id: o.id, label: o.label, count, share: cast > 0 ? count / cast : 0 };
  });
  if (method === "ranked") return rankedResult(input, base, figures, nonBlank);

  const top = Math.max(0, ...figures.map((f) => f.count));
  const leaders = top > 0 ? figures.filter((f) => f.count === top).map((f) => f.id) : [];
  const runnerUp = Math.max(0, ...figures.filter((f) => f.count < top).map((f) => f.count));
  const ruleBase = optionBase(input.majority, {
    runnerUp: leaders.length > 1 ? top : runnerUp,
    cast,
    nonBlank,
    electorateSize,
  });
  const majority = check(input.majority, top, ruleBase);
  if (leaders.length !== 1) majority.reached = false;
  return {
    ...base,
    figures: null,
    options: figures,
    schulze: null,
    majority,
    ...optionOutcome(quorum.reached, leaders, majority),
  };
}

/** The options a ballot counts for: its choice, its approvals, or its first preference. */
function counted(b: BallotChoice): string[] {
  switch (b.method) {
    case "single":
      return b.optionId === null ? [] : [b.optionId];
    case "approval":
      return b.optionIds;
    case "ranked":
      return b.ranking.slice(0, 1);
    default:
      return [];
  }
}

function faaBase(
  rule: MajorityRule,
  f: { for: number; against: number; abstain: number },
  cast: number,
  electorateSize: number,
): number {
  switch (rule) {
    case "simple":
      return f.against;
    case "absolute":
      return cast;
    case "two_thirds_cast":
      return f.for + f.against;
    case "two_thirds_electorate":
      return electorateSize;
  }
}

function optionBase(
  rule: MajorityRule,
  n: { runnerUp: number; cast: number; nonBlank: number; electorateSize: number },
): number {
  switch (rule) {
    case "simple":
      return n.runnerUp;
    case "absolute":
      return n.cast;
    case "two_thirds_cast":
      return n.nonBlank;
    case "two_thirds_electorate":
      return n.electorateSize;
  }
}

function optionOutcome(
  quorumReached: boolean,
  leaders: string[],
  majority: MajorityCheck,
): { outcome: VoteOutcome; winners: string[] } {
  if (!quorumReached) return { outcome: "no_quorum", winners: [] };
  if (leaders.length > 1) return { outcome: "tie", winners: leaders };
  if (leaders.length === 1 && majority.reached) return { outcome: "elected", winners: leaders };
  return { outcome: "rejected", winners: [] };
}

/**
 * Ranked choice by the Schulze method. The majority is judged on the winner's weakest contest: for
 * `simple`, its strongest path to the rival closest to it against that rival's path back (a single
 * Schulze winner beats every rival so); for the other rules, the fewest ballots that rank the winner
 * above any one rival, against the ballots cast / the non-blank ballots / the electorate.
 */
function rankedResult(
  input: TallyInput,
  base: Omit<VoteResult, "figures" | "options" | "schulze" | "majority" | "outcome" | "winners">,
  figures: OptionFigure[],
  nonBlank: number,
): VoteResult {
  const ids = input.options.map((o) => o.id);
  const rankings = input.ballots.flatMap((b) => (b.method === "ranked" ? [b.ranking] : []));
  const schulze = schulzeRanking(ids, rankings);
  const first = nonBlank > 0 ? (schulze.ranking[0] ?? []) : [];
  let majority: MajorityCheck;
  if (first.length === 1 && ids.length > 1) {
    const w = ids.indexOf(first[0] as string);
    const rivals = ids.map((_, j) => j).filter((j) => j !== w);
    if (input.majority === "simple") {
      const closest = minBy(rivals, (j) => at(schulze.strongest, w, j) - at(schulze.strongest, j, w));
      majority = check("simple", at(schulze.strongest, w, closest), at(schulze.strongest, closest, w));
    } else {
      const weakest = Math.min(...rivals.map((j) => at(schulze.pairwise, w, j)));
      majority = check(
        input.majority,
        weakest,
        optionBase(input.majority, { runnerUp: 0, cast: base.cast, nonBlank, electorateSize: base.electorateSize }),
      );
    }
  } else {
    const count = first.length === 1 ? nonBlank : 0;
    const ruleBase = optionBase(input.majority, {
      runnerUp: 0,
      cast: base.cast,
      nonBlank,
      electorateSize: base.electorateSize,
    });
    majority = check(input.majority, count, ruleBase);
    if (first.length !== 1) majority.reached = false;
  }
  return {
    ...base,
    figures: null,
    options: figures,
    schulze,
    majority,
    ...optionOutcome(base.quorum.reached, first, majority),
  };
}

function at(m: number[][], i: number, j: number): number {
  return (m[i] as number[])[j] as number;
}

function minBy(items: number[], key: (item: number) => number): number {
  let best = items[0] as number;
  for (const item of items) if (key(item) < key(best)) best = item;
  return best;
}

/**
 * Pairwise preferences, strongest paths and the ranking (Schulze, "A new monotonic, clone-independent,
 * reversal symmetric, and Condorcet-consistent single-winner election method", 2011, section 2).
 * Options a ballot leaves out tie below every option it ranks.
 */
export function schulzeRanking(ids: readonly string[], rankings: readonly string[][]): SchulzeResult {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairwise = ids.map(() => ids.map(() => 0));
  for (const ranking of rankings) {
    // position of each option on this ballot; unranked options share the last place
    const place = ids.map(() => ranking.length);
    ranking.forEach((id, p) => {
      const i = index.get(id);
      if (i !== undefined) place[i] = p;
    });
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (i !== j && (place[i] as number) < (place[j] as number)) {
          const row = pairwise[i] as number[];
          row[j] = (row[j] as number) + 1;
        }
  }
  const strongest = ids.map((_, i) =>
    ids.map((_, j) => (i !== j && at(pairwise, i, j) > at(pairwise, j, i) ? at(pairwise, i, j) : 0)),
  );
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      for (let j = 0; j < n; j++) {
        if (j === i || j === k) continue;
        const through = Math.min(at(strongest, i, k), at(strongest, k, j));
        if (through > at(strongest, i, j)) (strongest[i] as number[])[j] = through;
      }
    }
  // Peel off, again and again, the options no remaining option beats (p[j][i] > p[i][j]).
  const ranking: string[][] = [];
  let remaining = ids.map((_, i) => i);
  while (remaining.length > 0) {
    const group = remaining.filter((i) =>
      remaining.every((j) => j === i || at(strongest, i, j) >= at(strongest, j, i)),
    );
    // The beat relation is transitive, so a group always exists; the guard keeps a bug from looping.
    const taken = group.length > 0 ? group : remaining;
    ranking.push(taken.map((i) => ids[i] as string));
    remaining = remaining.filter((i) => !taken.includes(i));
  }
  return { pairwise, strongest, ranking };
}
