import { associationsAdminSections } from "../associations/admin/index.js";
import { auditAdminSections } from "../audit/admin/index.js";
import { charterAdminSections } from "../charter/admin/index.js";
import { debatesAdminSections } from "../debates/admin/index.js";
import { electorateAdminSections } from "../electorate/admin/index.js";
import { platformRolesAdminSections } from "../platform-roles/admin/index.js";
import { referenceAdminSections } from "../reference/admin/index.js";
import type { AdminSection } from "./section.js";

/**
 * The admin console is a composition of the domains' admin sections, as the server's `/api/admin`
 * is of the modules' admin routes: a new domain adds its `admin/index.ts` here.
 */
export const sections: AdminSection[] = [
  ...associationsAdminSections,
  ...referenceAdminSections,
  ...charterAdminSections,
  ...debatesAdminSections,
  ...electorateAdminSections,
  ...platformRolesAdminSections,
  ...auditAdminSections,
].sort((a, b) => a.order - b.order);
