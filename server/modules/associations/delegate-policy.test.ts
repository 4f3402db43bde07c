import { describe, expect, it } from "vitest";
import { type OfficeAction, type OfficeFacts, officeAbilities, officeDenial } from "./delegate-policy.js";

const me = "me";
const facts = (overrides: Partial<OfficeFacts> = {}): OfficeFacts => ({
  actorId: me,
  isAdmin: false,
  actDenied: null,
  delegateId: "sitting",
  pending: null,
  ...overrides,
});

describe("the primary delegate's office: who may do what", () => {
  const cases: [string, OfficeAction, OfficeFacts, string | null][] = [
    ["a co-representative may not name anyone while a delegate sits", "name", facts(), "DELEGATE_HANDOVER_REQUIRED"],
    ["the sitting delegate hands the office over", "name", facts({ delegateId: me }), null],
    ["any representative names the first delegate", "name", facts({ delegateId: null }), null],
    [
      "a member who is not a representative names no one",
      "name",
      facts({ delegateId: null, actDenied: "FORBIDDEN" }),
      "FORBIDDEN",
    ],
    [
      "a suspended association's delegate hands nothing over",
      "name",
      facts({ delegateId: me, actDenied: "ASSOCIATION_SUSPENDED" }),
      "ASSOCIATION_SUSPENDED",
    ],
    ["a co-representative asks for the office", "request", facts(), null],
    ["the delegate does not ask for what they hold", "request", facts({ delegateId: me }), "INVALID_STATE"],
    ["with no delegate there is nobody to ask", "request", facts({ delegateId: null }), "INVALID_STATE"],
    [
      "one request at a time",
      "request",
      facts({ pending: { requestedById: "x", candidateId: "x" } }),
      "DELEGATE_REQUEST_PENDING",
    ],
    ["a non-representative asks for nothing", "request", facts({ actDenied: "FORBIDDEN" }), "FORBIDDEN"],
    ["another representative objects", "object", facts({ pending: { requestedById: "x", candidateId: "x" } }), null],
    [
      "the sitting delegate objects",
      "object",
      facts({ delegateId: me, pending: { requestedById: "x", candidateId: "x" } }),
      null,
    ],
    [
      "the author does not object to their own request",
      "object",
      facts({ pending: { requestedById: me, candidateId: me } }),
      "FORBIDDEN",
    ],
    ["nothing to object to", "object", facts(), "NOT_FOUND"],
    [
      "a non-representative does not object",
      "object",
      facts({ actDenied: "FORBIDDEN", pending: { requestedById: "x", candidateId: "x" } }),
      "FORBIDDEN",
    ],
    ["the author withdraws their request", "cancel", facts({ pending: { requestedById: me, candidateId: "y" } }), null],
    ["nobody else withdraws it", "cancel", facts({ pending: { requestedById: "x", candidateId: me } }), "FORBIDDEN"],
    ["nothing to withdraw", "cancel", facts(), "NOT_FOUND"],
    ["an admin settles", "settle", facts({ isAdmin: true, actDenied: "FORBIDDEN" }), null],
    ["a representative does not settle", "settle", facts(), "FORBIDDEN"],
  ];
  it.each(cases)("%s", (_name, action, input, expected) => {
    expect(officeDenial(action, input)).toBe(expected);
    expect(officeAbilities(input)[action]).toBe(expected === null);
  });
});
