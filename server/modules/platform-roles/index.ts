import type { ServerModule } from "../module.js";
import { platformRoleAdminRoutes } from "./routes.js";

/** Platform roles: admins list accounts and name admins and moderators. */
export const platformRolesModule: ServerModule = { name: "platform-roles", adminRoutes: platformRoleAdminRoutes };
