import type {
  ActionStatus,
  ActionUpdateView,
  AmendableField,
  AmendmentTargetKind,
  NamedRef,
  ProgrammeActionView,
  ProgrammeDetail,
  ProgrammePage,
  ProgrammeProgress,
  ProgrammeStatus,
  ProgrammeSummary,
} from "../../../common/programmes.js";
import type { VoteResult } from "../../../common/tally.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { type PageQuery, paginate } from "../../http/params.js";
import { readModel } from "../../read-models/cache.js";
import { wordDiff } from "../proposals/index.js";
import { namedRepresentations, programmeTags, resourceOf } from "./access.js";
import { programmeAbilities } from "./policy.js";
import { averageProgress, countByStatus, forumDay, isOverdue, progressOverTime } from "./progress.js";

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

type SummaryRow = {
  id: string;
  title: string;
  periodStart: Date;
  periodEnd: Date;
  status: ProgrammeStatus;
  decisionNumber: string | null;
  adoptedAt: Date | null;
  _count: { axes: number; actions: number };
};

function summaryOf(row: SummaryRow): ProgrammeSummary {
  return {
    id: row.id,
    title: row.title,
    periodStart: dayOf(row.periodStart),
    periodEnd: dayOf(row.periodEnd),
    status: row.status,
    decisionNumber: row.decisionNumber,
    adoptedAt: row.adoptedAt?.toISOString() ?? null,
    axisCount: row._count.axes,
    actionCount: row._count.actions,
  };
}

const summarySelect = {
  id: true,
  title: true,
  periodStart: true,
  periodEnd: true,
  status: true,
  decisionNumber: true,
  adoptedAt: true,
  _count: { select: { axes: true, actions: true } },
} as const;

/**
 * `GET /api/programmes`: the newest first, filtered by status; the page and its count (two statements).
 * Drafts are listed to moderators and to their committee only.
 */
export async function listProgrammes(
  db: Db,
  viewer: Actor | undefined,
  query: PageQuery & { status?: ProgrammeStatus | undefined },
): Promise<ProgrammePage> {
  const moderator = viewer?.role === "moderator" || viewer?.role === "admin";
  const visible: Prisma.ProgrammeWhereInput = moderator
    ? {}
    : {
        OR: [{ status: { not: "draft" } }, ...(viewer ? [{ committee: { some: { userId: viewer.id } } }] : [])],
      };
  const where: Prisma.ProgrammeWhereInput = { ...visible, ...(query.status ? { status: query.status } : {}) };
  return paginate(
    query,
    (window) => db.programme.findMany({ where, orderBy: { createdAt: "desc" }, select: summarySelect, ...window }),
    () => db.programme.count({ where }),
    summaryOf,
  );
}

type ActionRow = {
  id: string;
  axisId: string;
  position: number;
  title: string;
  objective: string;
  leadAssociationIds: string[];
  partners: string;
  startDate: Date;
  endDate: Date;
  budget: number | null;
  indicators: string[];
  status: ActionStatus;
  progress: number;
  droppedReason: string | null;
  lastUpdateAt: Date | null;
};

function actionOf(row: ActionRow, names: Map<string, string>, today: string, canUpdate: boolean): ProgrammeActionView {
  const endDate = dayOf(row.endDate);
  return {
    id: row.id,
    axisId: row.axisId,
    position: row.position,
    title: row.title,
    objective: row.objective,
    leads: row.leadAssociationIds.map((id) => ({ id, name: names.get(id) ?? "" })),
    partners: row.partners,
    startDate: dayOf(row.startDate),
    endDate,
    budget: row.budget,
    indicators: row.indicators,
    status: row.status,
    progress: row.progress,
    droppedReason: row.droppedReason,
    lastUpdateAt: row.lastUpdateAt?.toISOString() ?? null,
    overdue: isOverdue({ endDate, status: row.status }, today),
    canUpdate,
  };
}

