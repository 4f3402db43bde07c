import { describe, expect, it } from "vitest";
import type { BallotChoice, TallyInput, VoteMethod } from "../../../common/tally.js";
import { checkBallot, quorumRequired, schulzeRanking, tally } from "./tally.js";

// Every expected figure below was worked out by hand from the rules of the forum's founding texts:
// quorum = share of the electorate taking part (abstentions and blank ballots take part); simple =
// more for than against; absolute = more than half of the ballots cast; two thirds of the ballots
// cast without abstentions; two thirds of the electorate.

const FOR = { method: "for_against_abstain", choice: "for" } as const;
const AGAINST = { method: "for_against_abstain", choice: "against" } as const;
const ABSTAIN = { method: "for_against_abstain", choice: "abstain" } as const;

function times<T>(n: number, value: T): T[] {
  return Array.from({ length: n }, () => value);
}

function faa(counts: [number, number, number], rest: Partial<TallyInput> = {}) {
  const [f, a, ab] = counts;
  return tally({
    method: "for_against_abstain",
    options: [],
    maxChoices: null,
    electorateSize: 100,
    quorum: null,
    majority: "simple",
    ballots: [...times(f, FOR), ...times(a, AGAINST), ...times(ab, ABSTAIN)],
    ...rest,
  });
}

const ABC = [
  { id: "a", label: "ألف" },
  { id: "b", label: "باء" },
  { id: "c", label: "جيم" },
];

function single(ids: (string | null)[], rest: Partial<TallyInput> = {}) {
  return tally({
    method: "single",
    options: ABC,
    maxChoices: null,
    electorateSize: 100,
    quorum: null,
    majority: "simple",
    ballots: ids.map((optionId) => ({ method: "single", optionId })),
    ...rest,
  });
}

function approval(lists: string[][], rest: Partial<TallyInput> = {}) {
  return tally({
    method: "approval",
    options: ABC,
    maxChoices: 2,
    electorateSize: 100,
    quorum: null,
    majority: "simple",
    ballots: lists.map((optionIds) => ({ method: "approval", optionIds })),
    ...rest,
  });
}

function ranked(options: string[], rankings: string[][], rest: Partial<TallyInput> = {}) {
  return tally({
    method: "ranked",
    options: options.map((id) => ({ id, label: id })),
    maxChoices: null,
    electorateSize: 100,
    quorum: null,
    majority: "simple",
    ballots: rankings.map((ranking) => ({ method: "ranked", ranking })),
    ...rest,
  });
}

