/** The debates as the pages read them: the API's shapes (common/debates.ts, common/search.ts). */
export * from "../../../common/debates.js";
export { type SearchHit, type SearchQuery, type SearchResults, searchTypes } from "../../../common/search.js";