/** The programme's document, amendments and the state of its votes: what every viewer sees alike. */
async function loadProgramme(db: Db, id: string) {
  const row = await db.programme.findUnique({
    where: { id },
    include: {
      _count: { select: { axes: true, actions: true } },
      committee: { select: { userId: true } },
      axes: { orderBy: { position: "asc" }, include: { actions: { orderBy: { position: "asc" } } } },
      amendments: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) return null;
  const associationIds = [
    ...new Set([
      ...row.axes.flatMap((axis) => axis.actions.flatMap((action) => action.leadAssociationIds)),
      ...row.amendments.map((amendment) => amendment.associationId),
    ]),
  ];
  const userIds = [
    ...new Set([...row.committee.map((m) => m.userId), ...row.amendments.map((amendment) => amendment.authorId)]),
  ];
  const voteIds = [
    ...(row.voteId ? [row.voteId] : []),
    ...row.axes.flatMap((axis) => (axis.voteId ? [axis.voteId] : [])),
    ...row.amendments.flatMap((amendment) => (amendment.voteId ? [amendment.voteId] : [])),
  ];
  const [associations, users, votes] = await Promise.all([
    db.association.findMany({ where: { id: { in: associationIds } }, select: { id: true, nameAr: true } }),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    voteIds.length > 0
      ? db.vote.findMany({ where: { id: { in: voteIds } }, select: { id: true, status: true, result: true } })
      : Promise.resolve([]),
  ]);
  return {
    row,
    names: new Map(associations.map((a) => [a.id, a.nameAr])),
    people: new Map(users.map((u) => [u.id, u.name])),
    votes: Object.fromEntries(
      votes.map((vote) => [
        vote.id,
        { id: vote.id, status: vote.status, outcome: (vote.result as VoteResult | null)?.outcome ?? null },
      ]),
    ),
  };
}

/**
 * `GET /api/programmes/:id`: the programme, its axes and actions (each flagged overdue from today),
 * the amendments with their word differences, its votes' states, and what the viewer may do. A draft
 * is read by its committee and moderators only. Four statements, five for a signed-in viewer.
 */
export async function readProgramme(db: Db, viewer: Actor | undefined, id: string): Promise<ProgrammeDetail> {
  const [loaded, mine] = await Promise.all([
    loadProgramme(db, id),
    viewer ? namedRepresentations(db, viewer.id) : Promise.resolve([]),
  ]);
  const represents = mine.map((association) => association.id);
  if (!loaded) throw new AppError("NOT_FOUND");
  const { row, names, people, votes } = loaded;
  const committeeIds = row.committee.map((m) => m.userId);
  const moderator = viewer?.role === "moderator" || viewer?.role === "admin";
  const committee = viewer !== undefined && committeeIds.includes(viewer.id);
  if (row.status === "draft" && !moderator && !committee) throw new AppError("NOT_FOUND");
  const resource = resourceOf(row.status, row.amendments, row.axes);
  const abilities = programmeAbilities(
    { role: viewer?.role ?? null, committee, representative: represents.length > 0, lead: false },
    resource,
  );
  const today = forumDay(new Date());
  const titles = new Map<string, string>([
    ...row.axes.map((axis) => [axis.id, axis.title] as const),
    ...row.axes.flatMap((axis) => axis.actions.map((action) => [action.id, action.title] as const)),
  ]);
  const named = (map: Map<string, string>, id: string): NamedRef => ({ id, name: map.get(id) ?? "" });
  return {
    ...summaryOf(row),
    introductionMd: row.introductionMd,
    introductionHtml: row.introductionHtml,
    assemblyId: row.assemblyId,
    voteId: row.voteId,
    decisionId: row.decisionId,
    committee: committeeIds.map((userId) => named(people, userId)),
    axes: row.axes.map((axis) => ({
      id: axis.id,
      position: axis.position,
      title: axis.title,
      descriptionMd: axis.descriptionMd,
      descriptionHtml: axis.descriptionHtml,
      state: axis.state,
      voteId: axis.voteId,
      actions: axis.actions.map((action) =>
        actionOf(
          action,
          names,
          today,
          row.status === "adopted" &&
            axis.state === "adopted" &&
            action.leadAssociationIds.some((lead) => represents.includes(lead)),
        ),
      ),
    })),
    amendments: row.amendments.map((amendment) => ({
      id: amendment.id,
      association: named(names, amendment.associationId),
      author: named(people, amendment.authorId),
      targetKind: amendment.targetKind as AmendmentTargetKind,
      targetId: amendment.targetId,
      targetTitle: amendment.targetId ? (titles.get(amendment.targetId) ?? null) : null,
      field: amendment.field as AmendableField,
      kind: amendment.kind as "full" | "passage",
      rationale: amendment.rationale,
      diff: wordDiff(amendment.baseText, amendment.newText),
      state: amendment.state,
      outdated: amendment.outdated,
      voteId: amendment.voteId,
      createdAt: amendment.createdAt.toISOString(),
    })),
    votes,
    represents: mine,
    abilities,
  };
}

/** The followed programme's rows, kept in memory: dropped at each update's commit. */
function loadFollowUp(db: Db, id: string) {
  return readModel(db, `programme-progress:${id}`, [...programmeTags(id), "associations"], async () => {
    const row = await db.programme.findUnique({
      where: { id },
      include: {
        axes: {
          where: { state: "adopted" },
          orderBy: { position: "asc" },
          include: {
            actions: {
              orderBy: { position: "asc" },
              include: { updates: { orderBy: { createdAt: "asc" } } },
            },
          },
        },
      },
    });
    if (row?.status !== "adopted") return null;
    const actions = row.axes.flatMap((axis) => axis.actions);
    const updates = actions.flatMap((action) => action.updates);
    const [associations, users] = await Promise.all([
      db.association.findMany({
        where: {
          id: {
            in: [...new Set([...actions.flatMap((a) => a.leadAssociationIds), ...updates.map((u) => u.associationId)])],
          },
        },
        select: { id: true, nameAr: true },
      }),
      db.user.findMany({
        where: { id: { in: [...new Set(updates.map((u) => u.authorId))] } },
        select: { id: true, name: true },
      }),
    ]);
    return {
      row,
      names: new Map(associations.map((a) => [a.id, a.nameAr])),
      people: new Map(users.map((u) => [u.id, u.name])),
    };
  });
}

/**
 * `GET /api/programmes/:id/progress`: the public follow-up of an adopted programme, its figures by
 * axis, by status and month by month, and each action's history. Read from memory after the first
 * reader (three statements then); overdue flags and the months are computed per request from today.
 */
export async function readProgress(db: Db, id: string, now = new Date()): Promise<ProgrammeProgress> {
  const loaded = await loadFollowUp(db, id);
  if (!loaded) throw new AppError("NOT_FOUND");
  const { row, names, people } = loaded;
  const today = forumDay(now);
  const actions = row.axes.flatMap((axis) =>
    axis.actions.map((action) => ({
      ...actionOf(action, names, today, false),
      axisTitle: axis.title,
      history: action.updates.map(
        (update): ActionUpdateView => ({
          id: update.id,
          actionId: update.actionId,
          association: { id: update.associationId, name: names.get(update.associationId) ?? "" },
          author: { id: update.authorId, name: people.get(update.authorId) ?? "" },
          status: update.status,
          progress: update.progress,
          note: update.note,
          droppedReason: update.droppedReason,
          createdAt: update.createdAt.toISOString(),
        }),
      ),
    })),
  );
  // The months of the programme's period so far (its actions may have begun before the assembly adopted it).
  const start = dayOf(row.periodStart);
  return {
    id: row.id,
    title: row.title,
    periodStart: dayOf(row.periodStart),
    periodEnd: dayOf(row.periodEnd),
    decisionNumber: row.decisionNumber,
    progress: averageProgress(actions),
    byStatus: countByStatus(actions),
    overdue: actions.filter((action) => action.overdue).length,
    byAxis: row.axes.map((axis) => {
      const own = actions.filter((action) => action.axisId === axis.id);
      return {
        id: axis.id,
        title: axis.title,
        progress: averageProgress(own),
        actions: own.length,
        done: own.filter((action) => action.status === "done").length,
        overdue: own.filter((action) => action.overdue).length,
      };
    }),
    overTime: progressOverTime(
      actions.map((action) => action.id),
      actions.flatMap((action) =>
        action.history.map((update) => ({
          actionId: update.actionId,
          day: forumDay(new Date(update.createdAt)),
          status: update.status,
          progress: update.progress,
        })),
      ),
      start < today ? start : today,
      today,
    ),
    actions,
  };
}
