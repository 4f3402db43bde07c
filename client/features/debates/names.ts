import type { Locale } from "../../../common/api.js";
import type { DebateAssociation, DebateCategory } from "./types.js";

const enc = encodeURIComponent;

export const debateHref = (id: string) => `/debates/${enc(id)}`;
export const branchHref = (debateId: string, replyId: string) => `/debates/${enc(debateId)}/replies/${enc(replyId)}`;
export const categoryHref = (slug: string) => `/debates/c/${enc(slug)}`;
export const replyAnchor = (replyId: string) => `reply-${replyId}`;

/** A category's name in the interface's language (Arabic when it has no French one). */
export const categoryName = (category: Pick<DebateCategory, "nameAr" | "nameFr">, locale: Locale) =>
  locale === "fr" && category.nameFr ? category.nameFr : category.nameAr;

export const associationName = (association: Pick<DebateAssociation, "nameAr" | "nameFr">, locale: Locale) =>
  locale === "fr" && association.nameFr ? association.nameFr : association.nameAr;
