import type { Paginated } from "../../../common/api.js";
import type {
  AmendmentState,
  ProposalAmendment,
  ProposalDetail,
  ProposalState,
  ProposalSummary,
  ProposalVersion,
  ProposalVersionDiff,
} from "../../../common/proposals.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { paginate } from "../../http/params.js";
import { activeRepresentations, policyActor, relations } from "./access.js";
import { wordDiff } from "./diff.js";
import { amendmentDenial, proposalAbilities, proposalDenial } from "./policy.js";
import type { ProposalSettings } from "./service.js";

const associationSelect = { select: { id: true, slug: true, nameAr: true, nameFr: true } } as const;
const personSelect = { select: { id: true, name: true } } as const;

const summarySelect = {
  id: true,
  title: true,
  state: true,
  categoryId: true,
  currentVersion: true,
  submittedAt: true,
  updatedAt: true,
  association: associationSelect,
  _count: { select: { sponsors: true } },
} satisfies Prisma.ProposalSelect;

type SummaryRow = Prisma.ProposalGetPayload<{ select: typeof summarySelect }>;

function presentSummary(row: SummaryRow): ProposalSummary {
  return {
    id: row.id,
    title: row.title,
    state: row.state,
    association: row.association,
    categoryId: row.categoryId,
    sponsorCount: row._count.sponsors,
    currentVersion: row.currentVersion,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Proposals, most recently changed first, filtered by state, category and author association. Drafts
 * are listed only to the representatives of their association.
 */
export async function listProposals(
  db: Db,
  viewer: Actor | undefined,
  query: {
    state?: ProposalState | undefined;
    category?: string | undefined;
    association?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Paginated<ProposalSummary>> {
  const mine = viewer ? await activeRepresentations(db, viewer.id) : [];
  const where: Prisma.ProposalWhereInput = {
    ...(query.state ? { state: query.state } : {}),
    ...(query.category ? { categoryId: query.category } : {}),
    ...(query.association ? { associationId: query.association } : {}),
    OR: [{ state: { not: "draft" } }, { associationId: { in: mine } }],
  };
  return paginate(
    query,
    (window) =>
      db.proposal.findMany({
        relationLoadStrategy: "join",
        where,
        select: summarySelect,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        ...window,
      }),
    () => db.proposal.count({ where }),
    presentSummary,
  );
}

const detailInclude = {
  association: associationSelect,
  createdBy: personSelect,
  sponsors: { include: { association: associationSelect, signedBy: personSelect }, orderBy: { signedAt: "asc" } },
  transitions: { include: { actor: personSelect }, orderBy: [{ at: "asc" }, { id: "asc" }] },
  versions: { select: { number: true, createdAt: true, amendmentId: true, bodyMd: true }, orderBy: { number: "asc" } },
  amendments: {
    include: { association: associationSelect, author: personSelect, version: { select: { number: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  _count: { select: { sponsors: true } },
} satisfies Prisma.ProposalInclude;

/** A proposal with its text, sponsors, timeline, versions and amendments, and what the viewer may do. */
export async function readProposal(
  db: Db,
  settings: ProposalSettings,
  viewer: Actor | undefined,
  id: string,
): Promise<ProposalDetail> {
  const [row, mine] = await Promise.all([
    db.proposal.findUnique({ relationLoadStrategy: "join", where: { id }, include: detailInclude }),
    viewer ? activeRepresentations(db, viewer.id) : Promise.resolve([]),
  ]);
  if (!row) throw new AppError("NOT_FOUND");
  // The register's record of its main vote, once closed.
  const decision =
    row.voteId && (row.state === "adopted" || row.state === "rejected")
      ? await db.decisionRecord.findUnique({ where: { voteId: row.voteId }, select: { id: true, number: true } })
      : null;
  const represented = relations(
    mine,
    row.associationId,
    row.sponsors.map((s) => s.associationId),
  );
  const role = viewer?.role ?? "member";
  const actor = policyActor(role, represented);
  const resource = {
    state: row.state,
    sponsorCount: row.sponsors.length,
    minSponsors: settings.minSponsors,
    amendmentsInVote: row.amendments.filter((a) => a.state === "in_vote").length,
  };
  const denied = proposalDenial(actor, "read", resource);
  if (denied) throw new AppError(denied);
  const textOf = new Map(row.versions.map((v) => [v.number, v.bodyMd]));
  const amendments: ProposalAmendment[] = row.amendments.map((a) => {
    const allowed = (action: "accept" | "reject" | "put_to_vote") =>
      viewer !== undefined && amendmentDenial(actor, action, row.state, a.state as AmendmentState) === null;
    return {
      id: a.id,
      proposalId: a.proposalId,
      association: a.association,
      author: a.author,
      kind: a.kind as "full" | "passage",
      passage: a.passage,
      replacement: a.replacement,
      baseVersion: a.baseVersion,
      rationale: a.rationale,
      state: a.state,
      diff: wordDiff(textOf.get(a.baseVersion) ?? "", a.newBodyMd),
      voteId: a.voteId,
      decidedAt: a.decidedAt?.toISOString() ?? null,
      decisionReason: a.decisionReason,
      resultVersion: a.version?.number ?? null,
      createdAt: a.createdAt.toISOString(),
      abilities: { accept: allowed("accept"), reject: allowed("reject"), putToVote: allowed("put_to_vote") },
    };
  });
  const abilities = viewer ? proposalAbilities(role, represented, resource) : proposalAbilities("member", [], resource);
  return {
    ...presentSummary(row),
    bodyMd: row.bodyMd,
    bodyHtml: row.bodyHtml,
    createdBy: row.createdBy,
    inadmissibleReason: row.inadmissibleReason,
    debateId: row.debateId,
    voteId: row.voteId,
    decision,
    minSponsors: settings.minSponsors,
    sponsors: row.sponsors.map((s) => ({
      association: s.association,
      signedBy: s.signedBy,
      signedAt: s.signedAt.toISOString(),
    })),
    transitions: row.transitions.map((t) => ({
      id: t.id,
      from: t.fromState,
      to: t.toState,
      actor: t.actor,
      reason: t.reason,
      at: t.at.toISOString(),
    })),
    versions: row.versions.map((v) => ({
      number: v.number,
      createdAt: v.createdAt.toISOString(),
      amendmentId: v.amendmentId,
    })),
    amendments,
    abilities: viewer ? abilities : { ...abilities, signAs: [], unsignAs: [], amendAs: [] },
  };
}

/** Whether the viewer may see the proposal (drafts: its association's representatives only). */
async function ensureVisible(db: Db, viewer: Actor | undefined, id: string): Promise<void> {
  const row = await db.proposal.findUnique({ where: { id }, select: { state: true, associationId: true } });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.state !== "draft") return;
  const mine = viewer ? await activeRepresentations(db, viewer.id) : [];
  if (!mine.includes(row.associationId)) throw new AppError("NOT_FOUND");
}

/** One version of the text. */
export async function readVersion(
  db: Db,
  viewer: Actor | undefined,
  id: string,
  number: number,
): Promise<ProposalVersion> {
  await ensureVisible(db, viewer, id);
  const version = await db.proposalVersion.findUnique({ where: { proposalId_number: { proposalId: id, number } } });
  if (!version) throw new AppError("NOT_FOUND");
  return {
    number: version.number,
    createdAt: version.createdAt.toISOString(),
    amendmentId: version.amendmentId,
    bodyMd: version.bodyMd,
    bodyHtml: version.bodyHtml,
  };
}

/** The word-level difference between two versions of the text. */
export async function diffVersions(
  db: Db,
  viewer: Actor | undefined,
  id: string,
  from: number,
  to: number,
): Promise<ProposalVersionDiff> {
  await ensureVisible(db, viewer, id);
  const rows = await db.proposalVersion.findMany({
    where: { proposalId: id, number: { in: [from, to] } },
    select: { number: true, bodyMd: true },
  });
  const before = rows.find((r) => r.number === from);
  const after = rows.find((r) => r.number === to);
  if (!before || !after) throw new AppError("NOT_FOUND");
  return { from, to, parts: wordDiff(before.bodyMd, after.bodyMd) };
}