describe("for / against / abstain", () => {
  it("counts each choice and the ballots cast, abstentions included", () => {
    const r = faa([5, 4, 10], { electorateSize: 20 });
    expect(r.figures).toEqual({ for: 5, against: 4, abstain: 10 });
    expect(r.cast).toBe(19);
    expect(r.participation).toBe(19 / 20);
    expect(r.options).toBeNull();
    expect(r.schulze).toBeNull();
    expect(r.winners).toEqual([]);
  });

  describe("simple majority: more for than against", () => {
    it("adopts 5 for against 4, abstentions aside", () => {
      const r = faa([5, 4, 10]);
      expect(r.majority).toEqual({ rule: "simple", reached: true, count: 5, base: 4, needed: 5 });
      expect(r.outcome).toBe("adopted");
    });
    it("rejects a tie, 4 for and 4 against", () => {
      const r = faa([4, 4, 1]);
      expect(r.majority).toMatchObject({ reached: false, needed: 5 });
      expect(r.outcome).toBe("rejected");
    });
    it("rejects when everyone abstains", () => {
      expect(faa([0, 0, 3]).outcome).toBe("rejected");
    });
  });

  describe("absolute majority: more than half of the ballots cast, abstentions included", () => {
    it("rejects 6 for out of 12 cast (exactly half)", () => {
      const r = faa([6, 2, 4], { majority: "absolute" });
      expect(r.majority).toEqual({ rule: "absolute", reached: false, count: 6, base: 12, needed: 7 });
      expect(r.outcome).toBe("rejected");
    });
    it("adopts 7 for out of 13 cast", () => {
      const r = faa([7, 2, 4], { majority: "absolute" });
      expect(r.majority).toMatchObject({ reached: true, base: 13, needed: 7 });
      expect(r.outcome).toBe("adopted");
    });
    it("counts abstentions against: 7 for, 2 against, 5 abstain is not enough", () => {
      const r = faa([7, 2, 5], { majority: "absolute" });
      expect(r.majority).toMatchObject({ reached: false, base: 14, needed: 8 });
      // the same ballots pass a simple majority
      expect(faa([7, 2, 5]).outcome).toBe("adopted");
    });
  });

  describe("two thirds of the ballots cast, abstentions excluded", () => {
    it("adopts exactly two thirds: 6 for, 3 against, however many abstain", () => {
      const r = faa([6, 3, 10], { majority: "two_thirds_cast" });
      expect(r.majority).toEqual({ rule: "two_thirds_cast", reached: true, count: 6, base: 9, needed: 6 });
      expect(r.outcome).toBe("adopted");
    });
    it("rejects 5 for, 3 against (needs 6 of 8)", () => {
      const r = faa([5, 3, 0], { majority: "two_thirds_cast" });
      expect(r.majority).toMatchObject({ reached: false, base: 8, needed: 6 });
      expect(r.outcome).toBe("rejected");
    });
    it("adopts nothing when only abstentions were cast", () => {
      const r = faa([0, 0, 5], { majority: "two_thirds_cast" });
      expect(r.majority).toMatchObject({ reached: false, base: 0, needed: 1 });
      expect(r.outcome).toBe("rejected");
    });
  });

  describe("two thirds of the electorate", () => {
    it("needs 20 of an electorate of 30, whoever stayed away", () => {
      expect(faa([20, 0, 0], { majority: "two_thirds_electorate", electorateSize: 30 }).majority).toEqual({
        rule: "two_thirds_electorate",
        reached: true,
        count: 20,
        base: 30,
        needed: 20,
      });
      expect(faa([19, 0, 0], { majority: "two_thirds_electorate", electorateSize: 30 }).outcome).toBe("rejected");
    });
    it("rounds up: 7 of an electorate of 10", () => {
      expect(faa([7, 3, 0], { majority: "two_thirds_electorate", electorateSize: 10 }).outcome).toBe("adopted");
      const r = faa([6, 0, 4], { majority: "two_thirds_electorate", electorateSize: 10 });
      expect(r.majority).toMatchObject({ reached: false, needed: 7 });
    });
  });
});

describe("quorum: a share of the electorate taking part", () => {
  it("turns a share into a number of ballots, rounding up", () => {
    expect(quorumRequired(0.5, 10)).toBe(5);
    expect(quorumRequired(0.5, 7)).toBe(4);
    expect(quorumRequired(1 / 3, 9)).toBe(3);
    expect(quorumRequired(2 / 3, 10)).toBe(7);
    expect(quorumRequired(0, 10)).toBe(0);
    expect(quorumRequired(1, 10)).toBe(10);
  });
  it("counts abstentions as taking part: 1 for and 4 abstentions reach half of 10", () => {
    const r = faa([1, 0, 4], { electorateSize: 10, quorum: 0.5 });
    expect(r.quorum).toEqual({ share: 0.5, required: 5, reached: true });
    expect(r.outcome).toBe("adopted");
  });
  it("one ballot short: no quorum, whatever the figures", () => {
    const r = faa([4, 0, 0], { electorateSize: 10, quorum: 0.5 });
    expect(r.quorum).toEqual({ share: 0.5, required: 5, reached: false });
    expect(r.majority.reached).toBe(true);
    expect(r.outcome).toBe("no_quorum");
  });
  it("counts blank ballots as taking part in an option vote", () => {
    const r = single(["a", null, null], { electorateSize: 6, quorum: 0.5 });
    expect(r.quorum.reached).toBe(true);
    expect(single(["a", null], { electorateSize: 6, quorum: 0.5 }).outcome).toBe("no_quorum");
  });
  it("without a quorum, any participation will do", () => {
    const r = faa([1, 0, 0], { electorateSize: 1000 });
    expect(r.quorum).toEqual({ share: null, required: null, reached: true });
    expect(r.participation).toBe(0.001);
  });
  it("an empty electorate has no participation rate", () => {
    expect(faa([0, 0, 0], { electorateSize: 0 }).participation).toBe(0);
  });
});

