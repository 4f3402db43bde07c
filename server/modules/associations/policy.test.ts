import { describe, expect, it } from "vitest";
import type { AssociationStatus, MemberRole } from "../../../common/associations.js";
import { type Actor, canPlatform } from "../../auth/actor.js";
import {
  type AssociationAction,
  applicationAbilities,
  associationAbilities,
  can,
  denial,
  invitationAbilities,
  joinRequestAbilities,
  type MemberLine,
  memberAbilities,
  myAssociationAbilities,
  pageAbilities,
  stepAllowed,
} from "./policy.js";
import { effectiveStatus } from "./status.js";

const member: Actor = { id: "u1", role: "member" };
const admin: Actor = { id: "a1", role: "admin" };
const moderator: Actor = { id: "m1", role: "moderator" };

const resource = (status: AssociationStatus, role: MemberRole | null, approved = status !== "pending") => ({
  status,
  membership: role ? { role } : null,
  approved,
});

describe("association policy", () => {
  it.each<[string, Actor, AssociationAction, ReturnType<typeof resource>, string | null]>([
    ["a representative acts for an active association", member, "act", resource("active", "representative"), null],
    ["a representative acts for a pending one", member, "act", resource("pending", "representative"), null],
    ["a plain member may not act", member, "act", resource("active", "member"), "FORBIDDEN"],
    ["a stranger may not act", member, "act", resource("active", null), "FORBIDDEN"],
    ["an admin may not act for an association (independence)", admin, "act", resource("active", null), "FORBIDDEN"],
    [
      "a suspended association's representative may not act",
      member,
      "act",
      resource("suspended", "representative"),
      "ASSOCIATION_SUSPENDED",
    ],
    [
      "a stranger on a suspended association is FORBIDDEN first",
      member,
      "act",
      resource("suspended", null),
      "FORBIDDEN",
    ],
    ["nobody acts for a withdrawn one", member, "act", resource("withdrawn", "representative"), "INVALID_STATE"],
    ["nobody acts for a rejected one", member, "act", resource("rejected", "representative"), "INVALID_STATE"],
    [
      "eligibility is editable before approval",
      member,
      "edit_eligibility",
      resource("pending", "representative"),
      null,
    ],
    [
      "eligibility is locked after approval",
      member,
      "edit_eligibility",
      resource("active", "representative"),
      "FORBIDDEN",
    ],
    ["an active association may withdraw", member, "withdraw", resource("active", "representative"), null],
    ["a pending one may not withdraw", member, "withdraw", resource("pending", "representative"), "INVALID_STATE"],
    [
      "a suspended one may not withdraw",
      member,
      "withdraw",
      resource("suspended", "representative"),
      "ASSOCIATION_SUSPENDED",
    ],
    ["a member may not withdraw it", member, "withdraw", resource("active", "member"), "FORBIDDEN"],
    ["a member may leave, even while suspended", member, "leave", resource("suspended", "member"), null],
    ["a stranger cannot leave", member, "leave", resource("active", null), "FORBIDDEN"],
    ["anyone may ask to join an active association", member, "request_join", resource("active", null), null],
    ["a member may not ask again", member, "request_join", resource("active", "member"), "CONFLICT"],
    ["nobody joins a pending one", member, "request_join", resource("pending", null), "INVALID_STATE"],
    ["nobody joins a suspended one", member, "request_join", resource("suspended", null), "ASSOCIATION_SUSPENDED"],
    ["representatives read private data", member, "read_private", resource("pending", "representative"), null],
    ["admins read private data", admin, "read_private", resource("pending", null), null],
    ["members do not", member, "read_private", resource("active", "member"), "FORBIDDEN"],
    ["moderators do not", moderator, "read_private", resource("active", null), "FORBIDDEN"],
    ["admins review", admin, "review", resource("pending", null), null],
    [
      "a representative does not review its own application",
      member,
      "review",
      resource("pending", "representative"),
      "FORBIDDEN",
    ],
    ["admins suspend", admin, "suspend", resource("active", null), null],
    ["moderators do not suspend", moderator, "suspend", resource("active", null), "FORBIDDEN"],
  ])("%s", (_label, actor, action, target, expected) => {
    expect(denial(actor, action, target)).toBe(expected);
    expect(can(actor, action, target)).toBe(expected === null);
  });

  it("keeps forum-wide actions to admins", () => {
    for (const action of [
      "review_applications",
      "edit_reference",
      "publish_charter",
      "read_audit",
      "electorate",
      "manage_roles",
    ] as const) {
      expect(canPlatform(admin, action)).toBe(true);
      expect(canPlatform(moderator, action)).toBe(false);
      expect(canPlatform(member, action)).toBe(false);
    }
  });
});

