import type { ServerModule } from "../module.js";
import { associationAdminRoutes, associationRoutes } from "./routes.js";

export { applyForMembership, reviewApplication } from "./applications.js";
export { suspendAssociation, withdrawAssociation } from "./membership.js";
export { setMemberRole } from "./people.js";
export { effectiveStatus } from "./status.js";

/**
 * Member associations: the directory and pages, applications and their review, representatives'
 * actions (profile, logo, people, invitations, join requests), suspension and withdrawal.
 */
export const associationsModule: ServerModule = {
  name: "associations",
  routes: associationRoutes,
  adminRoutes: associationAdminRoutes,
};
