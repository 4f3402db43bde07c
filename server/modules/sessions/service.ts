import type { Paginated, PersonName, Role } from "../../../common/api.js";
import {
  type CreateSessionInput,
  initialState,
  type LiveState,
  type SessionCommand,
  type SessionDetail,
  type SessionEvent,
  type SessionEventBody,
  type SessionJoinAnswer,
  type SessionMinutes,
  type SessionSummary,
  type UpdateSessionInput,
} from "../../../common/sessions.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { type PageQuery, paginate } from "../../http/params.js";
import { renderMarkdown } from "../../markdown/render.js";
import { readModel } from "../../read-models/cache.js";
import { writeAudit } from "../audit/index.js";
import { type CommandActor, decide, type SystemCommand } from "./commands.js";
import { buildMinutes } from "./minutes.js";
import { abilitiesOf, actDenial, mayCreateSessions, readDenial, roleIn, type SessionRole } from "./policy.js";
import { timersOf } from "./timers.js";

/** Whoever reads or acts: a signed-in person, or nobody (a public session's anonymous reader). */
export type Reader = { id: string; name: string; role: Role } | null;

export const roomOfLiveSession = (sessionId: string) => `live-session:${sessionId}`;
/** How many events a client may catch up on before it is sent a snapshot instead. */
const CATCH_UP_MAX = 500;

type SessionRow = Awaited<ReturnType<typeof loadRow>>;

function loadRow(db: Db | Tx, id: string) {
  return db.liveSession.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      descriptionMd: true,
      descriptionHtml: true,
      debateId: true,
      proposalIds: true,
      scheduledAt: true,
      visibility: true,
      status: true,
      moderatorIds: true,
      seq: true,
      state: true,
      startedAt: true,
      endedAt: true,
      minutesApprovedAt: true,
    },
  });
}

/** A session's row and its moderators' names, kept in memory until its next change. */
function cachedSession(db: Db, id: string) {
  return readModel(db, `session:${id}`, [`session:${id}`], async () => {
    const row = await loadRow(db, id);
    if (!row) return null;
    const moderators = await namesOf(db, row.moderatorIds);
    return { row, moderators };
  });
}

async function namesOf(db: Db | Tx, ids: readonly string[]): Promise<PersonName[]> {
  if (ids.length === 0) return [];
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  return ids.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : []));
}

/** Whether a person belongs to an active member association (who takes part in members' sessions). */
async function isActiveMember(db: Db | Tx, userId: string): Promise<boolean> {
  const row = await db.associationMember.findFirst({
    where: { userId, association: { status: "active" } },
    select: { userId: true },
  });
  return row !== null;
}

/** The reader's role in a session (one statement at most: the membership, when it decides). */
export async function roleOf(
  db: Db | Tx,
  session: { moderatorIds: readonly string[]; visibility: "members" | "public" },
  reader: Reader,
): Promise<SessionRole> {
  if (!reader) return roleIn(session, null);
  if (reader.role === "admin" || session.moderatorIds.includes(reader.id) || reader.role === "moderator") {
    return roleIn(session, { ...reader, activeMember: false });
  }
  return roleIn(session, { ...reader, activeMember: await isActiveMember(db, reader.id) });
}

function presentSummary(row: NonNullable<SessionRow>, moderators: PersonName[]): SessionSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    visibility: row.visibility,
    scheduledAt: row.scheduledAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    moderators,
    minutesApproved: row.minutesApprovedAt !== null,
  };
}

function presentDetail(row: NonNullable<SessionRow>, moderators: PersonName[], role: SessionRole): SessionDetail {
  return {
    ...presentSummary(row, moderators),
    descriptionMd: row.descriptionMd,
    descriptionHtml: row.descriptionHtml,
    debateId: row.debateId,
    proposalIds: row.proposalIds,
    abilities: abilitiesOf(role, row.status, row.minutesApprovedAt !== null),
  };
}

