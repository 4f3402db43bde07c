import { describe, expect, it } from "vitest";
import type { SpeakerRequest, SpeechType } from "./sessions.js";
import { insertRequest, moveRequest, orderQueue, placeOf, roundsOf } from "./speakers.js";

let counter = 0;
function request(associationId: string | null, type: SpeechType = "contribution", userId?: string): SpeakerRequest {
  counter++;
  return {
    id: `r${counter}`,
    userId: userId ?? `u${counter}`,
    name: `n${counter}`,
    associationId,
    associationName: associationId,
    type,
    requestedAt: new Date(Date.UTC(2026, 0, 1, 10, 0, counter)).toISOString(),
  };
}

const groups = (queue: SpeakerRequest[]) =>
  queue.map((r) => (r.type === "point_of_order" ? `!${r.associationId}` : r.associationId));
const build = (requests: SpeakerRequest[], alternate: boolean, spoken: Record<string, number> = {}) =>
  requests.reduce<SpeakerRequest[]>((queue, r) => insertRequest(queue, r, { alternate, spoken }), []);

describe("the speakers list", () => {
  it("keeps the order of the requests without the alternation", () => {
    expect(groups(build([request("A"), request("A"), request("B")], false))).toEqual(["A", "A", "B"]);
  });

  it("puts a point of order ahead of the list, after the points of order already waiting", () => {
    const queue = build(
      [request("A"), request("B"), request("C", "point_of_order"), request("D", "point_of_order")],
      false,
    );
    expect(groups(queue)).toEqual(["!C", "!D", "A", "B"]);
  });

  it("with the alternation, no association speaks twice before the others who asked", () => {
    const queue = build([request("A"), request("A"), request("A"), request("B"), request("C"), request("B")], true);
    expect(groups(queue)).toEqual(["A", "B", "C", "A", "B", "A"]);
  });

  it("counts who already spoke on the item", () => {
    const queue = build([request("A"), request("B")], true, { A: 1 });
    expect(groups(queue)).toEqual(["B", "A"]);
  });

  it("counts a person without an association as a group of one", () => {
    const queue = build(
      [request(null, "contribution", "x"), request(null, "contribution", "x"), request(null, "contribution", "y")],
      true,
    );
    expect(queue.map((r) => r.userId)).toEqual(["x", "y", "x"]);
  });

  it("a point of order still goes first with the alternation", () => {
    const queue = build([request("A"), request("A"), request("B", "point_of_order")], true);
    expect(groups(queue)).toEqual(["!B", "A", "A"]);
  });

  it("orders a whole list when the alternation is switched on", () => {
    const list = build([request("A"), request("A"), request("B"), request("C", "point_of_order")], false);
    expect(groups(orderQueue(list, { alternate: true, spoken: {} }))).toEqual(["!C", "A", "B", "A"]);
    expect(roundsOf(orderQueue(list, { alternate: true, spoken: {} }).slice(1), {})).toEqual([0, 0, 1]);
  });

  it("moves a request where the moderator puts it, clamped to the list", () => {
    const list = build([request("A"), request("B"), request("C")], false);
    expect(groups(moveRequest(list, list[2]!.id, 0)!)).toEqual(["C", "A", "B"]);
    expect(groups(moveRequest(list, list[0]!.id, 99)!)).toEqual(["B", "C", "A"]);
    expect(moveRequest(list, "missing", 0)).toBeNull();
    expect(placeOf(list, list[1]!.userId)).toBe(2);
    expect(placeOf(list, "nobody")).toBeNull();
  });
});
