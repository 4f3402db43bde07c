import type { AdminSection } from "../../admin/section.js";
import { ApplicationReview } from "./ApplicationReview.js";
import { ApplicationsQueue } from "./ApplicationsQueue.js";
import { AssociationsAdmin } from "./AssociationsAdmin.js";

/** Membership applications (the console's first screen) and every association. */
export const associationsAdminSections: AdminSection[] = [
  {
    href: "/admin",
    label: "admin.nav.applications",
    routes: [
      { path: "/", component: ApplicationsQueue },
      { path: "/applications", component: ApplicationsQueue },
      { path: "/applications/:id", component: ApplicationReview },
    ],
    order: 10,
  },
  {
    href: "/admin/associations",
    label: "admin.nav.associations",
    routes: [{ path: "/associations", component: AssociationsAdmin }],
    order: 20,
  },
];
