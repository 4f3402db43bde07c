import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BallotChoice, MajorityRule, TallyInput } from "../../../common/tally.js";
import { checkBallot, schulzeRanking, tally } from "./tally.js";

// Properties the hand-computed cases cannot cover one by one: they generate the ballots.

const RULES: MajorityRule[] = ["simple", "absolute", "two_thirds_cast", "two_thirds_electorate"];
const rule = fc.constantFrom(...RULES);
const faaBallot = fc.constantFrom<BallotChoice>(
  { method: "for_against_abstain", choice: "for" },
  { method: "for_against_abstain", choice: "against" },
  { method: "for_against_abstain", choice: "abstain" },
);

const faaInput = fc
  .record({
    ballots: fc.array(faaBallot, { maxLength: 60 }),
    extra: fc.nat({ max: 40 }),
    quorum: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    majority: rule,
  })
  .map(
    ({ ballots, extra, quorum, majority }): TallyInput => ({
      method: "for_against_abstain",
      options: [],
      maxChoices: null,
      electorateSize: ballots.length + extra,
      quorum,
      majority,
      ballots,
    }),
  );

const IDS = ["a", "b", "c", "d", "e"];
const OPTIONS = IDS.map((id) => ({ id, label: id }));
const ranking = fc.shuffledSubarray(IDS);
const rankedInput = fc.record({ rankings: fc.array(ranking, { maxLength: 40 }), majority: rule }).map(
  ({ rankings, majority }): TallyInput => ({
    method: "ranked",
    options: OPTIONS,
    maxChoices: null,
    electorateSize: rankings.length + 5,
    quorum: null,
    majority,
    ballots: rankings.map((r) => ({ method: "ranked", ranking: r })),
  }),
);

describe("tally properties", () => {
  it("the order ballots arrive in changes nothing", () => {
    fc.assert(
      fc.property(
        fc
          .oneof(faaInput, rankedInput)
          .chain((input) =>
            fc.tuple(fc.constant(input), fc.shuffledSubarray(input.ballots, { minLength: input.ballots.length })),
          ),
        ([input, shuffled]) => {
          expect(tally({ ...input, ballots: shuffled })).toEqual(tally(input));
        },
      ),
    );
  });

  it("an adopted text always had more for than against, and its quorum", () => {
    fc.assert(
      fc.property(faaInput, (input) => {
        const r = tally(input);
        if (r.outcome === "adopted") {
          expect(r.figures?.for).toBeGreaterThan(r.figures?.against ?? 0);
          expect(r.quorum.reached).toBe(true);
        }
      }),
    );
  });

  it("one more ballot for never turns an adopted text into a rejected one", () => {
    fc.assert(
      fc.property(faaInput, (input) => {
        if (tally(input).outcome !== "adopted") return;
        const more = {
          ...input,
          electorateSize: input.electorateSize + 1,
          ballots: [...input.ballots, { method: "for_against_abstain", choice: "for" } as const],
        };
        // the electorate grows with the ballot, so only the rules on ballots are monotonic here
        if (input.majority !== "two_thirds_electorate" && input.quorum === null)
          expect(tally(more).outcome).toBe("adopted");
      }),
    );
  });

  it("every ballot is counted once: the figures add up to the ballots cast", () => {
    fc.assert(
      fc.property(faaInput, (input) => {
        const r = tally(input);
        expect((r.figures?.for ?? 0) + (r.figures?.against ?? 0) + (r.figures?.abstain ?? 0)).toBe(
          input.ballots.length,
        );
        expect(r.cast).toBe(input.ballots.length);
      }),
    );
  });

  it("Schulze: pairwise counts pair up, strongest paths are closed, the ranking is a partition", () => {
    fc.assert(
      fc.property(fc.array(ranking, { maxLength: 40 }), (rankings) => {
        const { pairwise: d, strongest: p, ranking: groups } = schulzeRanking(IDS, rankings);
        const n = IDS.length;
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            if (i === j) continue;
            // a ballot prefers i to j, j to i, or neither (both left out)
            expect(at(d, i, j) + at(d, j, i)).toBeLessThanOrEqual(rankings.length);
            if (at(d, i, j) > at(d, j, i)) expect(at(p, i, j)).toBeGreaterThanOrEqual(at(d, i, j));
            for (let k = 0; k < n; k++)
              if (k !== i && k !== j) expect(at(p, i, j)).toBeGreaterThanOrEqual(Math.min(at(p, i, k), at(p, k, j)));
          }
        expect(groups.flat().sort()).toEqual([...IDS]);
        // No option is beaten by one ranked after it, nor by one in its own group (ties are not
        // transitive in Schulze's method: a group ties with the next where no path is stronger).
        const idx = (id: string) => IDS.indexOf(id);
        groups.forEach((group, g) => {
          for (const x of group)
            for (const y of groups.slice(g).flat())
              if (x !== y) expect(at(p, idx(x), idx(y))).toBeGreaterThanOrEqual(at(p, idx(y), idx(x)));
        });
        // and every option after the first group is beaten by someone ranked before it
        for (const y of groups.slice(1).flat()) {
          const before = groups
            .slice(
              0,
              groups.findIndex((gr) => gr.includes(y)),
            )
            .flat();
          expect(before.some((x) => at(p, idx(x), idx(y)) > at(p, idx(y), idx(x)))).toBe(true);
        }
      }),
    );
  });

  it("Schulze: an option that beats every other head to head wins alone", () => {
    fc.assert(
      fc.property(fc.array(ranking, { maxLength: 40 }), (rankings) => {
        const { pairwise: d, ranking: groups } = schulzeRanking(IDS, rankings);
        const condorcet = IDS.findIndex((_, i) => IDS.every((_, j) => i === j || at(d, i, j) > at(d, j, i)));
        if (condorcet >= 0) expect(groups[0]).toEqual([IDS[condorcet]]);
      }),
    );
  });

  it("generated approval ballots within the maximum always fit", () => {
    fc.assert(
      fc.property(fc.subarray(IDS), fc.integer({ min: 0, max: 5 }), (ids, max) => {
        const problem = checkBallot("approval", OPTIONS, max, { method: "approval", optionIds: ids });
        expect(problem).toBe(ids.length > max ? "too_many_choices" : null);
      }),
    );
  });
});

function at(m: number[][], i: number, j: number): number {
  return (m[i] as number[])[j] as number;
}
