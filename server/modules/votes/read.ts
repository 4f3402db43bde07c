import { isDeepStrictEqual } from "node:util";
import type { AgendaItem } from "../../../common/agenda.js";
import type { BallotChoice, VoteResult } from "../../../common/tally.js";
import type {
  HeldVote,
  VoteDetail,
  VotePage,
  VoteRecount,
  VoteStatus,
  VoteSubjectKind,
  VoteSummary,
  VoteWatchSnapshot,
} from "../../../common/votes.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { paginate } from "../../http/params.js";
import { readModel } from "../../read-models/cache.js";
import type { AgendaSource } from "../module.js";
import { can, denial, isModerator, type VoteResource, voteAbilities } from "./policy.js";
import { tally } from "./tally.js";

const publicSelect = {
  id: true,
  title: true,
  description: true,
  descriptionHtml: true,
  method: true,
  maxChoices: true,
  electorate: true,
  quorum: true,
  majority: true,
  secrecy: true,
  results: true,
  formal: true,
  status: true,
  opensAt: true,
  closesAt: true,
  openedAt: true,
  closedAt: true,
  subjectKind: true,
  subjectId: true,
  electorateSize: true,
  result: true,
  createdAt: true,
  options: { select: { id: true, label: true }, orderBy: { position: "asc" } },
} as const satisfies Prisma.VoteSelect;

type PublicVote = Prisma.VoteGetPayload<{ select: typeof publicSelect }>;

/** A vote as everyone may know it (never its receipt key), kept in memory until it changes. */
function loadVote(db: Db, id: string): Promise<PublicVote | null> {
  return readModel(db, `vote:${id}`, [`vote:${id}`], () =>
    db.vote.findUnique({ where: { id }, select: publicSelect, relationLoadStrategy: "join" }),
  );
}

/** An open vote's ballots so far: the count, and the tally when shown live. Dropped by every ballot. */
function liveFigures(db: Db, vote: PublicVote): Promise<{ cast: number; result: VoteResult | null }> {
  const live = vote.secrecy === "open" && vote.results === "live";
  return readModel(db, `vote-live:${vote.id}`, [`vote:${vote.id}`, `vote-ballots:${vote.id}`], async () => {
    if (!live) return { cast: await db.voteParticipation.count({ where: { voteId: vote.id } }), result: null };
    const ballots = await db.voteBallot.findMany({ where: { voteId: vote.id }, select: { choice: true } });
    return {
      cast: ballots.length,
      result: tallyOf(
        vote,
        ballots.map((row) => row.choice as BallotChoice),
      ),
    };
  });
}

export function tallyOf(vote: PublicVote, ballots: BallotChoice[]): VoteResult {
  return tally({
    method: vote.method as VoteResult["method"],
    options: vote.options,
    maxChoices: vote.maxChoices,
    electorateSize: vote.electorateSize ?? 0,
    quorum: vote.quorum,
    majority: vote.majority as VoteResult["majority"]["rule"],
    ballots,
  });
}

/** The figures of a vote as they stand: stored at the close, counted live while open. */
async function figures(db: Db, vote: PublicVote): Promise<{ cast: number; result: VoteResult | null }> {
  if (vote.status === "closed") {
    const result = vote.result as unknown as VoteResult;
    return { cast: result.cast, result };
  }
  if (vote.status === "open") return liveFigures(db, vote);
  return { cast: 0, result: null };
}

function summaryOf(vote: Omit<PublicVote, "options">, cast: number): VoteSummary {
  return {
    id: vote.id,
    title: vote.title,
    method: vote.method as VoteSummary["method"],
    status: vote.status,
    secrecy: vote.secrecy as VoteSummary["secrecy"],
    opensAt: vote.opensAt?.toISOString() ?? null,
    closesAt: vote.closesAt?.toISOString() ?? null,
    openedAt: vote.openedAt?.toISOString() ?? null,
    closedAt: vote.closedAt?.toISOString() ?? null,
    subject:
      vote.subjectKind && vote.subjectId ? { kind: vote.subjectKind as VoteSubjectKind, id: vote.subjectId } : null,
    cast,
    electorateSize: vote.electorateSize,
  };
}

function resourceOf(vote: { status: VoteStatus; secrecy: string; results: string }, held: HeldVote[]): VoteResource {
  return {
    status: vote.status,
    secrecy: vote.secrecy as VoteResource["secrecy"],
    results: vote.results as VoteResource["results"],
    holdsVote: held.length > 0,
    hasVoted: held.length > 0 && held.every((row) => row.cast),
  };
}

/** The votes the viewer holds in this vote, and whether each is cast (one statement). */
async function heldBy(db: Db, voteId: string, actor: Actor | undefined): Promise<HeldVote[]> {
  if (!actor) return [];
  const rows = await db.voteVoter.findMany({
    where: { voteId, userId: actor.id },
    select: { voterKey: true, associationId: true, name: true, participation: { select: { voterKey: true } } },
    orderBy: { name: "asc" },
    relationLoadStrategy: "join",
  });
  return rows.map((row) => ({
    voterKey: row.voterKey,
    associationId: row.associationId,
    name: row.name,
    cast: row.participation !== null,
  }));
}

