import type { AdminSection } from "../../admin/section.js";
import { CharterAdmin } from "./CharterAdmin.js";

/** The charter's and the internal rules' versions. */
export const charterAdminSections: AdminSection[] = [
  {
    href: "/admin/charter",
    label: "admin.nav.charter",
    routes: [{ path: "/charter", component: CharterAdmin }],
    order: 40,
  },
];