describe("abilities", () => {
  it("lets a representative of an open association do its business, and nobody else", () => {
    expect(associationAbilities(member, resource("active", "representative"))).toEqual({
      edit: true,
      editEligibility: false,
      manageMembers: true,
      invite: true,
      decideJoinRequests: true,
      withdraw: true,
      suspend: false,
      reinstate: false,
    });
    expect(associationAbilities(member, resource("pending", "representative"))).toMatchObject({
      edit: true,
      editEligibility: true,
      decideJoinRequests: false,
      withdraw: false,
    });
    expect(Object.values(associationAbilities(member, resource("suspended", "representative")))).not.toContain(true);
    expect(Object.values(associationAbilities(member, resource("active", "member")))).not.toContain(true);
  });

  it("gives admins the forum's decisions, never the association's own", () => {
    expect(associationAbilities(admin, resource("active", null))).toEqual({
      edit: false,
      editEligibility: false,
      manageMembers: false,
      invite: false,
      decideJoinRequests: false,
      withdraw: false,
      suspend: true,
      reinstate: false,
    });
    expect(associationAbilities(admin, resource("suspended", null))).toMatchObject({ suspend: false, reinstate: true });
    expect(associationAbilities(admin, resource("withdrawn", null))).toMatchObject({
      suspend: false,
      reinstate: false,
    });
  });

  it.each<[string, Actor | undefined, AssociationStatus, MemberRole | null, { requestJoin: boolean; manage: boolean }]>(
    [
      [
        "a visitor may ask to join an active association",
        undefined,
        "active",
        null,
        { requestJoin: true, manage: false },
      ],
      ["nobody asks to join a suspended one", member, "suspended", null, { requestJoin: false, manage: false }],
      ["a member does not ask again", member, "active", "member", { requestJoin: false, manage: false }],
      ["a representative manages it", member, "active", "representative", { requestJoin: false, manage: true }],
      ["an admin manages it", admin, "active", null, { requestJoin: true, manage: true }],
    ],
  )("on a public page, %s", (_label, actor, status, role, expected) => {
    expect(pageAbilities(actor, resource(status, role))).toEqual(expected);
  });

  it("follows the application's step", () => {
    const applicant = resource("pending", "representative");
    expect(applicationAbilities(member, applicant, "info_requested", "pending")).toEqual({
      respond: true,
      addDocument: true,
      decide: false,
      requestInfo: false,
    });
    expect(applicationAbilities(member, applicant, "under_review", "pending")).toMatchObject({ respond: false });
    expect(applicationAbilities(admin, resource("pending", null), "under_review", "pending")).toEqual({
      respond: false,
      addDocument: false,
      decide: true,
      requestInfo: true,
    });
    expect(applicationAbilities(admin, resource("pending", null), "info_requested", "pending")).toMatchObject({
      decide: true,
      requestInfo: false,
    });
    expect(Object.values(applicationAbilities(admin, resource("active", null), "approved", "active"))).not.toContain(
      true,
    );
  });

  it("closes the steps of a decided application", () => {
    for (const step of ["respond", "add_document", "approve", "reject", "request_info"] as const) {
      expect(stepAllowed(step, "approved", "active")).toBe(false);
      expect(stepAllowed(step, "rejected", "rejected")).toBe(false);
    }
  });
});