/** Creates a scheduled session; its author is one of its moderators. Platform moderators and admins only. */
export async function createSession(
  db: Db,
  actor: NonNullable<Reader>,
  input: CreateSessionInput,
): Promise<SessionDetail> {
  if (!mayCreateSessions(actor.role)) throw new AppError("FORBIDDEN");
  const moderatorIds = [...new Set([actor.id, ...(input.moderatorIds ?? [])])];
  const id = await inTransaction(db, async (tx) => {
    const found = await tx.user.count({ where: { id: { in: moderatorIds } } });
    if (found !== moderatorIds.length) {
      throw new AppError("VALIDATION_FAILED", { fields: [{ path: "moderatorIds", reason: "unknown_user" }] });
    }
    const proposalIds = [
      ...new Set([...(input.proposalIds ?? []), ...(input.agenda ?? []).flatMap((item) => item.proposalId ?? [])]),
    ];
    if ((await tx.proposal.count({ where: { id: { in: proposalIds } } })) !== proposalIds.length) {
      throw new AppError("VALIDATION_FAILED", { fields: [{ path: "agenda", reason: "unknown_proposal" }] });
    }
    const state: LiveState = {
      ...initialState({
        ...(input.speakerSeconds !== undefined ? { speakerSeconds: input.speakerSeconds } : {}),
        ...(input.quorumShare !== undefined ? { quorumShare: input.quorumShare } : {}),
      }),
      agenda: (input.agenda ?? []).map((item) => ({
        id: crypto.randomUUID(),
        title: item.title,
        budgetMinutes: item.budgetMinutes,
        proposalId: item.proposalId ?? null,
        startedAt: null,
        endedAt: null,
        notesMd: "",
      })),
    };
    const row = await tx.liveSession.create({
      data: {
        title: input.title,
        descriptionMd: input.descriptionMd ?? "",
        descriptionHtml: renderMarkdown(input.descriptionMd ?? ""),
        debateId: input.debateId ?? null,
        proposalIds: input.proposalIds ?? [],
        scheduledAt: new Date(input.scheduledAt),
        visibility: input.visibility ?? "members",
        moderatorIds,
        state: state as unknown as Prisma.InputJsonValue,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "session.created",
      targetType: "live_session",
      targetId: row.id,
      data: { title: input.title, scheduledAt: input.scheduledAt, agendaItems: state.agenda.length },
    });
    publishAfterCommit(tx, { type: "session:created", stale: ["sessions"] });
    return row.id;
  });
  return readSession(db, actor, id);
}

const listSelect = {
  id: true,
  title: true,
  descriptionMd: true,
  descriptionHtml: true,
  debateId: true,
  proposalIds: true,
  scheduledAt: true,
  visibility: true,
  status: true,
  moderatorIds: true,
  seq: true,
  startedAt: true,
  endedAt: true,
  minutesApprovedAt: true,
} as const;

/** Sessions the reader may see, by group (upcoming: scheduled or lobby; live: or paused; ended), a page at a time. */
export async function listSessions(
  db: Db,
  reader: Reader,
  query: PageQuery & { status?: "upcoming" | "live" | "ended" | undefined },
): Promise<Paginated<SessionSummary>> {
  const statuses = {
    upcoming: ["scheduled", "open"],
    live: ["live", "paused"],
    ended: ["ended"],
  } as const;
  const seesMembers = reader !== null && (reader.role !== "member" || (await isActiveMember(db, reader.id)));
  const where: Prisma.LiveSessionWhereInput = {
    ...(query.status ? { status: { in: [...statuses[query.status]] } } : {}),
    ...(seesMembers ? {} : { visibility: "public" }),
  };
  const page = await paginate(
    query,
    (window) =>
      db.liveSession.findMany({
        where,
        orderBy: [{ scheduledAt: query.status === "ended" ? "desc" : "asc" }, { id: "asc" }],
        select: listSelect,
        ...window,
      }),
    () => db.liveSession.count({ where }),
    (row) => row,
  );
  const names = new Map(
    (await namesOf(db, [...new Set(page.items.flatMap((row) => row.moderatorIds))])).map((p) => [p.id, p]),
  );
  return {
    ...page,
    items: page.items.map((row) =>
      presentSummary(
        { ...row, state: null } as NonNullable<SessionRow>,
        row.moderatorIds.flatMap((id) => names.get(id) ?? []),
      ),
    ),
  };
}

/**
 * A moderator changes a session's details (title, description, time, visibility) before it ends; the
 * audit log keeps what each field was and became.
 */
export async function updateSession(
  db: Db,
  actor: NonNullable<Reader>,
  id: string,
  input: UpdateSessionInput,
): Promise<SessionDetail> {
  await inTransaction(db, async (tx) => {
    await tx.$queryRaw`SELECT id FROM live_sessions WHERE id = ${id}::uuid FOR UPDATE`;
    const row = await loadRow(tx, id);
    if (!row) throw new AppError("NOT_FOUND");
    if ((await roleOf(tx, row, actor)) !== "moderator") throw new AppError("FORBIDDEN");
    if (row.status === "ended") throw new AppError("INVALID_STATE", { reason: "status_ended" });
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const data: Prisma.LiveSessionUpdateInput = {};
    if (input.title !== undefined && input.title !== row.title) {
      [before.title, after.title, data.title] = [row.title, input.title, input.title];
    }
    if (input.descriptionMd !== undefined && input.descriptionMd !== row.descriptionMd) {
      [before.descriptionMd, after.descriptionMd] = [row.descriptionMd, input.descriptionMd];
      data.descriptionMd = input.descriptionMd;
      data.descriptionHtml = renderMarkdown(input.descriptionMd);
    }
    if (input.scheduledAt !== undefined && Date.parse(input.scheduledAt) !== row.scheduledAt.getTime()) {
      [before.scheduledAt, after.scheduledAt] = [row.scheduledAt.toISOString(), input.scheduledAt];
      data.scheduledAt = new Date(input.scheduledAt);
    }
    if (input.visibility !== undefined && input.visibility !== row.visibility) {
      [before.visibility, after.visibility, data.visibility] = [row.visibility, input.visibility, input.visibility];
    }
    if (Object.keys(after).length === 0) return;
    await tx.liveSession.update({ where: { id }, data });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "session.updated",
      targetType: "live_session",
      targetId: id,
      data: { title: input.title ?? row.title, before, after },
    });
    publishAfterCommit(tx, { type: "session:updated", stale: [`session:${id}`, "sessions"] });
  });
  return readSession(db, actor, id);
}

