/**
 * Debates (`/api/debates`, `/api/moderation`, `/api/admin/debates`): categories, threads, replies
 * nested to any depth with a stance, endorsements, revisions, flags and moderation, and the live
 * events of a debate's room (`debate:<id>`).
 */
import type { Paginated, PersonName } from "./api.js";

/** Longest body of a debate or a reply, in characters (BODY_TOO_LONG beyond). */
export const MAX_BODY_LENGTH = 50_000;
/** Longest title of a debate, in characters. */
export const MAX_TITLE_LENGTH = 200;
/** Longest reason given with a flag or a moderation decision, in characters. */
export const MAX_REASON_LENGTH = 1_000;
/** Most tags on one debate. */
export const MAX_TAGS = 8;
/** Most people named (@) in one body. */
export const MAX_MENTIONS = 20;
/** Longest slow mode, in seconds (one day). */
export const MAX_SLOW_MODE_SECONDS = 86_400;
/** Top-level replies on the first screen of a debate, and on each further page. */
export const REPLY_PAGE_SIZE = 50;
/** Direct replies shown under each reply of a page (more are paged with `parent=`). */
export const FIRST_CHILDREN = 3;
/** Most replies a branch ("continue this branch") brings in one answer. */
export const BRANCH_LIMIT = 500;
/** Levels of a branch shown below its root before the next "continue this branch". */
export const BRANCH_DEPTH = 8;

export const debateStatuses = ["open", "locked", "closed"] as const;
/** `open` takes replies; `locked` takes none until unlocked; `closed` ends with a conclusion. */
export type DebateStatus = (typeof debateStatuses)[number];

export const stances = ["for", "against", "neutral", "question"] as const;
/** Where a reply stands: an argument for, against, a neutral remark, or a question. */
export type Stance = (typeof stances)[number];

export const debateSorts = ["activity", "newest", "replies"] as const;
/** A list of debates by last activity (default), newest first, or most replies. */
export type DebateSort = (typeof debateSorts)[number];

export const flagStatuses = ["open", "hidden", "dismissed"] as const;
export type FlagStatus = (typeof flagStatuses)[number];

// ─── Categories and tags ──────────────────────────────────────────────────────────────────────────

export type DebateCategory = {
  id: string;
  slug: string;
  nameAr: string;
  nameFr: string | null;
  descriptionAr: string;
  descriptionFr: string | null;
  position: number;
  /** Debates shown in it (not hidden, not deleted). */
  debateCount: number;
};

/** `POST /api/admin/debates/categories`. */
export type CategoryInput = {
  slug: string;
  nameAr: string;
  nameFr?: string | null;
  descriptionAr?: string;
  descriptionFr?: string | null;
  /** Defaults to after the last one. */
  position?: number;
};

/** `PATCH /api/admin/debates/categories/:id`: any of the fields, `position` to reorder. */
export type CategoryUpdateInput = Partial<CategoryInput>;

/** A category as a debate names it. */
export type CategoryRef = { id: string; slug: string; nameAr: string; nameFr: string | null };

/** An association as a debate or a reply names it (written for it). */
export type DebateAssociation = { id: string; slug: string; nameAr: string; nameFr: string | null };

// ─── Debates ──────────────────────────────────────────────────────────────────────────────────────

/** What the reader may do with a debate (the client shows actions only from these). */
export type DebateAbilities = {
  reply: boolean;
  edit: boolean;
  delete: boolean;
  flag: boolean;
  hide: boolean;
  restore: boolean;
  lock: boolean;
  pin: boolean;
  move: boolean;
  close: boolean;
  setSlowMode: boolean;
  viewRevisions: boolean;
};

/** `GET /api/debates` query. Values are sent as text. */
export type DebateListQuery = {
  /** A category's slug or id. */
  category?: string;
  /** A tag's name. */
  tag?: string;
  /** An association's id. */
  association?: string;
  /** An author's id. */
  author?: string;
  status?: DebateStatus;
  sort?: DebateSort;
  page?: number;
  pageSize?: number;
};

/** A debate as a list shows it. */
export type DebateSummary = {
  id: string;
  title: string;
  author: PersonName;
  association: DebateAssociation | null;
  category: CategoryRef | null;
  tags: string[];
  status: DebateStatus;
  pinned: boolean;
  /** Hidden by a moderator: listed only to moderators and the author. */
  hidden: boolean;
  viewCount: number;
  replyCount: number;
  lastActivityAt: string;
  createdAt: string;
};

