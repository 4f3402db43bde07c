import { describe, expect, it } from "vitest";
import type { SessionAction } from "../../../common/sessions.js";
import { abilitiesOf, actDenial, roleIn } from "./policy.js";

const session = { moderatorIds: ["mod"], visibility: "members" as const };
const person = (id: string, role: "admin" | "moderator" | "member", activeMember = false) => ({
  id,
  role,
  activeMember,
});

describe("who is who in a session", () => {
  it.each([
    ["a moderator of the session", person("mod", "member"), "moderator"],
    ["an admin", person("a", "admin"), "moderator"],
    ["a member of an active association", person("m", "member", true), "participant"],
    ["a platform moderator", person("p", "moderator"), "participant"],
    ["an account without an active association", person("x", "member"), "none"],
  ] as const)("%s", (_label, reader, role) => {
    expect(roleIn(session, reader)).toBe(role);
  });

  it("lets anyone watch a public session, nobody anonymous a members' one", () => {
    expect(roleIn({ ...session, visibility: "public" }, person("x", "member"))).toBe("viewer");
    expect(roleIn({ ...session, visibility: "public" }, null)).toBe("viewer");
    expect(roleIn(session, null)).toBe("none");
  });
});

describe("what each may do", () => {
  const moderatorOnly: SessionAction[] = [
    "give",
    "stop",
    "extend",
    "move",
    "pause",
    "end",
    "poll_open",
    "poll_close",
    "mute",
    "chat_delete",
  ];
  it.each(moderatorOnly)("a participant may not %s", (action) => {
    expect(actDenial("participant", action, "live")).toBe("FORBIDDEN");
    expect(actDenial("moderator", action, "live") === "FORBIDDEN").toBe(false);
  });

  it("a participant requests the floor, checks in, votes and chats; a viewer does nothing", () => {
    for (const action of ["request", "withdraw", "check_in", "poll_vote", "chat"] as const) {
      expect(actDenial("participant", action, "live")).toBeNull();
      expect(actDenial("viewer", action, "live")).toBe("FORBIDDEN");
    }
  });

  it("checking in someone else is the moderators'", () => {
    expect(actDenial("participant", "check_in", "live", true)).toBe("FORBIDDEN");
    expect(actDenial("moderator", "check_in", "live", true)).toBeNull();
  });

  it("follows the session's states", () => {
    expect(actDenial("moderator", "give", "paused")).toBe("INVALID_STATE");
    expect(actDenial("moderator", "resume", "live")).toBe("INVALID_STATE");
    expect(actDenial("moderator", "start", "ended")).toBe("INVALID_STATE");
    expect(actDenial("participant", "request", "ended")).toBe("INVALID_STATE");
    expect(actDenial("participant", "request", "scheduled")).toBe("INVALID_STATE");
    expect(actDenial("moderator", "notes", "ended")).toBeNull();
  });

  it("sends the abilities from the same rules", () => {
    expect(abilitiesOf("moderator", "live", false)).toEqual({
      moderate: true,
      participate: true,
      approveMinutes: false,
    });
    expect(abilitiesOf("moderator", "ended", false).approveMinutes).toBe(true);
    expect(abilitiesOf("moderator", "ended", true).approveMinutes).toBe(false);
    expect(abilitiesOf("viewer", "live", false)).toEqual({
      moderate: false,
      participate: false,
      approveMinutes: false,
    });
  });
});