async function visibleSession(db: Db, reader: Reader, id: string) {
  const cached = await cachedSession(db, id);
  if (!cached) throw new AppError("NOT_FOUND");
  const role = await roleOf(db, cached.row, reader);
  const denied = readDenial(role);
  if (denied) throw new AppError(denied === "FORBIDDEN" && !reader ? "UNAUTHENTICATED" : denied);
  return { ...cached, role };
}

/** A session's details with what the reader may do. */
export async function readSession(db: Db, reader: Reader, id: string): Promise<SessionDetail> {
  const { row, moderators, role } = await visibleSession(db, reader, id);
  return presentDetail(row, moderators, role);
}

/**
 * What a client joining (or coming back) needs: the events after `since` when it has applied that
 * many and few are missing, otherwise the whole state with its sequence number and the server's clock.
 */
export async function joinSession(
  db: Db,
  reader: Reader,
  id: string,
  since: number | undefined,
): Promise<SessionJoinAnswer> {
  const { row, moderators, role } = await visibleSession(db, reader, id);
  const serverNow = new Date().toISOString();
  if (since !== undefined && row.seq - since <= CATCH_UP_MAX) {
    const events = await db.liveSessionEvent.findMany({
      where: { sessionId: id, seq: { gt: since } },
      orderBy: { seq: "asc" },
    });
    // The cached row may be older than the events stored: whatever was stored since is sent too.
    return { kind: "events", events: events.map(presentEvent), serverNow };
  }
  return {
    kind: "snapshot",
    session: presentDetail(row, moderators, role),
    seq: row.seq,
    state: row.state as unknown as LiveState,
    serverNow,
    me: reader ? { id: reader.id, name: reader.name } : { id: "", name: "" },
  };
}

