import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DelegateRow, electorateFromHistory, type StatusRow } from "./compute.js";

const t = (day: number) => new Date(Date.UTC(2026, 0, day, 12));
let seq = 0;
const status = (associationId: string, s: StatusRow["status"], day: number, until?: number): StatusRow => ({
  id: ++seq,
  associationId,
  status: s,
  effectiveFrom: t(day),
  suspendedUntil: until ? t(until) : null,
});
const delegate = (associationId: string, delegateId: string | null, day: number): DelegateRow => ({
  id: ++seq,
  associationId,
  delegateId,
  effectiveFrom: t(day),
});

describe("electorateFromHistory", () => {
  const statuses = [
    status("A", "pending", 1),
    status("A", "active", 3),
    status("A", "suspended", 10),
    status("A", "active", 15),
    status("B", "pending", 1),
    status("B", "active", 2),
    status("B", "suspended", 5, 8),
    status("C", "pending", 1),
    status("C", "rejected", 4),
    status("D", "pending", 1),
    status("D", "active", 2),
    status("D", "withdrawn", 6),
  ];
  const delegates = [
    delegate("A", "amina", 1),
    delegate("A", "karim", 12),
    delegate("B", "badr", 1),
    delegate("D", "driss", 1),
  ];

  it.each<[string, number, Record<string, string | null>]>([
    ["before anyone is approved", 1, {}],
    ["after the first approvals", 3, { A: "amina", B: "badr", D: "driss" }],
    ["during B's dated suspension and after D's withdrawal", 6, { A: "amina" }],
    ["after B's suspension ended by its date", 9, { A: "amina", B: "badr" }],
    ["during A's indefinite suspension", 13, { B: "badr" }],
    ["after A's reinstatement, with its new delegate", 16, { A: "karim", B: "badr" }],
  ])("%s", (_label, day, expected) => {
    expect(Object.fromEntries(electorateFromHistory(statuses, delegates, t(day)))).toEqual(expected);
  });

  it("counts an active association without a delegate, with none to vote", () => {
    const result = electorateFromHistory([status("E", "active", 1)], [delegate("E", null, 1)], t(2));
    expect([...result]).toEqual([["E", null]]);
  });

  it("orders changes made in the same millisecond by insertion", () => {
    const rows = [status("F", "active", 1), status("F", "suspended", 1)];
    expect(electorateFromHistory(rows, [], t(1)).has("F")).toBe(false);
  });

  it("ignores changes after the instant asked", () => {
    expect(electorateFromHistory([status("G", "active", 20)], [], t(19)).size).toBe(0);
  });
});

describe("electorateFromHistory at the exact instant of a change", () => {
  const ms = (base: Date, delta: number) => new Date(base.getTime() + delta);
  const at = t(10);

  it("counts a change made exactly at the instant asked (at or before, not strictly before)", () => {
    const rows = [status("H", "pending", 1), status("H", "active", 10)];
    expect(electorateFromHistory(rows, [delegate("H", "hind", 10)], at)).toEqual(new Map([["H", "hind"]]));
    expect(electorateFromHistory(rows, [delegate("H", "hind", 10)], ms(at, -1)).size).toBe(0);
  });

  it("takes the delegate named exactly at the instant asked", () => {
    const rows = [status("I", "active", 1)];
    const delegates = [delegate("I", "ilham", 1), delegate("I", "idriss", 10)];
    expect(electorateFromHistory(rows, delegates, at).get("I")).toBe("idriss");
    expect(electorateFromHistory(rows, delegates, ms(at, -1)).get("I")).toBe("ilham");
  });

  it.each<[string, number | undefined, number, boolean]>([
    ["an indefinite suspension, long after it began", undefined, 400, false],
    ["a dated suspension, one millisecond before it ends", 12, -1, false],
    ["a dated suspension, at the very instant it ends", 12, 0, true],
    ["a dated suspension, after it ended", 12, 1, true],
  ])("%s", (_label, until, delta, counted) => {
    const rows = [status("J", "active", 1), status("J", "suspended", 10, until)];
    const instant = until === undefined ? t(10 + delta) : ms(t(until), delta);
    expect(electorateFromHistory(rows, [], instant).has("J")).toBe(counted);
  });

  it("ignores a suspension decided for later (future) until it begins", () => {
    const rows = [status("K", "active", 1), status("K", "suspended", 12, 20)];
    expect(electorateFromHistory(rows, [], t(11)).has("K")).toBe(true);
    expect(electorateFromHistory(rows, [], t(12)).has("K")).toBe(false);
  });

  it("counts an active association that never had a delegate row, with none to vote", () => {
    expect([...electorateFromHistory([status("L", "active", 1)], [], t(2))]).toEqual([["L", null]]);
  });

  it("breaks a tie in the same millisecond by insertion order, whatever order the rows come in", () => {
    const rows = [status("M", "active", 1), status("M", "suspended", 1)];
    expect(electorateFromHistory([...rows].reverse(), [], t(1)).has("M")).toBe(false);
    const back = [status("N", "suspended", 1), status("N", "active", 1)];
    expect(electorateFromHistory([...back].reverse(), [], t(1)).get("N")).toBeNull();
  });

  it("takes the latest change, not the last row read, when rows come out of order", () => {
    const later = status("O", "withdrawn", 5);
    const earlier = { ...status("O", "active", 2), id: later.id + 1 };
    expect(electorateFromHistory([later, earlier], [], t(6)).has("O")).toBe(false);
    expect(electorateFromHistory([earlier, later], [], t(6)).has("O")).toBe(false);
  });

  it("gives the same electorate whatever order the database returns the rows in", () => {
    const statuses = [
      status("P", "pending", 1),
      status("P", "active", 2),
      status("P", "suspended", 4, 6),
      status("P", "active", 4),
      status("Q", "active", 1),
      status("Q", "withdrawn", 3),
      status("Q", "active", 3),
      status("R", "active", 3),
      status("R", "suspended", 3),
    ];
    const delegates = [delegate("P", "p1", 1), delegate("P", "p2", 4), delegate("P", null, 4), delegate("Q", "q1", 3)];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(statuses, { minLength: statuses.length }),
        fc.shuffledSubarray(delegates, { minLength: delegates.length }),
        fc.integer({ min: 1, max: 8 }),
        (shuffledStatuses, shuffledDelegates, day) => {
          const expected = electorateFromHistory(statuses, delegates, t(day));
          expect(electorateFromHistory(shuffledStatuses, shuffledDelegates, t(day))).toEqual(expected);
        },
      ),
    );
  });
});
