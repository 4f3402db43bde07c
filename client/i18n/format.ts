import type { Locale } from "../../common/api.js";

/** Morocco's locales; Arabic keeps Western digits, as Morocco writes them. */
const intlLocales: Record<Locale, string> = { ar: "ar-MA", fr: "fr-MA" };

export function intlLocale(locale: Locale): string {
  return intlLocales[locale];
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocales[locale], { ...options, numberingSystem: "latn" }).format(value);
}

export function formatDate(
  value: string | number | Date,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: "long" },
): string {
  return new Intl.DateTimeFormat(intlLocales[locale], { ...options, numberingSystem: "latn" }).format(new Date(value));
}

/** "30 ثانية", "2 دقائق": Intl picks the plural form the language needs. */
export function formatDuration(seconds: number, locale: Locale): string {
  const inMinutes = seconds >= 90;
  const value = inMinutes ? Math.ceil(seconds / 60) : Math.max(1, Math.ceil(seconds));
  return formatNumber(value, locale, { style: "unit", unit: inMinutes ? "minute" : "second", unitDisplay: "long" });
}

export function compareNames(a: string, b: string, locale: Locale): number {
  return a.localeCompare(b, intlLocales[locale]);
}