/** A debate in a list, with what is new in it for the signed-in reader. */
export type DebateListItem = DebateSummary & {
  /**
   * Replies written by others since the reader's last visit; null when anonymous or never visited.
   * Hidden and deleted replies are not counted.
   */
  unreadCount: number | null;
};

export type DebateList = Paginated<DebateListItem>;

/** A debate as its page shows it. */
export type DebateDetail = DebateSummary & {
  bodyMd: string;
  /** Sanitised HTML rendered from bodyMd; empty when hidden from this reader. */
  bodyHtml: string;
  conclusionMd: string | null;
  conclusionHtml: string | null;
  conclusionBy: PersonName | null;
  closedAt: string | null;
  slowModeSeconds: number;
  /** The reason a moderator gave, shown to the author and moderators; null otherwise. */
  hiddenReason: string | null;
  editedAt: string | null;
  /** Set when another module opened it about one of its records. */
  subject: { kind: "proposal" | "session"; id: string } | null;
  abilities: DebateAbilities;
};

/** `POST /api/debates`. */
export type DebateCreateInput = {
  title: string;
  bodyMd: string;
  categoryId: string | null;
  tags?: string[];
  /** The association the author writes for (one they belong to); null for personal. */
  associationId: string | null;
  /** People named (@) in the body, picked from `GET /api/debates/people`: each is notified. */
  mentionIds?: string[];
};

/** `PATCH /api/debates/:id` (author): a revision of the former title and body is kept. */
export type DebateUpdateInput = { title?: string; bodyMd?: string; tags?: string[] };

// ─── Replies ──────────────────────────────────────────────────────────────────────────────────────

/** What the reader may do with a reply. */
export type ReplyAbilities = {
  reply: boolean;
  edit: boolean;
  delete: boolean;
  endorse: boolean;
  flag: boolean;
  hide: boolean;
  restore: boolean;
  viewRevisions: boolean;
};

/** The reply quoted by another, as the quote shows it. */
export type QuotedReply = {
  id: string;
  author: PersonName;
  /** Sanitised HTML; empty when the quoted reply is deleted or hidden. */
  bodyHtml: string;
  /** `deleted` or `hidden` when its text is not shown. */
  state: ReplyState;
};

/** `visible`; `deleted` by its author (a placeholder); `hidden` by a moderator (text for moderators and its author). */
export type ReplyState = "visible" | "deleted" | "hidden";

export type Reply = {
  id: string;
  debateId: string;
  parentId: string | null;
  depth: number;
  /** Order of writing within the debate. */
  seq: number;
  stance: Stance;
  state: ReplyState;
  /** Null for a deleted reply. */
  author: PersonName | null;
  association: DebateAssociation | null;
  /** Empty when deleted, or hidden from this reader. */
  bodyMd: string;
  bodyHtml: string;
  /** The moderator's reason when hidden, shown to the author and moderators; null otherwise. */
  hiddenReason: string | null;
  quote: QuotedReply | null;
  endorsementCount: number;
  /** Whether the reader endorsed it. */
  endorsed: boolean;
  /** Direct replies to it. */
  childCount: number;
  /** Written after the reader's last visit (`unreadSince`). */
  unread: boolean;
  createdAt: string;
  editedAt: string | null;
  abilities: ReplyAbilities;
};

/** A reply with the replies shown under it; `childCount` larger than `children.length` means more to page. */
export type ReplyNode = Reply & { children: ReplyNode[] };

/** Counts per stance (visible replies) and the most-endorsed visible argument on each side. */
export type DebateSummaryCounts = {
  counts: Record<Stance, number>;
  topFor: Reply | null;
  topAgainst: Reply | null;
};

/**
 * `GET /api/debates/:id`: the first screen in one request: the debate, its summary, and the first
 * REPLY_PAGE_SIZE top-level replies each with its first FIRST_CHILDREN replies.
 */
export type DebatePage = {
  debate: DebateDetail;
  summary: DebateSummaryCounts;
  replies: Paginated<ReplyNode>;
  /** The reader's previous visit (replies after it carry `unread`); null when first visit or anonymous. */
  unreadSince: string | null;
};

/** `GET /api/debates/:id/replies?parent=&page=`: replies to `parent` (top-level without it), paged. */
export type RepliesQuery = { parent?: string; page?: number; pageSize?: number };

