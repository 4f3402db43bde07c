import { describe, expect, it } from "vitest";
import type { VoteStatus } from "../../../common/votes.js";
import type { Actor } from "../../auth/actor.js";
import { denial, type VoteAction, type VoteResource, voteAbilities } from "./policy.js";

const member: Actor = { id: "u1", role: "member" };
const moderator: Actor = { id: "m1", role: "moderator" };
const admin: Actor = { id: "a1", role: "admin" };

const vote = (status: VoteStatus, more: Partial<VoteResource> = {}): VoteResource => ({
  status,
  secrecy: "secret",
  results: "at_close",
  holdsVote: false,
  hasVoted: false,
  ...more,
});

describe("vote policy", () => {
  it.each<[string, Actor | undefined, VoteAction, VoteResource, string | null]>([
    ["anyone reads an open vote", undefined, "read", vote("open"), null],
    ["anyone reads a closed vote", undefined, "read", vote("closed"), null],
    ["a member does not see a draft", member, "read", vote("draft"), "NOT_FOUND"],
    ["a member does not see a cancelled vote", member, "read", vote("cancelled"), "NOT_FOUND"],
    ["a moderator sees a draft", moderator, "read", vote("draft"), null],
    ["a moderator configures a draft", moderator, "configure", vote("draft"), null],
    ["an admin configures a draft", admin, "configure", vote("draft"), null],
    ["a member may not configure", member, "configure", vote("draft"), "FORBIDDEN"],
    ["an open vote's configuration is frozen", moderator, "configure", vote("open"), "VOTE_FROZEN"],
    ["a closed vote's configuration is closed", moderator, "configure", vote("closed"), "VOTE_CLOSED"],
    ["a moderator opens a draft", moderator, "open", vote("draft"), null],
    ["opening an open vote", moderator, "open", vote("open"), "INVALID_STATE"],
    ["opening a closed vote", moderator, "open", vote("closed"), "VOTE_CLOSED"],
    ["a member may not open", member, "open", vote("draft"), "FORBIDDEN"],
    ["a moderator closes an open vote", moderator, "close", vote("open"), null],
    ["closing a draft", moderator, "close", vote("draft"), "VOTE_NOT_OPEN"],
    ["closing twice", moderator, "close", vote("closed"), "VOTE_CLOSED"],
    ["closing a cancelled vote", moderator, "close", vote("cancelled"), "INVALID_STATE"],
    ["a member may not close", member, "close", vote("open", { holdsVote: true }), "FORBIDDEN"],
    ["a moderator cancels a draft", moderator, "cancel", vote("draft"), null],
    ["an open vote cannot be cancelled", moderator, "cancel", vote("open"), "VOTE_FROZEN"],
    ["a voter casts in an open vote", member, "cast", vote("open", { holdsVote: true }), null],
    ["a voter cannot cast in a draft", member, "cast", vote("draft", { holdsVote: true }), "VOTE_NOT_OPEN"],
    ["a voter cannot cast in a closed vote", member, "cast", vote("closed", { holdsVote: true }), "VOTE_CLOSED"],
    ["nor in a cancelled one", member, "cast", vote("cancelled", { holdsVote: true }), "VOTE_CLOSED"],
    ["outside the electorate", member, "cast", vote("open"), "NOT_IN_ELECTORATE"],
    ["a moderator outside the electorate", moderator, "cast", vote("open"), "NOT_IN_ELECTORATE"],
    ["not signed in", undefined, "cast", vote("open"), "UNAUTHENTICATED"],
    ["a secret vote's figures stay hidden while open", moderator, "see_result", vote("open"), "FORBIDDEN"],
    [
      "an open vote shown at close hides its figures while open",
      moderator,
      "see_result",
      vote("open", { secrecy: "open", results: "at_close" }),
      "FORBIDDEN",
    ],
    [
      "an open vote shown live shows them to anyone",
      undefined,
      "see_result",
      vote("open", { secrecy: "open", results: "live" }),
      null,
    ],
    ["a closed vote's figures are public", undefined, "see_result", vote("closed"), null],
    [
      "a draft has no figures",
      moderator,
      "see_result",
      vote("draft", { secrecy: "open", results: "live" }),
      "FORBIDDEN",
    ],
  ])("%s", (_label, actor, action, resource, expected) => {
    expect(denial(actor, action, resource)).toBe(expected);
  });

  it("gives a delegate of an open vote the ballot and nothing of a moderator's", () => {
    expect(voteAbilities(member, vote("open", { holdsVote: true }))).toEqual({
      edit: false,
      open: false,
      close: false,
      cancel: false,
      vote: true,
      hasVoted: false,
      seeResult: false,
    });
    expect(voteAbilities(moderator, vote("draft"))).toMatchObject({
      edit: true,
      open: true,
      cancel: true,
      vote: false,
    });
  });
});
