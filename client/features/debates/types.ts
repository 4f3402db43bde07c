/**
 * The debates as the pages read them. The shapes follow the API (`/api/debates`, `/api/search`); they
 * come from common/debates.ts where it declares them.
 */
import type { Paginated } from "../../../common/api.js";

export const stances = ["for", "against", "neutral", "question"] as const;
export type Stance = (typeof stances)[number];
export type DebateStatus = "open" | "locked" | "closed";
export type DebateSort = "activity" | "newest" | "replies";

export type DebateCategory = {
  id: string;
  slug: string;
  nameAr: string;
  nameFr: string | null;
  descriptionAr: string;
  position: number;
  debateCount: number;
};

export type DebatePerson = { id: string; name: string };
export type DebateAssociation = { id: string; slug: string; nameAr: string; nameFr: string | null };

export type DebateAbilities = {
  reply: boolean;
  edit: boolean;
  delete: boolean;
  endorse: boolean;
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

/** A debate as a list shows it. */
export type DebateListItem = {
  id: string;
  title: string;
  status: DebateStatus;
  pinned: boolean;
  category: Pick<DebateCategory, "id" | "slug" | "nameAr" | "nameFr"> | null;
  tags: string[];
  author: DebatePerson;
  association: DebateAssociation | null;
  replyCount: number;
  viewCount: number;
  lastActivityAt: string;
  createdAt: string;
  /** Replies since the reader's last visit (0 when none or never visited; null for visitors). */
  unreadCount?: number | null;
};

export type DebateView = DebateListItem & {
  bodyMd: string;
  bodyHtml: string;
  conclusionHtml: string | null;
  conclusionBy: DebatePerson | null;
  closedAt: string | null;
  slowModeSeconds: number;
  hidden: { reason: string } | null;
  editedAt: string | null;
  abilities: DebateAbilities;
};

export type ReplyView = {
  id: string;
  debateId: string;
  parentId: string | null;
  depth: number;
  stance: Stance;
  bodyMd: string | null;
  bodyHtml: string | null;
  quote: { id: string; author: DebatePerson; excerpt: string } | null;
  author: DebatePerson;
  association: DebateAssociation | null;
  endorsementCount: number;
  endorsedByMe: boolean;
  childCount: number;
  /** The first children (the first screen carries them; more are paged). */
  children: ReplyView[];
  hidden: { reason: string } | null;
  deleted: boolean;
  editedAt: string | null;
  createdAt: string;
  abilities: DebateAbilities;
};

export type DebateSummary = {
  counts: Record<Stance, number>;
  topFor: ReplyView | null;
  topAgainst: ReplyView | null;
};

export type DebatePageView = {
  debate: DebateView;
  summary: DebateSummary;
  replies: Paginated<ReplyView>;
  unreadSince: string | null;
};

export type BranchView = { debate: DebateView; reply: ReplyView };

export type Revision = { id: string; bodyHtml: string; title?: string | null; editor: DebatePerson; createdAt: string };

export type FlagItem = {
  id: string;
  target: "debate" | "reply";
  debateId: string;
  debateTitle: string;
  replyId: string | null;
  excerpt: string;
  reason: string;
  status: "open" | "hidden" | "dismissed";
  flaggedBy: DebatePerson;
  createdAt: string;
};

export type DebateInput = {
  title: string;
  bodyMd: string;
  categoryId: string;
  tags: string[];
  associationId: string | null;
};

export type ReplyInput = {
  parentId: string | null;
  stance: Stance;
  bodyMd: string;
  quoteOfId: string | null;
  associationId: string | null;
};

export type SearchHit = {
  type: "debate" | "reply";
  debateId: string;
  replyId: string | null;
  title: string;
  /** Sanitised HTML whose matches are marked with `<mark>`. */
  excerptHtml: string;
  category: Pick<DebateCategory, "slug" | "nameAr" | "nameFr"> | null;
  author: DebatePerson;
  association: DebateAssociation | null;
  createdAt: string;
};

export type SearchQuery = {
  q: string;
  type?: "debates" | "replies";
  category?: string;
  association?: string;
  author?: string;
  from?: string;
  to?: string;
  status?: DebateStatus;
  page?: number;
};
