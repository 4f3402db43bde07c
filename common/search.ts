/**
 * `GET /api/search`: debates and their replies found by what was typed, ranked, each with an excerpt
 * whose matching words are marked.
 */
import type { Paginated, PersonName } from "./api.js";
import type { CategoryRef, DebateAssociation, DebateStatus, Stance } from "./debates.js";

/** Longest query, in characters. */
export const MAX_SEARCH_LENGTH = 200;
/** Results on one page, by default and at most. */
export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_PAGE_SIZE_MAX = 50;

export const searchTypes = ["debates", "replies"] as const;
/** Only debates, or only replies; both when absent. */
export type SearchType = (typeof searchTypes)[number];

/** `GET /api/search` query. Values are sent as text. */
export type SearchQuery = {
  /** What was typed: words (every one required), "quoted phrases" (exactly, in order). */
  q: string;
  type?: SearchType;
  /** A category's slug or id. */
  category?: string;
  /** The id of the association a debate or reply was written for. */
  association?: string;
  /** The author's id. */
  author?: string;
  /** Written on or after this day (YYYY-MM-DD, Morocco's time). */
  from?: string;
  /** Written on or before this day (YYYY-MM-DD, Morocco's time). */
  to?: string;
  /** The debate's status. */
  status?: DebateStatus;
  page?: number;
  pageSize?: number;
};

export type SearchHit = {
  type: "debate" | "reply";
  debateId: string;
  /** The reply found; null for a debate. */
  replyId: string | null;
  /** The debate's title (plain text). */
  title: string;
  /** Sanitised HTML: escaped text whose matching words are inside `<mark>`. */
  excerptHtml: string;
  category: CategoryRef | null;
  author: PersonName;
  association: DebateAssociation | null;
  /** The reply's stance; null for a debate. */
  stance: Stance | null;
  /** The debate's status. */
  status: DebateStatus;
  createdAt: string;
};

/**
 * `GET /api/search` answer. `total` counts the matches up to 1,000; `totalCapped` is true when there
 * are more than that (shown as "more than 1,000"): only the newest 1,000 are ranked and paged.
 */
export type SearchResults = Paginated<SearchHit> & { totalCapped: boolean };
