import type { ServerModule } from "../module.js";
import { notificationRoutes } from "./routes.js";

export { notify } from "./service.js";

/** In-app notifications: other modules call `notify` inside their transaction; people read theirs. */
export const notificationsModule: ServerModule = {
  name: "notifications",
  routes: notificationRoutes,
};
