import { describe, expect, it } from "vitest";
import { type ProgrammeActor, type ProgrammeResource, programmeDenial } from "./policy.js";

const person = (over: Partial<ProgrammeActor> = {}): ProgrammeActor => ({
  role: "member",
  committee: false,
  representative: false,
  lead: false,
  ...over,
});
const moderator = person({ role: "moderator" });
const programme = (over: Partial<ProgrammeResource> = {}): ProgrammeResource => ({
  status: "draft",
  amendmentsPending: 0,
  axesPending: 0,
  axesAdopted: 0,
  ...over,
});

describe("the programmes' policy, in plain words", () => {
  it.each([
    ["a committee member edits a draft", person({ committee: true }), "edit", programme(), null],
    ["a moderator edits a draft", moderator, "edit", programme(), null],
    ["a member off the committee may not edit", person({ representative: true }), "edit", programme(), "FORBIDDEN"],
    [
      "nobody edits once amendments are open",
      person({ committee: true }),
      "edit",
      programme({ status: "amendments" }),
      "PROGRAMME_FROZEN",
    ],
    ["nobody edits an adopted programme", moderator, "edit", programme({ status: "adopted" }), "PROGRAMME_FROZEN"],
    ["only moderators submit", person({ committee: true }), "submit", programme(), "FORBIDDEN"],
    ["a moderator submits a draft", moderator, "submit", programme(), null],
    [
      "a submitted one is not submitted again",
      moderator,
      "submit",
      programme({ status: "amendments" }),
      "INVALID_STATE",
    ],
    [
      "a moderator may not change an adopted one",
      moderator,
      "manage",
      programme({ status: "adopted" }),
      "PROGRAMME_FROZEN",
    ],
    [
      "a representative amends while amendments are open",
      person({ representative: true }),
      "amend",
      programme({ status: "amendments" }),
      null,
    ],
    ["a draft takes no amendment", person({ representative: true }), "amend", programme(), "INVALID_STATE"],
    [
      "no amendment once the votes began",
      person({ representative: true }),
      "amend",
      programme({ status: "voting" }),
      "INVALID_STATE",
    ],
    ["a person representing nobody may not amend", person(), "amend", programme({ status: "amendments" }), "FORBIDDEN"],
    [
      "an axis waits for the amendments",
      moderator,
      "vote_axis",
      programme({ status: "voting", amendmentsPending: 1 }),
      "PROGRAMME_VOTE_ORDER",
    ],
    [
      "an axis goes to the vote once amendments are decided",
      moderator,
      "vote_axis",
      programme({ status: "voting" }),
      null,
    ],
    [
      "the whole waits for every axis",
      moderator,
      "vote_whole",
      programme({ status: "voting", axesPending: 1, axesAdopted: 1 }),
      "PROGRAMME_VOTE_ORDER",
    ],
    [
      "the whole needs an adopted axis",
      moderator,
      "vote_whole",
      programme({ status: "voting", axesAdopted: 0 }),
      "INVALID_STATE",
    ],
    ["the whole goes to the vote", moderator, "vote_whole", programme({ status: "voting", axesAdopted: 2 }), null],
    [
      "a member may not open a vote",
      person({ representative: true }),
      "vote_amendment",
      programme({ status: "amendments" }),
      "FORBIDDEN",
    ],
    [
      "a lead updates an adopted programme's action",
      person({ lead: true }),
      "update_action",
      programme({ status: "adopted" }),
      null,
    ],
    [
      "another association may not update it",
      person({ representative: true }),
      "update_action",
      programme({ status: "adopted" }),
      "PROGRAMME_NOT_LEAD",
    ],
    ["not even a moderator", moderator, "update_action", programme({ status: "adopted" }), "PROGRAMME_NOT_LEAD"],
    [
      "no follow-up before adoption",
      person({ lead: true }),
      "update_action",
      programme({ status: "voting" }),
      "INVALID_STATE",
    ],
  ] as const)("%s", (_, actor, action, resource, expected) => {
    expect(programmeDenial(actor, action, resource)).toBe(expected);
  });
});
