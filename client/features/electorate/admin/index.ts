import type { AdminSection } from "../../admin/section.js";
import { ElectorateAdmin } from "./ElectorateAdmin.js";
import { SnapshotView } from "./SnapshotView.js";

/** The electorate's frozen snapshots. */
export const electorateAdminSections: AdminSection[] = [
  {
    href: "/admin/electorate",
    label: "admin.nav.electorate",
    routes: [
      { path: "/electorate", component: ElectorateAdmin },
      { path: "/electorate/:id", component: SnapshotView },
    ],
    order: 50,
  },
];
