/** Debates and replies: writing them, reading the page, the branches, revisions and visits. */
import type { Paginated } from "../../../common/api.js";
import type {
  DebateCreateInput,
  DebateList,
  DebatePage,
  DebateSort,
  DebateStatus,
  DebateUpdateInput,
  EndorsementState,
  MentionCandidate,
  ReplyBranch,
  ReplyCreateInput,
  ReplyNode,
  ReplyUpdateInput,
  RevisionList,
  VisitState,
} from "../../../common/debates.js";
import { BRANCH_DEPTH, BRANCH_LIMIT, FIRST_CHILDREN, REPLY_PAGE_SIZE } from "../../../common/debates.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { JsonAnswer } from "../../http/handler.js";
import { renderMarkdown } from "../../markdown/render.js";
import { readModel } from "../../read-models/cache.js";
import { searchDocument } from "../../search/document.js";
import { escapeLike } from "../../search/like.js";
import { notify } from "../notifications/index.js";
import { lockDebate, mentioned, openDebateFor, openReplyFor, refuse, writingFor } from "./access.js";
import { announceDebate, announceEndorsement, announceReply, debateTag } from "./events.js";
import { repliesJson } from "./page-answer.js";
import { debateDenial, isModerator, replyDenial } from "./policy.js";
import {
  buildTree,
  type DebateRecord,
  debateInclude,
  debateRecord,
  debateResource,
  nobody,
  presentDebate,
  presentDebateSummary,
  presentLiveReply,
  presentReply,
  type ReaderState,
  type ReplyRecord,
  replyState,
} from "./presenter.js";
import {
  childPath,
  loadBranch,
  loadReader,
  loadReply,
  loadReplyPage,
  loadSummary,
  loadUnreadCounts,
} from "./records.js";

/** What a debate's search document holds: its title and its body. */
export const debateSearchText = (title: string, bodyMd: string) => searchDocument(title, bodyMd);
/** What a reply's search document holds: its body. */
export const replySearchText = (bodyMd: string) => searchDocument(bodyMd);

/** Tag names to the ids of their rows, made when new. */
async function tagIds(tx: Tx, names: readonly string[]): Promise<string[]> {
  const unique = [...new Set(names)];
  if (unique.length === 0) return [];
  await tx.debateTag.createMany({ data: unique.map((name) => ({ name })), skipDuplicates: true });
  const rows = await tx.debateTag.findMany({ where: { name: { in: unique } }, select: { id: true } });
  return rows.map((row) => row.id);
}

async function assertCategory(tx: Tx, categoryId: string | null): Promise<void> {
  if (categoryId === null) return;
  const found = await tx.debateCategory.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!found) throw new AppError("VALIDATION_FAILED", { fields: [{ path: "categoryId", reason: "not_found" }] });
}

type OpenInput = {
  title: string;
  bodyMd: string;
  authorId: string;
  associationId: string | null;
  categoryId: string | null;
  tags?: readonly string[];
  subject?: { kind: "proposal" | "session"; id: string };
};

/** Writes a debate's row, its tags, and announces it (no check: callers have made theirs). */
async function insertDebate(tx: Tx, input: OpenInput): Promise<DebateRecord> {
  const row = await tx.debate.create({
    data: {
      title: input.title,
      bodyMd: input.bodyMd,
      bodyHtml: renderMarkdown(input.bodyMd),
      authorId: input.authorId,
      associationId: input.associationId,
      categoryId: input.categoryId,
      subjectKind: input.subject?.kind ?? null,
      subjectId: input.subject?.id ?? null,
      searchText: debateSearchText(input.title, input.bodyMd),
    },
    select: { id: true },
  });
  const tags = await tagIds(tx, input.tags ?? []);
  if (tags.length > 0) await tx.debateTagLink.createMany({ data: tags.map((tagId) => ({ debateId: row.id, tagId })) });
  const record = debateRecord(await tx.debate.findUniqueOrThrow({ where: { id: row.id }, include: debateInclude }));
  announceDebate(tx, record);
  return record;
}

/**
 * Opens a debate about another module's record (a proposal, a live session), inside that module's
 * transaction: no policy check here, the caller has decided. Its page is `/debates/<id>`.
 */
