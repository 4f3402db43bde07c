import type { Locale } from "../../common/api.js";

/** Morocco's locales; Arabic keeps Western digits, as Morocco writes them. */
const intlLocales: Record<Locale, string> = { ar: "ar-MA", fr: "fr-MA" };

export function intlLocale(locale: Locale): string {
  return intlLocales[locale];
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocales[locale], { ...options, numberingSystem: "latn" }).format(value);
}

/**
 * The two ways the interface writes a moment, the same on every screen: a day («12 مارس 2026»), or a
 * day and its time («12 مارس 2026 في 14:30») where the hour matters (history, audit log, snapshots).
 */
const dateFormats = {
  day: { dateStyle: "long" },
  dayAndTime: { dateStyle: "long", timeStyle: "short" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateFormat = keyof typeof dateFormats;

export function formatDate(value: string | number | Date, locale: Locale, format: DateFormat = "day"): string {
  return new Intl.DateTimeFormat(intlLocales[locale], { ...dateFormats[format], numberingSystem: "latn" }).format(
    new Date(value),
  );
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