/** `GET /api/debates/replies/:replyId`: a reply and its subtree down to BRANCH_DEPTH levels ("continue this branch"). */
export type ReplyBranch = {
  debate: DebateSummary & { abilities: DebateAbilities };
  /** The ancestors from the top-level reply down to the root's parent (for context), without children. */
  ancestors: Reply[];
  root: ReplyNode;
  /** Whether the branch was cut at BRANCH_LIMIT replies or BRANCH_DEPTH levels. */
  truncated: boolean;
  unreadSince: string | null;
};

/** `POST /api/debates/:id/replies`. */
export type ReplyCreateInput = {
  /** The reply answered; null for a reply to the debate. */
  parentId: string | null;
  stance: Stance;
  bodyMd: string;
  /** A reply of the same debate quoted. */
  quoteOfId: string | null;
  associationId: string | null;
  mentionIds?: string[];
};

/** `PATCH /api/debates/replies/:replyId` (author): a revision of the former body is kept. */
export type ReplyUpdateInput = { bodyMd?: string; stance?: Stance; mentionIds?: string[] };

/** One former version of a debate's body (and title) or of a reply. */
export type Revision = {
  id: string;
  title: string | null;
  stance: Stance | null;
  bodyMd: string;
  bodyHtml: string;
  editor: PersonName;
  /** When this version was replaced. */
  replacedAt: string;
};

/** `GET …/revisions`: the current version first, then the former ones, newest first. */
export type RevisionList = { items: Revision[] };

/** `PUT` / `DELETE /api/debates/replies/:replyId/endorsement`. */
export type EndorsementState = { replyId: string; endorsementCount: number; endorsed: boolean };

/** `POST /api/debates/:id/visit`. */
export type VisitState = { debateId: string; lastSeenAt: string };

/** `GET /api/debates/people?q=`: people to name (@) in a body. */
export type MentionCandidate = PersonName;

// ─── Moderation ───────────────────────────────────────────────────────────────────────────────────

/** `POST /api/debates/:id/flags`, `POST /api/debates/replies/:replyId/flags`. */
export type FlagInput = { reason: string };

/** Hide, restore, dismiss: the reason is shown to the author. */
export type ModerationReasonInput = { reason: string };

/** `POST /api/debates/:id/move`. */
export type MoveInput = { categoryId: string | null };

/** `POST /api/debates/:id/close` (moderator or author). */
export type CloseInput = { conclusionMd: string };

/** `PUT /api/debates/:id/slow-mode`: 0 turns it off. */
export type SlowModeInput = { seconds: number };

/** `GET /api/moderation/flags?status=&page=`. */
export type FlagQuery = { status?: FlagStatus; page?: number; pageSize?: number };

export type FlagItem = {
  id: string;
  status: FlagStatus;
  reason: string;
  flaggedBy: PersonName;
  createdAt: string;
  /** What was flagged, with its text for the moderator (even when hidden or deleted). */
  target: {
    kind: "debate" | "reply";
    id: string;
    debateId: string;
    debateTitle: string;
    author: PersonName;
    bodyHtml: string;
    state: ReplyState;
  };
  /** Other open flags on the same target. */
  openFlagsOnTarget: number;
  resolvedBy: PersonName | null;
  resolvedAt: string | null;
  resolution: string | null;
};

export type FlagPage = Paginated<FlagItem>;

/** `POST /api/moderation/flags/:id/dismiss`. */
export type FlagResolved = { id: string; status: FlagStatus };

// ─── Live (room `debate:<id>`, joined with `debate:watch`) ─────────────────────────────────────────

/** `debate:watch` / `debate:unwatch` payload. */
export type DebateWatchInput = { debateId: string };

/**
 * Replies sent live carry no reader-specific fields that could be wrong for another viewer: their
 * `abilities` are all false and `endorsed`/`unread` false; a client keeps its own values for a reply
 * it already shows, and re-reads the page for abilities on new ones when it needs them.
 */
export type DebateReplyEvent = { debateId: string; reply: Reply };
export type DebateEndorsementEvent = { debateId: string; replyId: string; endorsementCount: number };
/** The debate's state (status, pin, category, slow mode, conclusion…) without reader-specific abilities. */
export type DebateChangedEvent = { debate: Omit<DebateDetail, "abilities"> };