describe("one choice among options", () => {
  const ballots = [...times(4, "a"), ...times(3, "b"), ...times(2, "c"), null];

  it("counts each option and its share of the ballots cast, blank ballots included", () => {
    const r = single(ballots);
    expect(r.cast).toBe(10);
    expect(r.options).toEqual([
      { id: "a", label: "ألف", count: 4, share: 0.4 },
      { id: "b", label: "باء", count: 3, share: 0.3 },
      { id: "c", label: "جيم", count: 2, share: 0.2 },
    ]);
    expect(r.figures).toBeNull();
  });
  it("simple: the option ahead of every other is elected", () => {
    const r = single(ballots);
    expect(r.majority).toEqual({ rule: "simple", reached: true, count: 4, base: 3, needed: 4 });
    expect(r.outcome).toBe("elected");
    expect(r.winners).toEqual(["a"]);
  });
  it("simple: two options first with as many ballots are a tie", () => {
    const r = single(["a", "a", "a", "b", "b", "b", "c"]);
    expect(r.outcome).toBe("tie");
    expect(r.winners).toEqual(["a", "b"]);
    expect(r.majority).toMatchObject({ reached: false, count: 3, base: 3, needed: 4 });
  });
  it("absolute: 4 of 10 is not more than half", () => {
    const r = single(ballots, { majority: "absolute" });
    expect(r.majority).toMatchObject({ reached: false, count: 4, base: 10, needed: 6 });
    expect(r.outcome).toBe("rejected");
    expect(r.winners).toEqual([]);
  });
  it("absolute: blank ballots count among the ballots cast", () => {
    expect(single([...times(6, "a"), "b", "b", "b", null], { majority: "absolute" }).outcome).toBe("elected");
    const r = single([...times(5, "a"), "b", "b", "b", null, null], { majority: "absolute" });
    expect(r.majority).toMatchObject({ reached: false, base: 10, needed: 6 });
  });
  it("two thirds of the ballots cast: blank ballots left out", () => {
    const r = single([...times(6, "a"), "b", "b", "b", ...times(5, null)], { majority: "two_thirds_cast" });
    expect(r.majority).toEqual({ rule: "two_thirds_cast", reached: true, count: 6, base: 9, needed: 6 });
    expect(r.outcome).toBe("elected");
    expect(single(ballots, { majority: "two_thirds_cast" }).majority).toMatchObject({ reached: false, base: 9 });
  });
  it("two thirds of the electorate", () => {
    expect(single(times(8, "a"), { majority: "two_thirds_electorate", electorateSize: 12 }).outcome).toBe("elected");
    const r = single([...times(7, "a"), "b"], { majority: "two_thirds_electorate", electorateSize: 12 });
    expect(r.majority).toMatchObject({ reached: false, count: 7, base: 12, needed: 8 });
  });
  it("only blank ballots: nothing is chosen", () => {
    const r = single([null, null, null]);
    expect(r.cast).toBe(3);
    expect(r.options?.map((o) => o.count)).toEqual([0, 0, 0]);
    expect(r.outcome).toBe("rejected");
    expect(r.winners).toEqual([]);
  });
  it("no ballot at all: nothing is chosen", () => {
    expect(single([]).outcome).toBe("rejected");
  });
});

describe("several choices (approval)", () => {
  const lists = [["a", "b"], ["a"], ["b", "c"], ["a", "c"], []];

  it("counts every approval; shares of the ballots cast can add up past 100%", () => {
    const r = approval(lists);
    expect(r.cast).toBe(5);
    expect(r.options?.map((o) => [o.id, o.count, o.share])).toEqual([
      ["a", 3, 0.6],
      ["b", 2, 0.4],
      ["c", 2, 0.4],
    ]);
  });
  it("each rule on the most approved option", () => {
    expect(approval(lists).majority).toEqual({ rule: "simple", reached: true, count: 3, base: 2, needed: 3 });
    expect(approval(lists, { majority: "absolute" }).majority).toMatchObject({ reached: true, base: 5, needed: 3 });
    // the blank ballot is left out: 3 of 4 non-blank ballots
    expect(approval(lists, { majority: "two_thirds_cast" }).majority).toMatchObject({
      reached: true,
      base: 4,
      needed: 3,
    });
    expect(approval(lists, { majority: "two_thirds_electorate", electorateSize: 6 }).majority).toMatchObject({
      reached: false,
      needed: 4,
    });
    expect(approval(lists).winners).toEqual(["a"]);
    expect(approval(lists, { majority: "two_thirds_electorate", electorateSize: 6 }).outcome).toBe("rejected");
  });
  it("two options approved on every ballot are a tie, even past an absolute majority", () => {
    const r = approval([["a", "b"], ["a", "b"], ["c"]], { majority: "absolute" });
    expect(r.outcome).toBe("tie");
    expect(r.winners).toEqual(["a", "b"]);
    expect(r.majority.reached).toBe(false);
  });
});