function presentEvent(row: { seq: number; type: string; payload: unknown; at: Date }): SessionEvent {
  return { seq: row.seq, at: row.at.toISOString(), type: row.type, payload: row.payload } as SessionEvent;
}

/**
 * Runs one command on a session in one transaction: the row is locked, the policy checked, the
 * command decided against the stored state, each event stored with the next sequence number and the
 * state written beside it; the events go to the session's room after the commit. A speaker's
 * deadline is (re)scheduled from the state committed.
 */
export async function actOnSession(
  db: Db,
  reader: NonNullable<Reader> | "system",
  id: string,
  command: SessionCommand | SystemCommand,
  now = new Date(),
): Promise<{ seq: number; state: LiveState }> {
  const result = await inTransaction(db, async (tx) => {
    await tx.$queryRaw`SELECT id FROM live_sessions WHERE id = ${id}::uuid FOR UPDATE`;
    const row = await loadRow(tx, id);
    if (!row) throw new AppError("NOT_FOUND");
    const state = row.state as unknown as LiveState;
    let actor: CommandActor = "system";
    if (reader !== "system") {
      if (command.action === "time_up") throw new AppError("FORBIDDEN");
      const role = await roleOf(tx, row, reader);
      const onOther =
        (command.action === "check_in" || command.action === "check_out") &&
        command.userId !== undefined &&
        command.userId !== reader.id;
      const denied = actDenial(role, command.action, state.status, onOther);
      if (denied)
        throw new AppError(denied, denied === "INVALID_STATE" ? { reason: `status_${state.status}` } : undefined);
      actor = { id: reader.id, name: reader.name, moderator: role === "moderator", role: reader.role };
    }
    if (command.action === "notes" && row.minutesApprovedAt)
      throw new AppError("INVALID_STATE", { reason: "minutes_approved" });
    const decided = await decide(tx, { sessionId: id, state, actor, now }, command);
    if (decided.events.length === 0) return { seq: row.seq, state };
    if (command.action === "agenda" && actor !== "system") {
      const titles = (agenda: LiveState["agenda"]) => agenda.map((item) => item.title);
      await writeAudit(tx, {
        actorId: actor.id,
        action: "session.agenda_changed",
        targetType: "live_session",
        targetId: id,
        data: { title: row.title, before: titles(state.agenda), after: titles(decided.state.agenda) },
      });
    }
    await appendEvents(tx, row, decided.events, decided.state, actor === "system" ? null : actor.id, now);
    return { seq: row.seq + decided.events.length, state: decided.state };
  });
  timersOf(db)?.sync(id, result.state);
  return result;
}

async function appendEvents(
  tx: Tx,
  row: NonNullable<SessionRow>,
  bodies: SessionEventBody[],
  state: LiveState,
  actorId: string | null,
  now: Date,
) {
  const events = bodies.map(
    (body, index) => ({ ...body, seq: row.seq + index + 1, at: now.toISOString() }) as SessionEvent,
  );
  await tx.liveSessionEvent.createMany({
    data: events.map((event) => ({
      sessionId: row.id,
      seq: event.seq,
      type: event.type,
      payload: event.payload as unknown as Prisma.InputJsonValue,
      actorId,
      at: now,
    })),
  });
  const ended = state.status === "ended" && row.status !== "ended";
  const seq = row.seq + events.length;
  await tx.liveSession.update({
    where: { id: row.id },
    data: {
      seq,
      state: state as unknown as Prisma.InputJsonValue,
      status: state.status,
      ...(state.status === "live" && !row.startedAt ? { startedAt: now } : {}),
      ...(ended ? { endedAt: now } : {}),
    },
  });
  if (state.status === "ended") {
    await writeMinutes(tx, { ...row, endedAt: row.endedAt ?? now, startedAt: row.startedAt ?? null }, state);
  }
  for (const event of events) {
    publishAfterCommit(tx, {
      type: `session:${event.type}`,
      stale: [`session:${row.id}`, ...(event.type.startsWith("session.") ? ["sessions"] : [])],
      broadcast: { rooms: [roomOfLiveSession(row.id)], event: "session:event", payload: event },
    });
  }
}

