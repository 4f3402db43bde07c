import type { Locale } from "../../../common/api.js";

/** A reference item's name in the interface language (regions, fields of action). */
export function localName(item: { nameAr: string; nameFr: string }, locale: Locale): string {
  return locale === "fr" ? item.nameFr : item.nameAr;
}

/** The address of an association's public page. */
export const associationHref = (slug: string) => `/associations/${encodeURIComponent(slug)}`;

/** The address of the screen where its representatives manage it. */
export const manageHref = (slug: string) => `/me/associations/${encodeURIComponent(slug)}`;

/** A path inside the site (never `//host`), for returning after a log-in; "/" otherwise. */
export function safeNext(value: string | undefined): string {
  return value?.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}
