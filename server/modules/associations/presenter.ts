import type { AssociationManageView, AssociationPage, AssociationSummary } from "../../../common/associations.js";
import type { CharterVersionSummary } from "../../../common/charter.js";
import type { RegionCode } from "../../../common/reference.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { presentField } from "../reference/index.js";
import { effectiveStatus } from "./status.js";

/** What every association answer reads with the association row. */
export const associationInclude = {
  region: true,
  fields: { include: { field: true }, orderBy: { field: { sortOrder: "asc" } } },
  members: {
    where: { role: "representative" },
    include: { user: { select: { id: true, name: true } } },
    orderBy: { joinedAt: "asc" },
  },
  delegate: { select: { userId: true } },
} satisfies Prisma.AssociationInclude;

export type AssociationRow = Prisma.AssociationGetPayload<{ include: typeof associationInclude }>;

export const logoUrl = (file: string | null) => (file ? `/api/logos/${file}` : null);

export function presentSummary(row: AssociationRow, now = new Date()): AssociationSummary {
  return {
    id: row.id,
    slug: row.slug,
    nameAr: row.nameAr,
    nameFr: row.nameFr,
    city: row.city,
    region: { code: row.region.code as RegionCode, nameAr: row.region.nameAr, nameFr: row.region.nameFr },
    fields: row.fields.map((link) => presentField(link.field)),
    foundedYear: row.foundedYear,
    logoUrl: logoUrl(row.logoFile),
    status: effectiveStatus(row, now),
  };
}

/** The public page: names of representatives, never their emails. */
export function presentPage(row: AssociationRow, now = new Date()): AssociationPage {
  const summary = presentSummary(row, now);
  return {
    ...summary,
    descriptionHtml: row.descriptionHtml,
    contact: { email: row.contactEmail, phone: row.contactPhone, website: row.website },
    eligibility: {
      nationalScope: row.nationalScope,
      voluntary: row.voluntary,
      nonProfit: row.nonProfit,
      nonPolitical: row.nonPolitical,
    },
    representatives: row.members.map((member) => ({
      id: member.user.id,
      name: member.user.name,
      isPrimaryDelegate: row.delegate?.userId === member.userId,
    })),
    suspension:
      summary.status === "suspended"
        ? { reason: row.suspensionReason ?? "", until: row.suspendedUntil?.toISOString() ?? null }
        : null,
    memberSince: row.memberSince?.toISOString() ?? null,
  };
}

export type ManageExtras = {
  application: { id: string; status: AssociationManageView["applicationStatus"] } | null;
  pendingAcceptances: CharterVersionSummary[];
  viewer: AssociationManageView["viewer"];
  abilities: AssociationManageView["abilities"];
};

/** What representatives and admins read: the page plus the private fields. */
export function presentManage(row: AssociationRow, extras: ManageExtras, now = new Date()): AssociationManageView {
  return {
    ...presentPage(row, now),
    registrationRef: row.registrationRef,
    descriptionMd: row.descriptionMd,
    eligibilityEditable: row.memberSince === null && (row.status === "pending" || row.status === "active"),
    applicationId: extras.application?.id ?? null,
    applicationStatus: extras.application?.status ?? null,
    pendingAcceptances: extras.pendingAcceptances,
    viewer: extras.viewer,
    abilities: extras.abilities,
  };
}
