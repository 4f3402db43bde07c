import type { AdminSection } from "../../admin/section.js";
import { AccountsAdmin } from "./AccountsAdmin.js";

/** Accounts and their platform roles. */
export const platformRolesAdminSections: AdminSection[] = [
  {
    href: "/admin/accounts",
    label: "admin.nav.accounts",
    routes: [{ path: "/accounts", component: AccountsAdmin }],
    order: 60,
  },
];