describe("abilities on the lines of an association's answers", () => {
  const line = (userId: string, role: MemberRole, others: Partial<MemberLine> = {}): MemberLine => ({
    userId,
    role,
    isPrimaryDelegate: false,
    representatives: 2,
    ...others,
  });
  const none = { makeRepresentative: false, makeMember: false, remove: false };

  it.each<[string, Actor, ReturnType<typeof resource>, MemberLine, typeof none]>([
    [
      "a representative makes a member a representative, or removes them",
      member,
      resource("active", "representative"),
      line("u2", "member"),
      { makeRepresentative: true, makeMember: false, remove: true },
    ],
    [
      "a representative makes another representative a member again, or removes them",
      member,
      resource("pending", "representative"),
      line("u2", "representative"),
      { makeRepresentative: false, makeMember: true, remove: true },
    ],
    [
      "nobody demotes or removes the primary delegate",
      member,
      resource("active", "representative"),
      line("u2", "representative", { isPrimaryDelegate: true }),
      none,
    ],
    [
      "nobody demotes or removes the last representative",
      member,
      resource("active", "representative"),
      line("u2", "representative", { representatives: 1 }),
      none,
    ],
    [
      "a representative leaves, or steps down to member while another representative stays",
      member,
      resource("active", "representative"),
      line("u1", "representative"),
      { makeRepresentative: false, makeMember: true, remove: true },
    ],
    [
      "the primary delegate does not leave",
      member,
      resource("active", "representative"),
      line("u1", "representative", { isPrimaryDelegate: true }),
      none,
    ],
    [
      "the last representative does not leave",
      member,
      resource("active", "representative"),
      line("u1", "representative", { representatives: 1 }),
      none,
    ],
    [
      "a representative of a suspended association only leaves",
      member,
      resource("suspended", "representative"),
      line("u1", "representative"),
      { makeRepresentative: false, makeMember: false, remove: true },
    ],
    [
      "a representative of a suspended association changes nobody else",
      member,
      resource("suspended", "representative"),
      line("u2", "member"),
      none,
    ],
    [
      "nobody changes a withdrawn association's people",
      member,
      resource("withdrawn", "representative"),
      line("u2", "member"),
      none,
    ],
    [
      "a plain member leaves",
      member,
      resource("active", "member"),
      line("u1", "member"),
      { makeRepresentative: false, makeMember: false, remove: true },
    ],
    ["a plain member changes nobody else", member, resource("active", "member"), line("u2", "member"), none],
    ["an admin only reads the list", admin, resource("active", null), line("u2", "member"), none],
  ])("on a member line, %s", (_label, actor, association, person, expected) => {
    expect(memberAbilities(actor, association, person)).toEqual(expected);
  });

  it.each<[string, Actor, ReturnType<typeof resource>, "pending" | "accepted" | "revoked" | "expired", boolean]>([
    ["a representative revokes a pending invitation", member, resource("active", "representative"), "pending", true],
    ["and so while the association is pending", member, resource("pending", "representative"), "pending", true],
    ["not one already accepted", member, resource("active", "representative"), "accepted", false],
    ["not one revoked", member, resource("active", "representative"), "revoked", false],
    ["not one expired", member, resource("active", "representative"), "expired", false],
    ["not while suspended", member, resource("suspended", "representative"), "pending", false],
    ["not a plain member", member, resource("active", "member"), "pending", false],
    ["not an admin", admin, resource("active", null), "pending", false],
  ])("on an invitation, %s", (_label, actor, association, status, revoke) => {
    expect(invitationAbilities(actor, association, status)).toEqual({ revoke });
  });

  it.each<[string, Actor, ReturnType<typeof resource>, "pending" | "approved" | "rejected", boolean]>([
    ["a representative decides a pending request", member, resource("active", "representative"), "pending", true],
    ["not one approved", member, resource("active", "representative"), "approved", false],
    ["not one rejected", member, resource("active", "representative"), "rejected", false],
    ["not while suspended", member, resource("suspended", "representative"), "pending", false],
    ["not the person who asked", member, resource("active", null), "pending", false],
    ["not an admin", admin, resource("active", null), "pending", false],
  ])("on a join request, %s", (_label, actor, association, status, decide) => {
    expect(joinRequestAbilities(actor, association, status)).toEqual({ decide });
  });

  it.each<[string, ReturnType<typeof resource>, boolean]>([
    ["a representative manages an active association", resource("active", "representative"), true],
    ["and a pending one", resource("pending", "representative"), true],
    ["and reads a suspended one's manage view", resource("suspended", "representative"), true],
    ["a plain member does not", resource("active", "member"), false],
  ])("among my associations, %s", (_label, association, manage) => {
    expect(myAssociationAbilities(member, association)).toEqual({ manage });
  });
});

describe("effectiveStatus", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  it.each<[string, AssociationStatus, Date | null, AssociationStatus]>([
    ["an indefinite suspension stays", "suspended", null, "suspended"],
    ["a suspension ending later stays", "suspended", new Date("2026-06-02T00:00:00Z"), "suspended"],
    ["a suspension that ended reads as active", "suspended", new Date("2026-05-31T00:00:00Z"), "active"],
    ["a suspension ending exactly now has ended", "suspended", now, "active"],
    ["a suspension ending one millisecond from now stays", "suspended", new Date(now.getTime() + 1), "suspended"],
    ["other statuses are as stored", "withdrawn", new Date("2026-05-31T00:00:00Z"), "withdrawn"],
  ])("%s", (_label, status, suspendedUntil, expected) => {
    expect(effectiveStatus({ status, suspendedUntil }, now)).toBe(expected);
  });
});
