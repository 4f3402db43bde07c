/** In-app notifications: other modules call `notify` inside their transaction. */

export { notificationRoutes } from "./routes.js";
export { notify } from "./service.js";
