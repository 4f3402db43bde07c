import { describe, expect, it } from "vitest";
import type { DebateStatus, ReplyState } from "../../../common/debates.js";
import type { Actor } from "../../auth/actor.js";
import {
  type DebateAction,
  debateAbilities,
  debateDenial,
  type ReplyAction,
  replyAbilities,
  replyDenial,
} from "./policy.js";

const author: Actor = { id: "author", role: "member" };
const member: Actor = { id: "someone", role: "member" };
const moderator: Actor = { id: "mod", role: "moderator" };
const admin: Actor = { id: "admin", role: "admin" };

const debate = (status: DebateStatus = "open", hidden = false, replyCount = 0) => ({
  authorId: author.id,
  status,
  hidden,
  replyCount,
});
const reply = (state: ReplyState = "visible", status: DebateStatus = "open") => ({
  authorId: author.id,
  state,
  debate: debate(status),
});

describe("debate policy", () => {
  it.each<[string, Actor | null, DebateAction, ReturnType<typeof debate>, string | null]>([
    ["anyone reads an open debate", null, "read", debate(), null],
    ["a visitor may not reply", null, "reply", debate(), "UNAUTHENTICATED"],
    ["a member replies to an open debate", member, "reply", debate(), null],
    ["nobody replies to a locked debate", moderator, "reply", debate("locked"), "DEBATE_LOCKED"],
    ["nobody replies to a closed debate", member, "reply", debate("closed"), "DEBATE_CLOSED"],
    ["a hidden debate does not exist for others", member, "read", debate("open", true), "NOT_FOUND"],
    ["its author still reads a hidden debate", author, "read", debate("open", true), null],
    ["a moderator reads a hidden debate", moderator, "read", debate("open", true), null],
    ["nobody replies to a hidden debate", author, "reply", debate("open", true), "INVALID_STATE"],
    ["the author edits", author, "edit", debate(), null],
    ["another member may not edit", member, "edit", debate(), "FORBIDDEN"],
    ["a moderator may not edit someone's words", moderator, "edit", debate(), "FORBIDDEN"],
    ["the author deletes a debate nobody answered", author, "delete", debate(), null],
    ["not once answered", author, "delete", debate("open", false, 1), "INVALID_STATE"],
    ["a member flags", member, "flag", debate(), null],
    ["not their own", author, "flag", debate(), "FORBIDDEN"],
    ["the author closes with a conclusion", author, "close", debate(), null],
    ["a moderator closes", moderator, "close", debate("locked"), null],
    ["a member may not close another's debate", member, "close", debate(), "FORBIDDEN"],
    ["not twice", moderator, "close", debate("closed"), "INVALID_STATE"],
    ["a member may not moderate", member, "moderate", debate(), "FORBIDDEN"],
    ["the author may not moderate", author, "moderate", debate(), "FORBIDDEN"],
    ["a moderator moderates", moderator, "moderate", debate(), null],
    ["an admin moderates", admin, "moderate", debate(), null],
  ])("%s", (_label, actor, action, resource, expected) => {
    expect(debateDenial(actor, action, resource)).toBe(expected);
  });

  it("gives each reader the debate's actions the rules allow", () => {
    expect(debateAbilities(member, debate())).toEqual({
      reply: true,
      edit: false,
      delete: false,
      flag: true,
      hide: false,
      restore: false,
      lock: false,
      pin: false,
      move: false,
      close: false,
      setSlowMode: false,
      viewRevisions: true,
    });
    expect(debateAbilities(moderator, debate("open", true))).toMatchObject({
      hide: false,
      restore: true,
      lock: true,
      setSlowMode: true,
      reply: false,
    });
    expect(debateAbilities(null, debate())).toMatchObject({ reply: false, flag: false, viewRevisions: true });
  });
});

describe("reply policy", () => {
  it.each<[string, Actor | null, ReplyAction, ReturnType<typeof reply>, string | null]>([
    ["anyone reads a visible reply's text", null, "read_text", reply(), null],
    ["a hidden reply's text is not for others", member, "read_text", reply("hidden"), "FORBIDDEN"],
    ["its author reads it", author, "read_text", reply("hidden"), null],
    ["so does a moderator", moderator, "read_text", reply("hidden"), null],
    ["a deleted reply has no text", author, "read_text", reply("deleted"), "NOT_FOUND"],
    ["a member answers a reply", member, "reply", reply(), null],
    ["not a deleted one", member, "reply", reply("deleted"), "INVALID_STATE"],
    ["not in a locked debate", member, "reply", reply("visible", "locked"), "DEBATE_LOCKED"],
    ["the author edits", author, "edit", reply(), null],
    ["not in a closed debate", author, "edit", reply("visible", "closed"), "DEBATE_CLOSED"],
    ["nobody else edits", moderator, "edit", reply(), "FORBIDDEN"],
    ["the author deletes", author, "delete", reply("hidden"), null],
    ["not twice", author, "delete", reply("deleted"), "INVALID_STATE"],
    ["nobody else deletes", moderator, "delete", reply(), "FORBIDDEN"],
    ["a member endorses", member, "endorse", reply(), null],
    ["not their own", author, "endorse", reply(), "FORBIDDEN"],
    ["not a hidden one", member, "endorse", reply("hidden"), "INVALID_STATE"],
    ["not in a locked debate", member, "endorse", reply("visible", "locked"), "DEBATE_LOCKED"],
    ["a visitor may not endorse", null, "endorse", reply(), "UNAUTHENTICATED"],
    ["a member flags", member, "flag", reply(), null],
    ["a member may not moderate", member, "moderate", reply(), "FORBIDDEN"],
    ["a moderator hides or restores", moderator, "moderate", reply("hidden"), null],
    ["not a deleted reply", admin, "moderate", reply("deleted"), "INVALID_STATE"],
  ])("%s", (_label, actor, action, resource, expected) => {
    expect(replyDenial(actor, action, resource)).toBe(expected);
  });

  it("offers hide on a visible reply and restore on a hidden one, to moderators only", () => {
    expect(replyAbilities(moderator, reply())).toMatchObject({ hide: true, restore: false, endorse: true });
    expect(replyAbilities(moderator, reply("hidden"))).toMatchObject({ hide: false, restore: true, endorse: false });
    expect(replyAbilities(member, reply())).toMatchObject({ hide: false, restore: false, edit: false, endorse: true });
    expect(replyAbilities(author, reply())).toMatchObject({ edit: true, delete: true, endorse: false, flag: false });
  });
});
