import type { Tx } from "../../db/client.js";

/** One vote held in a vote: who casts it (null: nobody can, e.g. an association without a delegate). */
export type VoterRow = {
  voterKey: string;
  associationId: string | null;
  userId: string | null;
  name: string;
};

/** A body a vote's electorate is drawn from instead of the whole forum (an assembly), and its id. */
export type VoteScope = { kind: string; id: string };

/**
 * Gives the voters of a vote scoped to a body, at its opening, in the opening transaction. It may refuse
 * the opening by throwing an AppError (the body's quorum is not met), and it may hand a vote to someone
 * other than the association's delegate (a proxy): one row per vote held.
 */
export type ElectorateProvider = (
  tx: Tx,
  scope: VoteScope,
  context: { electorate: string; at: Date },
) => Promise<VoterRow[]>;

const providers = new Map<string, ElectorateProvider>();

/** Registered once by the module that owns the body (assemblies), when it loads. */
export function provideElectorate(kind: string, provider: ElectorateProvider): void {
  providers.set(kind, provider);
}

export function electorateProvider(kind: string): ElectorateProvider | undefined {
  return providers.get(kind);
}
