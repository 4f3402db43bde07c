/** The debates as the pages read them: the API's shapes (common/debates.ts, common/search.ts). */
export * from "../../../common/debates.js";
export type { SearchHit, SearchQuery } from "../../../common/search.js";
