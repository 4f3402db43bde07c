import "../../../i18n/debates.js";
import type { AdminSection } from "../../admin/section.js";
import { CategoriesAdmin } from "./CategoriesAdmin.js";

/** The debates' categories: their names, descriptions and order. */
export const debatesAdminSections: AdminSection[] = [
  {
    href: "/admin/debate-categories",
    label: "admin.nav.debateCategories",
    routes: [{ path: "/debate-categories", component: CategoriesAdmin }],
    order: 35,
  },
];
