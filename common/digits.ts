/**
 * Digits as people type them. An Arabic keyboard gives Eastern Arabic digits («١٩٩٨», U+0660–U+0669),
 * a Persian or Urdu one the extended forms (U+06F0–U+06F9); the forum stores and compares Western
 * digits. The client normalises what is typed and the server does the same in its validation, so a
 * number is never refused for the script of its digits.
 */

const EASTERN_ARABIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;
const otherDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** The text with every Eastern Arabic or Persian digit replaced by its Western digit; nothing else changes. */
export function toWesternDigits(text: string): string {
  return text.replace(otherDigits, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : EASTERN_ARABIC_ZERO;
    return String(code - zero);
  });
}

/**
 * A whole number typed in any of the three digit scripts (surrounding spaces allowed), or null when
 * the text is not one. Arabic thousands separators (U+066C) are not accepted: a year or a count has none.
 */
export function parseWholeNumber(text: string): number | null {
  const western = toWesternDigits(text).trim();
  return /^[0-9]{1,15}$/.test(western) ? Number(western) : null;
}
