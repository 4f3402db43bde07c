import type { ServerModule } from "../module.js";
import { membershipAgenda, reviewAgenda } from "./agenda.js";
import { settleDueDelegateRequests } from "./delegate-settle.js";
import { associationAdminRoutes, associationRoutes } from "./routes.js";

export { applyForMembership, reviewApplication } from "./applications.js";
export { settleDueDelegateRequests } from "./delegate-settle.js";
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
  agenda: [reviewAgenda, membershipAgenda],
  // Delegate requests whose objection delay ran out take effect, also those that fell due while stopped.
  start({ db, log }) {
    const settle = () =>
      void settleDueDelegateRequests(db).catch((error: unknown) =>
        log.warn({ err: error }, "delegate settlement failed"),
      );
    settle();
    const timer = setInterval(settle, 60_000);
    timer.unref();
    return () => clearInterval(timer);
  },
};
