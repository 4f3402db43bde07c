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
