import { describe, expect, it } from "vitest";
import { type AmendmentState, amendmentStates, type ProposalState, proposalStates } from "../../../common/proposals.js";
import {
  type AmendmentAction,
  amendmentDenial,
  type ProposalAction,
  type ProposalActor,
  proposalAbilities,
  proposalActions,
  proposalDenial,
} from "./policy.js";

const actors = {
  author: { kind: "person", role: "member", relation: "author" },
  sponsor: { kind: "person", role: "member", relation: "sponsor" },
  representative: { kind: "person", role: "member", relation: "representative" },
  member: { kind: "person", role: "member", relation: "none" },
  moderator: { kind: "person", role: "moderator", relation: "none" },
  admin: { kind: "person", role: "admin", relation: "none" },
  system: { kind: "system" },
} satisfies Record<string, ProposalActor>;
type ActorName = keyof typeof actors;
const actorNames = Object.keys(actors) as ActorName[];

/**
 * The whole table, written out: who may do what in which state. Every (state, actor, action) not
 * listed here is refused; the code of the refusal is checked below.
 */
const allowed: Record<ProposalAction, Partial<Record<ActorName, ProposalState[]>>> = {
  read: {
    author: [...proposalStates],
    sponsor: proposalStates.filter((s) => s !== "draft"),
    representative: proposalStates.filter((s) => s !== "draft"),
    member: proposalStates.filter((s) => s !== "draft"),
    moderator: proposalStates.filter((s) => s !== "draft"),
    admin: proposalStates.filter((s) => s !== "draft"),
    system: proposalStates.filter((s) => s !== "draft"),
  },
  edit: { author: ["draft"] },
  submit: { author: ["draft"] },
  withdraw: { author: ["draft", "submitted", "in_discussion"] },
  sign: { representative: ["submitted"] },
  unsign: { sponsor: ["submitted"] },
  admit: { moderator: ["submitted"], admin: ["submitted"] },
  declare_inadmissible: { moderator: ["submitted", "in_discussion"], admin: ["submitted", "in_discussion"] },
  put_to_vote: { moderator: ["in_discussion"], admin: ["in_discussion"] },
  amend: {
    author: ["submitted", "in_discussion"],
    sponsor: ["submitted", "in_discussion"],
    representative: ["submitted", "in_discussion"],
  },
  adopt: { system: ["in_vote"] },
  reject: { system: ["in_vote"] },
};

/** Whether anyone at all may do `action` in `state` (then a refused actor is the wrong person). */
const someoneMay = (action: ProposalAction, state: ProposalState) =>
  Object.values(allowed[action]).some((states) => states.includes(state));

const enough = { sponsorCount: 2, minSponsors: 2, amendmentsInVote: 0 };

describe("proposal policy: every state × actor × action", () => {
  const cases = proposalStates.flatMap((state) =>
    actorNames.flatMap((actor) => proposalActions.map((action) => [state, actor, action] as const)),
  );
  it.each(cases)("%s, %s, %s", (state, actor, action) => {
    const denial = proposalDenial(actors[actor], action, { state, ...enough });
    const may = allowed[action][actor]?.includes(state) ?? false;
    if (may) {
      expect(denial).toBeNull();
      return;
    }
    expect(denial).not.toBeNull();
    if (state === "draft" && actor !== "author") expect(denial).toBe("NOT_FOUND");
    else if (action === "sign" && actor === "sponsor") expect(denial).toBe("CONFLICT");
    else if (someoneMay(action, state)) expect(denial).toBe("FORBIDDEN");
    else {
      // Nobody may do it in this state: the right person hears INVALID_STATE, anyone else FORBIDDEN.
      const rightPerson = proposalStates.some((other) => allowed[action][actor]?.includes(other));
      expect(denial).toBe(rightPerson ? "INVALID_STATE" : "FORBIDDEN");
    }
  });
  it("covers the whole product", () => {
    expect(cases).toHaveLength(proposalStates.length * actorNames.length * proposalActions.length);
  });
});

