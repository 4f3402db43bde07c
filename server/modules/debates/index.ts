import type { ServerModule } from "../module.js";
import { unreadDebates } from "./agenda.js";
import { debateAdminRoutes, debateRoutes } from "./routes.js";
import { debateSockets } from "./sockets.js";

export { createCategory } from "./categories.js";
export { decideDebate } from "./moderation.js";
export {
  createDebate,
  createReply,
  debateSearchText,
  endorseReply,
  openDebate,
  readDebatePage,
  replySearchText,
} from "./service.js";

/**
 * Debates: categories, threads with replies nested to any depth and their stances, endorsements,
 * revisions, flags and moderation, live rooms per debate, and the home page's unread replies.
 */
export const debatesModule: ServerModule = {
  name: "debates",
  routes: debateRoutes,
  adminRoutes: debateAdminRoutes,
  sockets: debateSockets,
  agenda: [unreadDebates],
};
