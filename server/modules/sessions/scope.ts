import { randomUUID } from "node:crypto";
import { initialState, type LiveState } from "../../../common/sessions.js";
import type { MajorityRule } from "../../../common/tally.js";
import type { Tx } from "../../db/client.js";
import { publishAfterCommit } from "../../db/transaction.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { VoteScope } from "../votes/index.js";

/**
 * A session held by a body (an assembly): its formal votes are scoped to the body, whose module gives
 * their voters and quorum at the opening, and each agenda item's majority.
 */
export type ScopedVoteRules = (tx: Tx, scope: VoteScope, itemId: string | null) => Promise<{ majority: MajorityRule }>;

const rules = new Map<string, ScopedVoteRules>();

/** Registered once by the body's module, when it loads. */
export function provideSessionVoteRules(kind: string, provider: ScopedVoteRules): void {
  rules.set(kind, provider);
}

/**
 * What a formal vote opened in this session takes from the body holding it: its scope and the current
 * item's majority; null for a session of the forum at large (its own attendance quorum applies).
 */
export async function scopedVoteBasis(
  tx: Tx,
  sessionId: string,
  itemId: string | null,
): Promise<{ scope: VoteScope; majority: MajorityRule } | null> {
  const row = await tx.liveSession.findUnique({
    where: { id: sessionId },
    select: { scopeKind: true, scopeId: true },
  });
  if (!row?.scopeKind || !row.scopeId) return null;
  const scope = { kind: row.scopeKind, id: row.scopeId };
  const provider = rules.get(scope.kind);
  if (!provider) throw new Error(`No vote rules for ${scope.kind}`);
  return { scope, ...(await provider(tx, scope, itemId)) };
}

/**
 * Creates, in the caller's transaction, a members' session held by a body: its agenda (the ids given,
 * so the body can match its items), its moderator. Returns its id.
 */
export async function createScopedSession(
  tx: Tx,
  input: {
    title: string;
    descriptionMd: string;
    scheduledAt: Date;
    moderatorId: string;
    scope: VoteScope;
    agenda: { id: string; title: string }[];
  },
): Promise<string> {
  const state: LiveState = {
    ...initialState(),
    agenda: input.agenda.map((item) => ({
      id: item.id ?? randomUUID(),
      title: item.title,
      budgetMinutes: 30,
      proposalId: null,
      startedAt: null,
      endedAt: null,
      notesMd: "",
    })),
  };
  const row = await tx.liveSession.create({
    data: {
      title: input.title,
      descriptionMd: input.descriptionMd,
      descriptionHtml: "",
      proposalIds: [],
      scheduledAt: input.scheduledAt,
      visibility: "members",
      moderatorIds: [input.moderatorId],
      state: state as unknown as Prisma.InputJsonValue,
      createdById: input.moderatorId,
      scopeKind: input.scope.kind,
      scopeId: input.scope.id,
    },
    select: { id: true },
  });
  publishAfterCommit(tx, { type: "session:created", stale: ["sessions"] });
  return row.id;
}
