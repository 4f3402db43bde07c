import { describe, expect, it } from "vitest";
import type { AssociationStatus, MemberRole } from "../../../common/associations.js";
import { type Actor, canPlatform } from "../../auth/actor.js";
import {
  type AssociationAction,
  applicationAbilities,
  associationAbilities,
  can,
  denial,
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
