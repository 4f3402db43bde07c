/** The debates as the pages read them: the API's shapes (common/debates.ts), and the search's. */
import type { PersonName } from "../../../common/api.js";
import type { CategoryRef, DebateAssociation, DebateStatus, Stance } from "../../../common/debates.js";

export * from "../../../common/debates.js";

/** `GET /api/search` query. */
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

/** A debate or a reply found, with an excerpt whose matches are marked with `<mark>` (sanitised HTML). */
export type SearchHit = {
  type: "debate" | "reply";
  debateId: string;
  replyId: string | null;
  title: string;
  excerptHtml: string;
  category: CategoryRef | null;
  author: PersonName;
  association: DebateAssociation | null;
  stance: Stance | null;
  status: DebateStatus;
  createdAt: string;
};