/** Writes the minutes' draft from every event of the session (at the end, and after each note). */
async function writeMinutes(tx: Tx, row: NonNullable<SessionRow>, state: LiveState) {
  const events = await tx.liveSessionEvent.findMany({ where: { sessionId: row.id }, orderBy: { seq: "asc" } });
  const moderators = await namesOf(tx, row.moderatorIds);
  const markdown = buildMinutes(
    { ...row, moderators: moderators.map((person) => person.name) },
    state,
    events.map(presentEvent),
  );
  await tx.liveSession.update({
    where: { id: row.id },
    data: { minutesMd: markdown, minutesHtml: renderMarkdown(markdown), minutesGeneratedAt: new Date() },
  });
}

/** The minutes of an ended session, with whether the reader may approve them. */
export async function readMinutes(db: Db, reader: Reader, id: string): Promise<SessionMinutes> {
  const { role } = await visibleSession(db, reader, id);
  const row = await db.liveSession.findUnique({
    where: { id },
    select: {
      title: true,
      status: true,
      minutesMd: true,
      minutesHtml: true,
      minutesGeneratedAt: true,
      minutesApprovedAt: true,
      minutesApprovedById: true,
    },
  });
  if (row?.status !== "ended" || row.minutesMd === null) throw new AppError("NOT_FOUND");
  const approvedBy = row.minutesApprovedById ? ((await namesOf(db, [row.minutesApprovedById]))[0] ?? null) : null;
  const open = role === "moderator" && !row.minutesApprovedAt;
  return {
    sessionId: id,
    title: row.title,
    markdown: row.minutesMd,
    html: row.minutesHtml ?? "",
    generatedAt: (row.minutesGeneratedAt ?? new Date()).toISOString(),
    approvedAt: row.minutesApprovedAt?.toISOString() ?? null,
    approvedBy,
    abilities: { approve: open, regenerate: open },
  };
}

/** A moderator approves the minutes: from then on they are frozen (notes and regeneration refused). */
export async function approveMinutes(db: Db, reader: NonNullable<Reader>, id: string): Promise<SessionMinutes> {
  await inTransaction(db, async (tx) => {
    const row = await loadRow(tx, id);
    if (!row) throw new AppError("NOT_FOUND");
    if ((await roleOf(tx, row, reader)) !== "moderator") throw new AppError("FORBIDDEN");
    if (row.status !== "ended") throw new AppError("INVALID_STATE", { reason: "not_ended" });
    const done = await tx.liveSession.updateMany({
      where: { id, minutesApprovedAt: null, minutesMd: { not: null } },
      data: { minutesApprovedAt: new Date(), minutesApprovedById: reader.id },
    });
    if (done.count === 0) throw new AppError("INVALID_STATE", { reason: "minutes_approved" });
    await writeAudit(tx, {
      actorId: reader.id,
      action: "session.minutes_approved",
      targetType: "live_session",
      targetId: id,
      data: { title: row.title },
    });
    publishAfterCommit(tx, { type: "session:minutes_approved", stale: [`session:${id}`, "sessions"] });
  });
  return readMinutes(db, reader, id);
}

/** Live sessions with a speaker's deadline to watch (at the start, after a restart). */
export async function sessionsWithFloor(db: Db): Promise<{ id: string; state: LiveState }[]> {
  const rows = await db.liveSession.findMany({ where: { status: "live" }, select: { id: true, state: true } });
  return rows.map((row) => ({ id: row.id, state: row.state as unknown as LiveState }));
}
