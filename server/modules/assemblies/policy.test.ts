import { describe, expect, it } from "vitest";
import { abilitiesOf, denial } from "./policy.js";

const convened = { status: "convened", round: 1, dayHasCome: false } as const;
const onTheDay = { ...convened, dayHasCome: true } as const;

describe("who may do what to an assembly", () => {
  it("lets moderators and admins run it, and members only act for their association", () => {
    expect(denial("moderator", "edit", { ...convened, status: "draft" })).toBeNull();
    expect(denial("admin", "convene", { ...convened, status: "draft" })).toBeNull();
    expect(denial("member", "convene", { ...convened, status: "draft" })).toBe("FORBIDDEN");
    expect(denial("member", "desk", onTheDay)).toBe("FORBIDDEN");
    expect(denial("member", "register", convened)).toBeNull();
    expect(denial(undefined, "register", convened)).toBe("UNAUTHENTICATED");
  });

  it("keeps the agenda editable until it is convened", () => {
    expect(denial("moderator", "edit", convened)).toBe("INVALID_STATE");
    expect(denial("moderator", "convene", convened)).toBe("INVALID_STATE");
  });

  it("opens check-in and the start on the day, registration before it", () => {
    expect(denial("member", "check_in", convened)).toBe("INVALID_STATE");
    expect(denial("member", "check_in", onTheDay)).toBeNull();
    expect(denial("moderator", "start", convened)).toBe("INVALID_STATE");
    expect(denial("moderator", "start", onTheDay)).toBeNull();
    expect(denial("member", "register", onTheDay)).toBe("INVALID_STATE");
  });

  it("allows a second convocation once, after the first one's day has come", () => {
    expect(denial("moderator", "convene_second", convened)).toBe("INVALID_STATE");
    expect(denial("moderator", "convene_second", onTheDay)).toBeNull();
    expect(denial("moderator", "convene_second", { ...onTheDay, round: 2 })).toBe("INVALID_STATE");
  });

  it("takes proxies and their revocation only until the assembly opens", () => {
    expect(denial("member", "give_proxy", convened)).toBeNull();
    expect(denial("member", "give_proxy", { ...onTheDay, status: "in_session" })).toBe("INVALID_STATE");
    expect(denial("member", "revoke_proxy", { ...onTheDay, status: "in_session" })).toBe("INVALID_STATE");
  });

  it("sends abilities that follow the same rules", () => {
    expect(abilitiesOf("member", onTheDay)).toMatchObject({ start: false, attendanceDesk: false });
    expect(abilitiesOf("moderator", onTheDay)).toMatchObject({ start: true, attendanceDesk: true, edit: false });
  });
});
