import type { AdminSection } from "../../admin/section.js";
import { FieldsAdmin } from "./FieldsAdmin.js";

/** The fields of action. */
export const referenceAdminSections: AdminSection[] = [
  {
    href: "/admin/fields",
    label: "admin.nav.fields",
    routes: [{ path: "/fields", component: FieldsAdmin }],
    order: 30,
  },
];