/** One vote as the viewer may see it: the figures only when the policy shows them, and abilities. */
export async function readVote(db: Db, actor: Actor | undefined, id: string): Promise<VoteDetail> {
  const vote = await loadVote(db, id);
  if (!vote) throw new AppError("NOT_FOUND");
  const [held, counted] = await Promise.all([heldBy(db, id, actor), figures(db, vote)]);
  const resource = resourceOf(vote, held);
  const denied = denial(actor, "read", resource);
  if (denied) throw new AppError(denied);
  return {
    ...summaryOf(vote, counted.cast),
    description: vote.description,
    descriptionHtml: vote.descriptionHtml,
    options: vote.options,
    maxChoices: vote.maxChoices,
    electorate: vote.electorate as VoteDetail["electorate"],
    quorum: vote.quorum,
    majority: vote.majority as VoteDetail["majority"],
    results: vote.results as VoteDetail["results"],
    formal: vote.formal,
    createdAt: vote.createdAt.toISOString(),
    result: can(actor, "see_result", resource) ? counted.result : null,
    held,
    abilities: voteAbilities(actor, resource),
  };
}

/** What a watcher of the vote starts from (`vote:watch`). */
export async function watchSnapshot(db: Db, actor: Actor, id: string): Promise<VoteWatchSnapshot> {
  const detail = await readVote(db, actor, id);
  return {
    voteId: id,
    cast: detail.cast,
    electorateSize: detail.electorateSize,
    status: detail.status,
    result: detail.result,
  };
}

/** The live figures to broadcast for an open vote (count; the tally when shown live). */
export async function liveUpdate(db: Db, id: string) {
  const vote = await loadVote(db, id);
  if (vote?.status !== "open") return null;
  const counted = await liveFigures(db, vote);
  return { vote, ...counted };
}

/** A page of votes, newest first: open and closed ones for everyone, drafts and cancelled for moderators. */
export async function listVotes(
  db: Db,
  actor: Actor | undefined,
  query: { page: number; pageSize: number; status?: VoteStatus | undefined },
): Promise<VotePage> {
  const visible: VoteStatus[] = isModerator(actor) ? ["draft", "open", "closed", "cancelled"] : ["open", "closed"];
  const statuses = query.status ? visible.filter((status) => status === query.status) : visible;
  const where: Prisma.VoteWhereInput = { status: { in: statuses } };
  const { options: _options, ...summarySelect } = publicSelect;
  return paginate(
    query,
    (window) =>
      db.vote.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: { ...summarySelect, _count: { select: { participation: true } } },
      }),
    () => db.vote.count({ where }),
    (row) =>
      summaryOf(
        row,
        row.status === "closed" ? ((row.result as { cast?: number })?.cast ?? 0) : row._count.participation,
      ),
  );
}

/** The signed-in person's votes waiting for their ballot: open, held by them, not cast yet (two statements). */
export const votesAgenda: AgendaSource = async (db, actor) => {
  const rows = await db.voteVoter.findMany({
    where: { userId: actor.id, participation: null, vote: { status: "open" } },
    select: { associationId: true, vote: { select: { id: true, title: true, closesAt: true } } },
    orderBy: [{ vote: { closesAt: { sort: "asc", nulls: "last" } } }, { voteId: "asc" }],
  });
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.flatMap((row) => (row.associationId ? [row.associationId] : [])))];
  const associations = ids.length
    ? await db.association.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, nameAr: true, nameFr: true },
      })
    : [];
  const named = new Map(associations.map((row) => [row.id, row]));
  return rows.map(
    (row): AgendaItem => ({
      kind: "vote_to_cast",
      vote: { id: row.vote.id, title: row.vote.title, closesAt: row.vote.closesAt?.toISOString() ?? null },
      association: (row.associationId && named.get(row.associationId)) || null,
    }),
  );
};

/**
 * Counts a closed vote's stored ballots again and compares with the result published at its close
 * (moderators): a ballot added, removed or altered since shows as a mismatch.
 */
export async function recountVote(db: Db, actor: Actor, id: string): Promise<VoteRecount> {
  if (!isModerator(actor)) throw new AppError("FORBIDDEN");
  const [vote, ballots] = await Promise.all([
    db.vote.findUnique({ where: { id }, select: publicSelect }),
    db.voteBallot.findMany({ where: { voteId: id }, select: { choice: true } }),
  ]);
  if (!vote) throw new AppError("NOT_FOUND");
  if (vote.status !== "closed") throw new AppError("INVALID_STATE", { reason: "not_closed" });
  const published = vote.result as unknown as VoteResult;
  // Through JSON, as the published result was stored: the same numbers compare equal.
  const recounted = JSON.parse(
    JSON.stringify(
      tallyOf(
        vote,
        ballots.map((row) => row.choice as BallotChoice),
      ),
    ),
  ) as VoteResult;
  return { matches: isDeepStrictEqual(published, recounted), published, recounted };
}