describe("the forum's rules on top of the table", () => {
  it("refuses to leave submitted with fewer sponsors than the minimum, with its own code", () => {
    const state = "submitted" as const;
    expect(
      proposalDenial(actors.moderator, "admit", { state, sponsorCount: 1, minSponsors: 2, amendmentsInVote: 0 }),
    ).toBe("PROPOSAL_SPONSORS_MISSING");
    expect(
      proposalDenial(actors.moderator, "admit", { state, sponsorCount: 2, minSponsors: 2, amendmentsInVote: 0 }),
    ).toBeNull();
    expect(
      proposalDenial(actors.moderator, "admit", { state, sponsorCount: 0, minSponsors: 0, amendmentsInVote: 0 }),
    ).toBeNull();
  });
  it("lets withdrawing and inadmissibility leave submitted whatever the sponsors", () => {
    const few = { state: "submitted" as const, sponsorCount: 0, minSponsors: 3, amendmentsInVote: 0 };
    expect(proposalDenial(actors.author, "withdraw", few)).toBeNull();
    expect(proposalDenial(actors.moderator, "declare_inadmissible", few)).toBeNull();
  });
  it("keeps the main vote waiting while an amendment is being voted on", () => {
    const waiting = { state: "in_discussion" as const, sponsorCount: 2, minSponsors: 2, amendmentsInVote: 1 };
    expect(proposalDenial(actors.moderator, "put_to_vote", waiting)).toBe("INVALID_STATE");
  });
});

describe("amendment policy: every proposal state × amendment state × actor × action", () => {
  const actions: AmendmentAction[] = ["accept", "reject", "put_to_vote"];
  const cases = proposalStates.flatMap((p) =>
    amendmentStates.flatMap((a) =>
      actorNames.flatMap((actor) => actions.map((action) => [p, a, actor, action] as const)),
    ),
  );
  const who = (action: AmendmentAction): ActorName[] =>
    action === "put_to_vote" ? ["moderator", "admin"] : ["author"];
  const when = (action: AmendmentAction): ProposalState[] =>
    action === "put_to_vote" ? ["in_discussion"] : ["submitted", "in_discussion"];
  it.each(cases)("proposal %s, amendment %s, %s, %s", (p: ProposalState, a: AmendmentState, actor, action) => {
    const denial = amendmentDenial(actors[actor], action, p, a);
    if (p === "draft") expect(denial).toBe("NOT_FOUND");
    else if (!who(action).includes(actor)) expect(denial).toBe("FORBIDDEN");
    else if (a !== "proposed" || !when(action).includes(p)) expect(denial).toBe("INVALID_STATE");
    else expect(denial).toBeNull();
  });
});

describe("abilities", () => {
  it("names the associations a representative may sign, unsign or amend as", () => {
    const abilities = proposalAbilities(
      "member",
      [
        { associationId: "a", relation: "sponsor" },
        { associationId: "b", relation: "representative" },
      ],
      { state: "submitted", ...enough },
    );
    expect(abilities.signAs).toEqual(["b"]);
    expect(abilities.unsignAs).toEqual(["a"]);
    expect(abilities.amendAs).toEqual(["a", "b"]);
    expect(abilities.withdraw).toBe(false);
  });
  it("gives the author association its own steps only", () => {
    const abilities = proposalAbilities("member", [{ associationId: "x", relation: "author" }], {
      state: "draft",
      ...enough,
    });
    expect(abilities).toMatchObject({ edit: true, submit: true, withdraw: true, admit: false, signAs: [] });
  });
  it("offers a moderator the discussion while submitted", () => {
    const abilities = proposalAbilities("moderator", [], { state: "submitted", ...enough });
    expect(abilities).toMatchObject({ admit: true, declareInadmissible: true, putToVote: false, amend: false });
  });
});
