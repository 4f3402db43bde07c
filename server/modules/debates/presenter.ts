import type { PersonName } from "../../../common/api.js";
import type {
  CategoryRef,
  DebateAssociation,
  DebateChangedEvent,
  DebateDetail,
  DebateStatus,
  DebateSummary,
  Reply,
  ReplyNode,
  ReplyState,
  Stance,
} from "../../../common/debates.js";
import type { Actor } from "../../auth/actor.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { type DebateResource, debateAbilities, isModerator, noReplyAbilities, replyAbilities } from "./policy.js";

/** What a debate's answers are built from: the row with its names, the same for every reader. */
export const debateInclude = {
  author: { select: { id: true, name: true } },
  association: { select: { id: true, slug: true, nameAr: true, nameFr: true } },
  category: { select: { id: true, slug: true, nameAr: true, nameFr: true } },
  conclusionBy: { select: { id: true, name: true } },
  tags: { select: { tag: { select: { name: true } } } },
} satisfies Prisma.DebateInclude;

export type DebateRow = Prisma.DebateGetPayload<{ include: typeof debateInclude }>;

/** A debate as the cache keeps it: shared by every reader, never changed once built. */
export type DebateRecord = {
  id: string;
  title: string;
  bodyMd: string;
  bodyHtml: string;
  author: PersonName;
  association: DebateAssociation | null;
  category: CategoryRef | null;
  tags: string[];
  status: DebateStatus;
  pinned: boolean;
  hiddenAt: string | null;
  hiddenReason: string | null;
  viewCount: number;
  replyCount: number;
  lastActivityAt: string;
  createdAt: string;
  conclusionMd: string | null;
  conclusionHtml: string | null;
  conclusionBy: PersonName | null;
  closedAt: string | null;
  slowModeSeconds: number;
  editedAt: string | null;
  subject: { kind: "proposal" | "session"; id: string } | null;
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function debateRecord(row: DebateRow): DebateRecord {
  return {
    id: row.id,
    title: row.title,
    bodyMd: row.bodyMd,
    bodyHtml: row.bodyHtml,
    author: row.author,
    association: row.association,
    category: row.category,
    tags: row.tags.map((link) => link.tag.name).sort(),
    status: row.status,
    pinned: row.pinned,
    hiddenAt: iso(row.hiddenAt),
    hiddenReason: row.hiddenReason,
    viewCount: row.viewCount,
    replyCount: row.replyCount,
    lastActivityAt: row.lastActivityAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    conclusionMd: row.conclusionMd,
    conclusionHtml: row.conclusionHtml,
    conclusionBy: row.conclusionBy,
    closedAt: iso(row.closedAt),
    slowModeSeconds: row.slowModeSeconds,
    editedAt: iso(row.editedAt),
    subject:
      row.subjectKind && row.subjectId
        ? { kind: row.subjectKind === "session" ? "session" : "proposal", id: row.subjectId }
        : null,
  };
}

export function debateResource(record: DebateRecord): DebateResource {
  return {
    authorId: record.author.id,
    status: record.status,
    hidden: record.hiddenAt !== null,
    replyCount: record.replyCount,
  };
}

export function presentDebateSummary(record: DebateRecord): DebateSummary {
  return {
    id: record.id,
    title: record.title,
    author: record.author,
    association: record.association,
    category: record.category,
    tags: record.tags,
    status: record.status,
    pinned: record.pinned,
    hidden: record.hiddenAt !== null,
    viewCount: record.viewCount,
    replyCount: record.replyCount,
    lastActivityAt: record.lastActivityAt,
    createdAt: record.createdAt,
  };
}

/** The debate for everyone in its room: a hidden one's text is not sent. */
export function presentDebateState(record: DebateRecord): DebateChangedEvent["debate"] {
  const hidden = record.hiddenAt !== null;
  return {
    ...presentDebateSummary(record),
    bodyMd: hidden ? "" : record.bodyMd,
    bodyHtml: hidden ? "" : record.bodyHtml,
    conclusionMd: record.conclusionMd,
    conclusionHtml: record.conclusionHtml,
    conclusionBy: record.conclusionBy,
    closedAt: record.closedAt,
    slowModeSeconds: record.slowModeSeconds,
    hiddenReason: null,
    editedAt: record.editedAt,
    subject: record.subject,
  };
}

/** The debate for one reader (who can read it): its author and moderators see a hidden one's text and reason. */
export function presentDebate(record: DebateRecord, actor: Actor | null): DebateDetail {
  const resource = debateResource(record);
  const insider = actor !== null && (actor.id === record.author.id || isModerator(actor));
  const state = presentDebateState(record);
  return {
    ...state,
    ...(insider ? { bodyMd: record.bodyMd, bodyHtml: record.bodyHtml, hiddenReason: record.hiddenReason } : {}),
    abilities: debateAbilities(actor, resource),
  };
}

/** A reply as a whole room is told of it: no reader's abilities, endorsement or hidden text. */
export const presentLiveReply = (record: ReplyRecord): Reply => presentReply(record, null, undefined);

/** A reply as the cache keeps it (one row of the replies' statement). */
export type ReplyRecord = {
  id: string;
  debateId: string;
  parentId: string | null;
  depth: number;
  seq: number;
  path: string;
  stance: Stance;
  author: PersonName;
  association: DebateAssociation | null;
  bodyMd: string;
  bodyHtml: string;
  hiddenAt: string | null;
  hiddenReason: string | null;
  deletedAt: string | null;
  quote: {
    id: string;
    author: PersonName;
    bodyHtml: string;
    deleted: boolean;
    hidden: boolean;
  } | null;
  endorsementCount: number;
  childCount: number;
  createdAt: string;
  editedAt: string | null;
};

export const replyState = (record: { deletedAt: string | null; hiddenAt: string | null }): ReplyState =>
  record.deletedAt ? "deleted" : record.hiddenAt ? "hidden" : "visible";

/** What one reader brings to the replies: their endorsements and their previous visit. */
export type ReaderState = { endorsed: ReadonlySet<string>; unreadSince: string | null };

export const nobody: ReaderState = { endorsed: new Set(), unreadSince: null };

/**
 * A reply for one reader: a deleted reply is a placeholder (no author, no text); a hidden one shows
 * its text and the moderator's reason to its author and moderators only. `actor` undefined: the
 * version sent live to a whole room (no abilities, hidden text never).
 */
export function presentReply(
  record: ReplyRecord,
  debate: DebateResource | null,
  actor: Actor | null | undefined,
  reader: ReaderState = nobody,
): Reply {
  const state = replyState(record);
  const viewer = actor ?? null;
  const insider = viewer !== null && (viewer.id === record.author.id || isModerator(viewer));
  const showText = state === "visible" || (state === "hidden" && insider);
  const quote = record.quote;
  const quoteState: ReplyState | null = quote
    ? quote.deleted
      ? "deleted"
      : quote.hidden
        ? "hidden"
        : "visible"
    : null;
  return {
    id: record.id,
    debateId: record.debateId,
    parentId: record.parentId,
    depth: record.depth,
    seq: record.seq,
    stance: record.stance,
    state,
    author: state === "deleted" ? null : record.author,
    association: state === "deleted" ? null : record.association,
    bodyMd: showText ? record.bodyMd : "",
    bodyHtml: showText ? record.bodyHtml : "",
    hiddenReason: state === "hidden" && insider ? record.hiddenReason : null,
    quote:
      quote && quoteState
        ? {
            id: quote.id,
            author: quote.author,
            bodyHtml: quoteState === "visible" ? quote.bodyHtml : "",
            state: quoteState,
          }
        : null,
    endorsementCount: record.endorsementCount,
    endorsed: reader.endorsed.has(record.id),
    childCount: record.childCount,
    unread: reader.unreadSince !== null && record.createdAt > reader.unreadSince,
    createdAt: record.createdAt,
    editedAt: record.editedAt,
    abilities:
      actor === undefined || debate === null
        ? noReplyAbilities
        : replyAbilities(viewer, { authorId: record.author.id, state, debate }),
  };
}

/**
 * The tree of `records` (in path order) for one reader: each record under its parent when the parent
 * is among them; the others are roots, in the order given.
 */
export function buildTree(
  records: readonly ReplyRecord[],
  present: (record: ReplyRecord) => Reply,
): { roots: ReplyNode[]; byId: Map<string, ReplyNode> } {
  const byId = new Map<string, ReplyNode>();
  const roots: ReplyNode[] = [];
  for (const record of records) {
    const node: ReplyNode = { ...present(record), children: [] };
    byId.set(record.id, node);
    const parent = record.parentId ? byId.get(record.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { roots, byId };
}
