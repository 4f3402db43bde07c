import { useMemo } from "preact/hooks";
import type { Locale } from "../../common/api.js";
import { createStore, useStore } from "../store.js";
import { ar, type Catalogue, type MessageKey } from "./ar.js";
import { formatDate, formatNumber } from "./format.js";
import { fr } from "./fr.js";

export type { MessageKey } from "./ar.js";
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogues: Record<Locale, Catalogue> = { ar, fr };
const storageKey = "tashawur.locale";

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === "fr" ? "fr" : "ar";
  } catch {
    return "ar";
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
  return Object.hasOwn(ar, key);
}

/** Looks a message up and fills its `{name}` placeholders; numbers are formatted for the locale. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = catalogues[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}

/** Translates in the current locale, for code outside components. */
export function t(key: MessageKey, params?: Params): string {
  return translate(localeStore.get(), key, params);
}

export type I18n = {
  locale: Locale;
  t: Translate;
  formatDate: (value: string | number | Date, options?: Intl.DateTimeFormatOptions) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
};

/** The current locale and its helpers; the component re-renders when the locale changes. */
export function useI18n(): I18n {
  const locale = useStore(localeStore);
  return useMemo(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      formatDate: (value, options) => formatDate(value, locale, options),
      formatNumber: (value, options) => formatNumber(value, locale, options),
    }),
    [locale],
  );
}