// The example of the Wikipedia article "Schulze method" (and of Schulze's paper): 45 voters, 5 candidates.
const WIKIPEDIA_45: [number, string][] = [
  [5, "ACBED"],
  [5, "ADECB"],
  [8, "BEDAC"],
  [3, "CABED"],
  [7, "CAEBD"],
  [2, "CBADE"],
  [7, "DCEBA"],
  [8, "EBADC"],
];
const wikipediaBallots = WIKIPEDIA_45.flatMap(([n, order]) => times(n, [...order]));

describe("ranked choice (Schulze)", () => {
  it("the 45-voter example: pairwise matrix, strongest paths, E > A > C > B > D", () => {
    const r = ranked([..."ABCDE"], wikipediaBallots);
    expect(r.schulze?.pairwise).toEqual([
      [0, 20, 26, 30, 22],
      [25, 0, 16, 33, 18],
      [19, 29, 0, 17, 24],
      [15, 12, 28, 0, 14],
      [23, 27, 21, 31, 0],
    ]);
    expect(r.schulze?.strongest).toEqual([
      [0, 28, 28, 30, 24],
      [25, 0, 28, 33, 24],
      [25, 29, 0, 29, 24],
      [25, 28, 28, 0, 24],
      [25, 28, 28, 31, 0],
    ]);
    expect(r.schulze?.ranking).toEqual([["E"], ["A"], ["C"], ["B"], ["D"]]);
    expect(r.outcome).toBe("elected");
    expect(r.winners).toEqual(["E"]);
    // first preferences: A 5+5, B 8, C 3+7+2, D 7, E 8
    expect(r.options?.map((o) => o.count)).toEqual([10, 8, 12, 7, 8]);
  });
  it("the 45-voter example under each rule: E's closest contest is with A (25 against 24)", () => {
    const r = ranked([..."ABCDE"], wikipediaBallots);
    expect(r.majority).toEqual({ rule: "simple", reached: true, count: 25, base: 24, needed: 25 });
    // E is ranked above C by only 21 of 45 ballots: no absolute majority over every rival
    expect(ranked([..."ABCDE"], wikipediaBallots, { majority: "absolute" }).majority).toEqual({
      rule: "absolute",
      reached: false,
      count: 21,
      base: 45,
      needed: 23,
    });
    expect(ranked([..."ABCDE"], wikipediaBallots, { majority: "absolute" }).outcome).toBe("rejected");
  });
  it("a Condorcet cycle (A>B>C, B>C>A, C>A>B) ties all three", () => {
    const r = ranked([..."ABC"], [[..."ABC"], [..."BCA"], [..."CAB"]]);
    expect(r.schulze?.pairwise).toEqual([
      [0, 2, 1],
      [1, 0, 2],
      [2, 1, 0],
    ]);
    expect(r.schulze?.strongest).toEqual([
      [0, 2, 2],
      [2, 0, 2],
      [2, 2, 0],
    ]);
    expect(r.schulze?.ranking).toEqual([["A", "B", "C"]]);
    expect(r.outcome).toBe("tie");
    expect(r.winners).toEqual(["A", "B", "C"]);
    expect(r.majority.reached).toBe(false);
  });
  it("a tie for first above a clear last: A and B together, then C", () => {
    const r = ranked([..."ABC"], [[..."ABC"], [..."ABC"], [..."BAC"], [..."BAC"]]);
    expect(r.schulze?.pairwise).toEqual([
      [0, 2, 4],
      [2, 0, 4],
      [0, 0, 0],
    ]);
    expect(r.schulze?.strongest).toEqual([
      [0, 0, 4],
      [0, 0, 4],
      [0, 0, 0],
    ]);
    expect(r.schulze?.ranking).toEqual([["A", "B"], ["C"]]);
    expect(r.outcome).toBe("tie");
  });
  it("options a ballot leaves out tie below the ones it ranks", () => {
    const r = ranked([..."ABC"], [["B"]]);
    expect(r.schulze?.pairwise).toEqual([
      [0, 0, 0],
      [1, 0, 1],
      [0, 0, 0],
    ]);
    expect(r.schulze?.ranking).toEqual([["B"], ["A", "C"]]);
    expect(r.winners).toEqual(["B"]);
  });
  it("blank rankings take part but prefer nothing", () => {
    const ballots = [[], [], ["B", "A"]];
    const r = ranked([..."AB"], ballots, { majority: "absolute" });
    expect(r.cast).toBe(3);
    expect(r.schulze?.pairwise).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(r.majority).toMatchObject({ reached: false, count: 1, base: 3, needed: 2 });
    expect(ranked([..."AB"], ballots, { majority: "two_thirds_cast" }).majority).toMatchObject({
      reached: true,
      base: 1,
      needed: 1,
    });
  });
  it("only blank rankings: nothing is chosen", () => {
    const r = ranked([..."AB"], [[], []]);
    expect(r.outcome).toBe("rejected");
    expect(r.winners).toEqual([]);
  });
  it("no quorum comes before any ranking", () => {
    expect(ranked([..."ABCDE"], wikipediaBallots, { electorateSize: 100, quorum: 0.5 }).outcome).toBe("no_quorum");
    expect(ranked([..."ABCDE"], wikipediaBallots, { electorateSize: 90, quorum: 0.5 }).outcome).toBe("elected");
  });
  it("schulzeRanking alone: a Condorcet winner is first", () => {
    expect(schulzeRanking(["x", "y"], [["y", "x"], ["y"], ["x", "y"]]).ranking).toEqual([["y"], ["x"]]);
  });
});

