import { useMemo } from "preact/hooks";
import type { Locale } from "../../common/api.js";
import { createStore, useStore } from "../store.js";
import type { adminAr } from "./admin.ar.js";
import { ar, type CoreKey } from "./ar.js";
import type { assembliesAr } from "./assemblies.ar.js";
import type { debatesAr } from "./debates.ar.js";
import type { decisionsAr } from "./decisions.ar.js";
import { type DateFormat, formatDate, formatNumber, intlLocale } from "./format.js";
import { fr } from "./fr.js";
import type { membershipAr } from "./membership.ar.js";
import { selectPlurals } from "./plural.js";
import type { programmesAr } from "./programmes.ar.js";
import type { proposalsAr } from "./proposals.ar.js";
import type { sessionsAr } from "./sessions.ar.js";
import type { votesAr } from "./votes.ar.js";

/**
 * Every message key: the core catalogue's, loaded with the first page, and those of the sections that
 * come with a lazily loaded screen (the admin console, the membership screens) and add themselves.
 */
export type MessageKey =
  | CoreKey
  | keyof typeof adminAr
  | keyof typeof membershipAr
  | keyof typeof proposalsAr
  | keyof typeof programmesAr
  | keyof typeof decisionsAr
  | keyof typeof votesAr
  | keyof typeof debatesAr
  | keyof typeof sessionsAr
  | keyof typeof assembliesAr;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** A catalogue section in both languages, typed by its Arabic half. */
export type Section<K extends string> = Record<Locale, Record<K, string>>;

const catalogues: Record<Locale, Record<string, string>> = { ar: { ...ar }, fr: { ...fr } };
const storageKey = "tashawur.locale";

/** Adds a lazily loaded section's messages; its screen imports it before rendering anything. */
export function addMessages<K extends string>(section: Section<K>): void {
  Object.assign(catalogues.ar, section.ar);
  Object.assign(catalogues.fr, section.fr);
}

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === "fr" ? "fr" : "ar";
  } catch {
    return "ar";
  }
}

/** Whether the visitor chose a language on this device (the header's switch), rather than the default. */
export function hasChosenLocale(): boolean {
  try {
    return localStorage.getItem(storageKey) !== null;
  } catch {
    return false;
  }
}

/** The interface language; Arabic unless the visitor chose French. */
export const localeStore = createStore<Locale>(readStoredLocale());

export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === "ar" ? "rtl" : "ltr";
}

export function setLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this visit only.
  }
  applyDocumentLocale(locale);
  localeStore.set(locale);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogues.ar, key);
}

/**
 * Looks a message up and fills its `{name}` placeholders. Numbers are formatted for the locale, and a
 * `{count, plural, ...}` block takes the form the number needs in the language («7 جمعيات», «11 جمعية»);
 * text (a name, an email, a French title in an Arabic sentence) is isolated so its direction cannot
 * reorder the words around it.
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const stored = catalogues[locale][key] ?? key;
  if (!params) return stored;
  const template = selectPlurals(stored, params, intlLocale(locale), (value) => formatNumber(value, locale));
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? formatNumber(value, locale) : `\u2068${value}\u2069`;
  });
}

/** Translates in the current locale, for code outside components. */
export function t(key: MessageKey, params?: Params): string {
  return translate(localeStore.get(), key, params);
}

export type I18n = {
  locale: Locale;
  t: Translate;
  /** A day, or a day and its time: the interface's one date format. */
  formatDate: (value: string | number | Date, format?: DateFormat) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
};

/** The current locale and its helpers; the component re-renders when the locale changes. */
export function useI18n(): I18n {
  const locale = useStore(localeStore);
  return useMemo(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      formatDate: (value, format) => formatDate(value, locale, format),
      formatNumber: (value, options) => formatNumber(value, locale, options),
    }),
    [locale],
  );
}