export async function openDebate(tx: Tx, input: OpenInput): Promise<{ id: string }> {
  const record = await insertDebate(tx, input);
  return { id: record.id };
}

/** A member opens a debate, personally or for one of their associations; the people named are notified. */
export async function createDebate(db: Db, actor: Actor & { name: string }, input: DebateCreateInput) {
  return inTransaction(db, async (tx) => {
    const associationId = await writingFor(tx, actor, input.associationId);
    await assertCategory(tx, input.categoryId);
    const record = await insertDebate(tx, {
      title: input.title,
      bodyMd: input.bodyMd,
      authorId: actor.id,
      associationId,
      categoryId: input.categoryId,
      tags: input.tags ?? [],
    });
    const people = await mentioned(tx, input.mentionIds, input.bodyMd);
    if (people.length > 0) {
      await tx.debateMention.createMany({ data: people.map((person) => ({ debateId: record.id, userId: person.id })) });
      await notify(tx, {
        userIds: people.map((person) => person.id),
        kind: "debate.mention",
        data: { debate: { id: record.id, title: record.title }, actorName: actor.name },
        exceptUserId: actor.id,
      });
    }
    return presentDebate(record, actor);
  });
}

/** The author edits the title, the body or the tags; the former title and body are kept as a revision. */
export async function updateDebate(db: Db, actor: Actor, debateId: string, input: DebateUpdateInput) {
  return inTransaction(db, async (tx) => {
    const debate = await openDebateFor(tx, actor, debateId, "edit");
    const title = input.title ?? debate.title;
    const bodyMd = input.bodyMd ?? debate.bodyMd;
    const textChanged = title !== debate.title || bodyMd !== debate.bodyMd;
    if (textChanged) {
      await tx.debateRevision.create({
        data: {
          debateId,
          title: debate.title,
          bodyMd: debate.bodyMd,
          bodyHtml: debate.bodyHtml,
          editorId: debate.author.id,
          createdAt: new Date(),
        },
      });
    }
    await tx.debate.update({
      where: { id: debateId },
      data: {
        title,
        bodyMd,
        ...(textChanged ? { bodyHtml: renderMarkdown(bodyMd), editedAt: new Date() } : {}),
        searchText: debateSearchText(title, bodyMd),
      },
    });
    if (input.tags) {
      await tx.debateTagLink.deleteMany({ where: { debateId } });
      const tags = await tagIds(tx, input.tags);
      if (tags.length > 0) await tx.debateTagLink.createMany({ data: tags.map((tagId) => ({ debateId, tagId })) });
    }
    const record = await lockDebate(tx, debateId);
    announceDebate(tx, record);
    return presentDebate(record, actor);
  });
}

/** The author deletes a debate nobody has answered yet (soft: it leaves the lists and its page). */
export async function deleteDebate(db: Db, actor: Actor, debateId: string): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const debate = await openDebateFor(tx, actor, debateId, "delete");
    await tx.debate.update({ where: { id: debateId }, data: { deletedAt: new Date() } });
    announceDebate(tx, debate);
    return { id: debateId };
  });
}

const listOrder: Record<DebateSort, Prisma.DebateOrderByWithRelationInput[]> = {
  activity: [{ pinned: "desc" }, { lastActivityAt: "desc" }, { id: "asc" }],
  newest: [{ createdAt: "desc" }, { id: "asc" }],
  replies: [{ replyCount: "desc" }, { lastActivityAt: "desc" }, { id: "asc" }],
};

/**
 * Debates by category, tag, association, author and status; hidden ones only for moderators. A
 * signed-in reader sees, on each debate they visited, how many replies are new since (one statement more).
 */