describe("checkBallot", () => {
  const cases: [VoteMethod, number | null, unknown, string | null][] = [
    ["for_against_abstain", null, FOR, null],
    ["for_against_abstain", null, ABSTAIN, null],
    ["for_against_abstain", null, { method: "for_against_abstain", choice: "maybe" }, "invalid_choice"],
    ["for_against_abstain", null, { method: "single", optionId: "a" }, "wrong_method"],
    ["single", null, { method: "single", optionId: "a" }, null],
    ["single", null, { method: "single", optionId: null }, null],
    ["single", null, { method: "single", optionId: "z" }, "unknown_option"],
    ["single", null, { method: "single", optionId: ["a", "b"] }, "several_choices"],
    ["single", null, { method: "single", optionId: 3 }, "invalid_choice"],
    ["single", null, FOR, "wrong_method"],
    ["approval", 2, { method: "approval", optionIds: ["a", "b"] }, null],
    ["approval", 2, { method: "approval", optionIds: [] }, null],
    ["approval", 2, { method: "approval", optionIds: ["a", "b", "c"] }, "too_many_choices"],
    ["approval", null, { method: "approval", optionIds: ["a", "b", "c"] }, null],
    ["approval", 2, { method: "approval", optionIds: ["a", "a"] }, "duplicate_option"],
    ["approval", 2, { method: "approval", optionIds: ["a", "z"] }, "unknown_option"],
    ["approval", 2, { method: "approval", optionIds: "a" }, "invalid_choice"],
    ["ranked", null, { method: "ranked", ranking: ["c", "a", "b"] }, null],
    ["ranked", null, { method: "ranked", ranking: ["c"] }, null],
    ["ranked", null, { method: "ranked", ranking: [] }, null],
    ["ranked", null, { method: "ranked", ranking: ["a", "b", "a"] }, "duplicate_option"],
    ["ranked", null, { method: "ranked", ranking: ["a", "z"] }, "unknown_option"],
    ["ranked", null, { method: "approval", optionIds: ["a"] }, "wrong_method"],
  ];
  it.each(cases)("%s (max %s) %j → %s", (method, max, ballot, problem) => {
    expect(checkBallot(method, ABC, max, ballot as BallotChoice)).toBe(problem);
  });
  it("the tally refuses a ballot that does not fit", () => {
    expect(() => single(["a", "z"])).toThrow(/unknown_option/);
  });
});