export async function listDebates(
  db: Db,
  actor: Actor | null,
  query: {
    category?: string | undefined;
    tag?: string | undefined;
    association?: string | undefined;
    author?: string | undefined;
    status?: DebateStatus | undefined;
    sort: DebateSort;
    page: number;
    pageSize: number;
  },
): Promise<DebateList> {
  const category = query.category;
  const where: Prisma.DebateWhereInput = {
    deletedAt: null,
    ...(isModerator(actor) ? {} : { hiddenAt: null }),
    ...(category
      ? { category: /^[0-9a-f-]{36}$/i.test(category) ? { id: category } : { slug: category.toLowerCase() } }
      : {}),
    ...(query.tag ? { tags: { some: { tag: { name: query.tag } } } } : {}),
    ...(query.association ? { associationId: query.association } : {}),
    ...(query.author ? { authorId: query.author } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
  const [rows, total] = await Promise.all([
    db.debate.findMany({
      where,
      include: debateInclude,
      orderBy: listOrder[query.sort],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      relationLoadStrategy: "join",
    }),
    db.debate.count({ where }),
  ]);
  const unread = actor
    ? await loadUnreadCounts(
        db,
        actor.id,
        rows.map((row) => row.id),
      )
    : new Map<string, number>();
  return {
    items: rows.map((row) => ({ ...presentDebateSummary(debateRecord(row)), unreadCount: unread.get(row.id) ?? null })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

/** The part of a debate's first screen that is the same for every reader, kept in the read model. */
type SharedPage = {
  debate: DebateRecord;
  summary: Awaited<ReturnType<typeof loadSummary>>;
  tree: ReplyRecord[];
  tops: ReplyRecord[];
};

/** The first screen of a debate for everyone (null: no such debate), from memory after the first reader. */
function sharedPage(db: Db, debateId: string): Promise<SharedPage | null> {
  return readModel(db, `debate-page:${debateId}`, [debateTag(debateId)], async () => {
    const [row, summary] = await Promise.all([
      db.debate.findUnique({ where: { id: debateId }, include: debateInclude, relationLoadStrategy: "join" }),
      loadSummary(db, debateId),
    ]);
    if (!row || row.deletedAt) return null;
    const extraIds = [summary.topForId, summary.topAgainstId].filter((id): id is string => id !== null);
    const { tree, extras } = await loadReplyPage(db, {
      debateId,
      parentId: null,
      skip: 0,
      take: REPLY_PAGE_SIZE,
      firstChildren: FIRST_CHILDREN,
      extraIds,
    });
    return { debate: debateRecord(row), summary, tree, tops: extras };
  });
}

/** A debate the reader may read, from the read model (NOT_FOUND otherwise). */
export async function readableDebate(db: Db, actor: Actor | null, debateId: string): Promise<DebateRecord> {
  const shared = await sharedPage(db, debateId);
  if (!shared) throw new AppError("NOT_FOUND");
  refuse(debateDenial(actor, "read", debateResource(shared.debate)));
  return shared.debate;
}

/** What the reader adds to a page: their endorsements among `replyIds` and their previous visit (one statement). */
async function readerState(db: Db, actor: Actor | null, debateId: string, replyIds: string[]): Promise<ReaderState> {
  if (!actor) return nobody;
  const found = await loadReader(db, actor.id, debateId, replyIds);
  return { endorsed: found.endorsed, unreadSince: found.lastSeenAt };
}

/** The page's parts other than the replies' tree, for one reader. */
function pageHead(shared: SharedPage, actor: Actor | null, reader: ReaderState) {
  const resource = debateResource(shared.debate);
  const present = (record: ReplyRecord) => presentReply(record, resource, actor, reader);
  const all = [...shared.tree, ...shared.tops];
  const find = (id: string | null) => (id ? all.find((record) => record.id === id) : undefined);
  const topFor = find(shared.summary.topForId);
  const topAgainst = find(shared.summary.topAgainstId);
  return {
    debate: presentDebate(shared.debate, actor),
    summary: {
      counts: shared.summary.counts,
      topFor: topFor ? present(topFor) : null,
      topAgainst: topAgainst ? present(topAgainst) : null,
    },
    present,
  };
}

function pageFor(shared: SharedPage, actor: Actor | null, reader: ReaderState): DebatePage {
  const { debate, summary, present } = pageHead(shared, actor, reader);
  return {
    debate,
    summary,
    replies: {
      items: buildTree(shared.tree, present).roots,
      page: 1,
      pageSize: REPLY_PAGE_SIZE,
      total: shared.summary.topLevel,
    },
    unreadSince: reader.unreadSince,
  };
}

/** The first screen of a debate for a signed-in reader who may read it, and what they bring to it. */
async function signedInPage(db: Db, actor: Actor, debateId: string) {
  const shared = await sharedPage(db, debateId);
  if (!shared) throw new AppError("NOT_FOUND");
  refuse(debateDenial(actor, "read", debateResource(shared.debate)));
  const ids = [...shared.tree, ...shared.tops].map((record) => record.id);
  return { shared, reader: await readerState(db, actor, debateId, ids) };
}

/** The anonymous reader's first screen, itself kept in the read model (its JSON too). */
async function publicPage(db: Db, debateId: string): Promise<DebatePage> {
  const page = await readModel(db, `debate-page-public:${debateId}`, [debateTag(debateId)], async () => {
    const shared = await sharedPage(db, debateId);
    if (!shared || shared.debate.hiddenAt) return null;
    return pageFor(shared, null, nobody);
  });
  if (!page) throw new AppError("NOT_FOUND");
  return page;
}

/**
 * The debate, its summary and its first REPLY_PAGE_SIZE top-level replies with their first replies,
 * as an object. The shared part comes from the read model; a signed-in reader adds one statement
 * (their endorsements and last visit). `GET /api/debates/:id` answers the same through `debatePageAnswer`.
 */
export async function readDebatePage(db: Db, actor: Actor | null, debateId: string): Promise<DebatePage> {
  if (!actor) return publicPage(db, debateId);
  const { shared, reader } = await signedInPage(db, actor, debateId);
  return pageFor(shared, actor, reader);
}

/**
 * `GET /api/debates/:id`: what `readDebatePage` gives, answered from memory: the anonymous page's JSON
 * is kept whole; a signed-in reader's is written from the replies' JSON kept per role beside the read
 * model, with only the reader's own part added (see page-answer.ts).
 */
export async function debatePageAnswer(
  db: Db,
  actor: Actor | null,
  debateId: string,
): Promise<DebatePage | JsonAnswer> {
  if (!actor) return publicPage(db, debateId);
  const { shared, reader } = await signedInPage(db, actor, debateId);
  const { debate, summary } = pageHead(shared, actor, reader);
  const replies = `{"items":${repliesJson(shared, actor, reader)},"page":1,"pageSize":${REPLY_PAGE_SIZE},"total":${shared.summary.topLevel}}`;
  return new JsonAnswer(
    `{"data":{"debate":${JSON.stringify(debate)},"summary":${JSON.stringify(summary)},"replies":${replies},"unreadSince":${JSON.stringify(reader.unreadSince)}}}`,
  );
}

/** `GET /api/debates/:id/replies?parent=&page=`: replies to a reply (or top-level ones), each with its first replies. */
export async function readReplies(
  db: Db,
  actor: Actor | null,
  debateId: string,
  query: { parent?: string | undefined; page: number; pageSize: number },
): Promise<Paginated<ReplyNode>> {
  const debate = await readableDebate(db, actor, debateId);
  const parentId = query.parent ?? null;
  const [{ tree }, total] = await Promise.all([
    loadReplyPage(db, {
      debateId,
      parentId,
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      firstChildren: FIRST_CHILDREN,
      extraIds: [],
    }),
    db.debateReply.count({ where: { debateId, parentId } }),
  ]);
  const reader = await readerState(
    db,
    actor,
    debateId,
    tree.map((record) => record.id),
  );
  const resource = debateResource(debate);
  const { roots } = buildTree(tree, (record) => presentReply(record, resource, actor, reader));
  return { items: roots, page: query.page, pageSize: query.pageSize, total };
}

/** `GET /api/debates/replies/:replyId`: a reply with its subtree ("continue this branch") and its ancestors. */
export async function readBranch(db: Db, actor: Actor | null, replyId: string): Promise<ReplyBranch> {
  const { ancestors, subtree } = await loadBranch(db, replyId, BRANCH_DEPTH, BRANCH_LIMIT);
  const rootRecord = subtree[0];
  if (!rootRecord || rootRecord.id !== replyId) throw new AppError("NOT_FOUND");
  const debate = await readableDebate(db, actor, rootRecord.debateId);
  const truncated = subtree.length > BRANCH_LIMIT;
  const shown = subtree.slice(0, BRANCH_LIMIT);
  const reader = await readerState(
    db,
    actor,
    debate.id,
    [...ancestors, ...shown].map((record) => record.id),
  );
  const resource = debateResource(debate);
  const present = (record: ReplyRecord) => presentReply(record, resource, actor, reader);
  const { roots } = buildTree(shown, present);
  const deepest = rootRecord.depth + BRANCH_DEPTH;
  return {
    debate: { ...presentDebateSummary(debate), abilities: presentDebate(debate, actor).abilities },
    ancestors: ancestors.map(present),
    root: roots[0] as ReplyNode,
    truncated: truncated || shown.some((record) => record.depth === deepest && record.childCount > 0),
    unreadSince: reader.unreadSince,
  };
}

/** Notifies the author of the post answered, and the people named; never the writer. */
async function notifyReply(
  tx: Tx,
  actor: Actor & { name: string },
  debate: DebateRecord,
  replyId: string,
  answeredAuthorId: string | null,
  mentionIds: string[],
): Promise<void> {
  const data = { debate: { id: debate.id, title: debate.title }, replyId, actorName: actor.name };
  if (answeredAuthorId) {
    await notify(tx, { userIds: [answeredAuthorId], kind: "debate.reply", data, exceptUserId: actor.id });
  }
  const others = mentionIds.filter((id) => id !== answeredAuthorId);
  if (others.length > 0) await notify(tx, { userIds: others, kind: "debate.mention", data, exceptUserId: actor.id });
}

/**
 * A member replies to the debate or to a reply, with a stance: refused in a locked or closed debate,
 * under a hidden or deleted reply, or sooner than the debate's slow mode allows (SLOW_MODE, with
 * the seconds to wait). The room sees it after the commit.
 */
export async function createReply(db: Db, actor: Actor & { name: string }, debateId: string, input: ReplyCreateInput) {
  return inTransaction(db, async (tx) => {
    const debate = await openDebateFor(tx, actor, debateId, "reply");
    let parent: ReplyRecord | null = null;
    if (input.parentId) {
      parent = await loadReply(tx, input.parentId);
      if (!parent || parent.debateId !== debateId) {
        throw new AppError("VALIDATION_FAILED", { fields: [{ path: "parentId", reason: "not_found" }] });
      }
      refuse(
        replyDenial(actor, "reply", {
          authorId: parent.author.id,
          state: replyState(parent),
          debate: debateResource(debate),
        }),
      );
    }
    if (input.quoteOfId) {
      const quoted = await tx.debateReply.findUnique({
        where: { id: input.quoteOfId },
        select: { debateId: true, deletedAt: true, hiddenAt: true },
      });
      if (!quoted || quoted.debateId !== debateId || quoted.deletedAt || quoted.hiddenAt) {
        throw new AppError("VALIDATION_FAILED", { fields: [{ path: "quoteOfId", reason: "not_found" }] });
      }
    }
    const associationId = await writingFor(tx, actor, input.associationId);
    if (debate.slowModeSeconds > 0 && !isModerator(actor)) {
      const last = await tx.debateReply.findFirst({
        where: { debateId, authorId: actor.id },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      });
      const waitMs = last ? last.createdAt.getTime() + debate.slowModeSeconds * 1000 - Date.now() : 0;
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        throw new AppError("SLOW_MODE", { retryAfterSeconds: seconds, slowModeSeconds: debate.slowModeSeconds });
      }
    }
    const now = new Date();
    const counters = await tx.debate.update({
      where: { id: debateId },
      data: { replyCount: { increment: 1 }, lastActivityAt: now },
      select: { replyCount: true },
    });
    const seq = counters.replyCount;
    const created = await tx.debateReply.create({
      data: {
        debateId,
        parentId: parent?.id ?? null,
        seq,
        depth: parent ? parent.depth + 1 : 0,
        path: childPath(parent?.path ?? "", seq),
        stance: input.stance,
        bodyMd: input.bodyMd,
        bodyHtml: renderMarkdown(input.bodyMd),
        quoteOfId: input.quoteOfId,
        authorId: actor.id,
        associationId,
        searchText: replySearchText(input.bodyMd),
        createdAt: now,
      },
      select: { id: true },
    });
    if (parent) await tx.debateReply.update({ where: { id: parent.id }, data: { childCount: { increment: 1 } } });
    const people = await mentioned(tx, input.mentionIds, input.bodyMd);
    if (people.length > 0) {
      await tx.debateMention.createMany({
        data: people.map((person) => ({ debateId, replyId: created.id, userId: person.id })),
      });
    }
    await notifyReply(
      tx,
      actor,
      debate,
      created.id,
      parent ? parent.author.id : debate.author.id,
      people.map((person) => person.id),
    );
    const record = (await loadReply(tx, created.id)) as ReplyRecord;
    announceReply(tx, debateId, presentLiveReply(record), "new");
    return presentReply(record, debateResource({ ...debate, replyCount: seq }), actor);
  });
}

/** The author edits a reply (its text or stance); the former version is kept as a revision. */
export async function updateReply(db: Db, actor: Actor & { name: string }, replyId: string, input: ReplyUpdateInput) {
  return inTransaction(db, async (tx) => {
    const { reply, debate } = await openReplyFor(tx, actor, replyId, "edit");
    const bodyMd = input.bodyMd ?? reply.bodyMd;
    const stance = input.stance ?? reply.stance;
    if (bodyMd !== reply.bodyMd || stance !== reply.stance) {
      await tx.debateReplyRevision.create({
        data: { replyId, stance: reply.stance, bodyMd: reply.bodyMd, bodyHtml: reply.bodyHtml, editorId: actor.id },
      });
      await tx.debateReply.update({
        where: { id: replyId },
        data: {
          bodyMd,
          stance,
          bodyHtml: renderMarkdown(bodyMd),
          searchText: replySearchText(bodyMd),
          editedAt: new Date(),
        },
      });
      const people = await mentioned(tx, input.mentionIds, bodyMd);
      const already = await tx.debateMention.findMany({ where: { replyId }, select: { userId: true } });
      const known = new Set(already.map((row) => row.userId));
      const fresh = people.filter((person) => !known.has(person.id));
      if (fresh.length > 0) {
        await tx.debateMention.createMany({
          data: fresh.map((person) => ({ debateId: debate.id, replyId, userId: person.id })),
        });
        await notifyReply(
          tx,
          actor,
          debate,
          replyId,
          null,
          fresh.map((person) => person.id),
        );
      }
    }
    const record = (await loadReply(tx, replyId)) as ReplyRecord;
    announceReply(tx, debate.id, presentLiveReply(record), "changed");
    return presentReply(record, debateResource(debate), actor);
  });
}

/** The author deletes their reply: it stays in the tree as a placeholder, its replies under it. */
export async function deleteReply(db: Db, actor: Actor, replyId: string) {
  return inTransaction(db, async (tx) => {
    const { debate } = await openReplyFor(tx, actor, replyId, "delete");
    await tx.debateReply.update({ where: { id: replyId }, data: { deletedAt: new Date(), searchText: "" } });
    const record = (await loadReply(tx, replyId)) as ReplyRecord;
    announceReply(tx, debate.id, presentLiveReply(record), "changed");
    return presentReply(record, debateResource(debate), actor);
  });
}

/**
 * "I agree": one per person per reply, kept by the database's primary key; a second is
 * ALREADY_ENDORSED and changes nothing.
 */
export async function endorseReply(db: Db, actor: Actor, replyId: string): Promise<EndorsementState> {
  return inTransaction(db, async (tx) => {
    const { debate } = await openReplyFor(tx, actor, replyId, "endorse");
    const inserted = await tx.$executeRaw`
      INSERT INTO debate_endorsements (reply_id, user_id) VALUES (${replyId}::uuid, ${actor.id}::uuid)
      ON CONFLICT DO NOTHING`;
    if (inserted === 0) throw new AppError("ALREADY_ENDORSED");
    const { endorsementCount } = await tx.debateReply.update({
      where: { id: replyId },
      data: { endorsementCount: { increment: 1 } },
      select: { endorsementCount: true },
    });
    announceEndorsement(tx, debate.id, replyId, endorsementCount);
    return { replyId, endorsementCount, endorsed: true };
  });
}

/** Withdraws the reader's endorsement (nothing to withdraw: the state as it is). */
export async function unendorseReply(db: Db, actor: Actor, replyId: string): Promise<EndorsementState> {
  return inTransaction(db, async (tx) => {
    const { debate } = await openReplyFor(tx, actor, replyId, "read_text");
    const removed = await tx.debateEndorsement.deleteMany({ where: { replyId, userId: actor.id } });
    const { endorsementCount } = await tx.debateReply.update({
      where: { id: replyId },
      data: removed.count > 0 ? { endorsementCount: { decrement: removed.count } } : {},
      select: { endorsementCount: true },
    });
    if (removed.count > 0) announceEndorsement(tx, debate.id, replyId, endorsementCount);
    return { replyId, endorsementCount, endorsed: false };
  });
}

/** The debate's former titles and bodies, the current one first (anyone who can read it). */
export async function debateRevisions(db: Db, actor: Actor | null, debateId: string): Promise<RevisionList> {
  const debate = await readableDebate(db, actor, debateId);
  const insider = actor !== null && (actor.id === debate.author.id || isModerator(actor));
  if (debate.hiddenAt && !insider) throw new AppError("NOT_FOUND");
  const rows = await db.debateRevision.findMany({
    where: { debateId },
    orderBy: { createdAt: "desc" },
    include: { editor: { select: { id: true, name: true } } },
    relationLoadStrategy: "join",
  });
  return {
    items: [
      {
        id: debate.id,
        title: debate.title,
        stance: null,
        bodyMd: debate.bodyMd,
        bodyHtml: debate.bodyHtml,
        editor: debate.author,
        replacedAt: debate.editedAt ?? debate.createdAt,
      },
      ...rows.map((row) => ({
        id: row.id,
        title: row.title,
        stance: null,
        bodyMd: row.bodyMd,
        bodyHtml: row.bodyHtml,
        editor: row.editor,
        replacedAt: row.createdAt.toISOString(),
      })),
    ],
  };
}

/** A reply's former versions, the current one first (anyone who can read its text). */
export async function replyRevisions(db: Db, actor: Actor | null, replyId: string): Promise<RevisionList> {
  const reply = await loadReply(db, replyId);
  if (!reply) throw new AppError("NOT_FOUND");
  const debate = await readableDebate(db, actor, reply.debateId);
  refuse(
    replyDenial(actor, "read_text", {
      authorId: reply.author.id,
      state: replyState(reply),
      debate: debateResource(debate),
    }),
  );
  const rows = await db.debateReplyRevision.findMany({
    where: { replyId },
    orderBy: { createdAt: "desc" },
    include: { editor: { select: { id: true, name: true } } },
    relationLoadStrategy: "join",
  });
  return {
    items: [
      {
        id: reply.id,
        title: null,
        stance: reply.stance,
        bodyMd: reply.bodyMd,
        bodyHtml: reply.bodyHtml,
        editor: reply.author,
        replacedAt: reply.editedAt ?? reply.createdAt,
      },
      ...rows.map((row) => ({
        id: row.id,
        title: null,
        stance: row.stance,
        bodyMd: row.bodyMd,
        bodyHtml: row.bodyHtml,
        editor: row.editor,
        replacedAt: row.createdAt.toISOString(),
      })),
    ],
  };
}

/** Time after which a new visit counts as another view. */
const VIEW_GAP_MS = 30 * 60_000;

/**
 * The reader has seen the debate up to now: later replies are unread on their next visit. A visit
 * after VIEW_GAP_MS counts one view (the page shows the count within its read model's maximum age).
 */
export async function visitDebate(db: Db, actor: Actor, debateId: string): Promise<VisitState> {
  await readableDebate(db, actor, debateId);
  return inTransaction(db, async (tx) => {
    const now = new Date();
    const previous = await tx.debateVisit.findUnique({
      where: { userId_debateId: { userId: actor.id, debateId } },
      select: { lastSeenAt: true },
    });
    await tx.debateVisit.upsert({
      where: { userId_debateId: { userId: actor.id, debateId } },
      create: { userId: actor.id, debateId, lastSeenAt: now },
      update: { lastSeenAt: now },
    });
    if (!previous || now.getTime() - previous.lastSeenAt.getTime() > VIEW_GAP_MS) {
      await tx.debate.update({ where: { id: debateId }, data: { viewCount: { increment: 1 } } });
    }
    return { debateId, lastSeenAt: now.toISOString() };
  });
}

/** People whose name contains `q`, to name (@) in a body: ten at most. */
export async function mentionCandidates(db: Db, q: string | undefined): Promise<MentionCandidate[]> {
  if (!q) return [];
  return db.user.findMany({
    where: { name: { contains: escapeLike(q.normalize("NFC")), mode: "insensitive" } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 10,
  });
}
