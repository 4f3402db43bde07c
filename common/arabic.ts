/**
 * Text helpers for Arabic-first search and slugs, shared by the server (stored search column, queries)
 * and the client (slug previews).
 */

// Tashkeel and Quranic annotation marks, superscript alef, and the Quranic small letters and stops.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
// Every other combining mark (French accents once decomposed by NFD).
const LATIN_MARKS = /[\u0300-\u036F]/g;

const LETTER_FOLDS: Record<string, string> = {
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0622": "\u0627", // آ
  "\u0671": "\u0627", // ٱ
  "\u0672": "\u0627",
  "\u0673": "\u0627",
  "\u0649": "\u064A", // ى → ي
  "\u06CC": "\u064A", // Persian yeh → ي
  "\u0629": "\u0647", // ة → ه
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
  "\u06A9": "\u0643", // keheh → ك
  "\u0153": "oe", // œ
  "\u00E6": "ae", // æ
  "\u00DF": "ss", // ß
};
// Stryker disable next-line StringLiteral: a separator would only add characters that fold to themselves
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");

/** Text without its marks: diacritics, tatweel and accents gone, latin letters lower-cased; letters unfolded. */
function withoutMarks(text: string): string {
  return text
    .normalize("NFKC")
    .replace(ARABIC_MARKS, "")
    .replace(TATWEEL, "")
    .normalize("NFD")
    .replace(LATIN_MARKS, "")
    .normalize("NFC")
    .toLowerCase();
}

/** The letter folds of `normalizeArabic` alone: alef forms, ى, ة, ؤ, ئ, Persian letters, ligatures. */
export function foldLetters(text: string): string {
  return text.replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/**
 * Folds text for search: removes Arabic diacritics (tashkeel, superscript alef, Quranic marks) and
 * tatweel, unifies alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ → و, ئ → ي, lower-cases latin letters,
 * removes French accents, and collapses whitespace. The same function makes the stored search column
 * and the query, so both sides fold alike.
 */
export function normalizeArabic(text: string): string {
  return foldLetters(withoutMarks(text)).replace(/\s+/g, " ").trim();
}

// Eastern Arabic (U+0660–0669) and Persian (U+06F0–06F9) digits, read as ASCII digits by search.
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of a text before their letters are folded: marks gone, digits read as ASCII, split as
 * `searchWords` splits. A stemmer reads these (it tells ة from ه); `foldLetters` of each word is
 * `searchWords`' word at the same index.
 */
export function unfoldedWords(text: string): string[] {
  const plain = withoutMarks(text).replace(EASTERN_DIGITS, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
  return plain.match(WORD) ?? [];
}

/**
 * The words of a text as search sees them: folded by `normalizeArabic`, digits read as ASCII, split on
 * everything that is not a letter or a digit (spaces, hyphens, apostrophes, punctuation).
 */
export function searchWords(text: string): string[] {
  return unfoldedWords(text).map(foldLetters);
}

// The proclitics written before an Arabic word, in the order they attach: a conjunction (و ف), then a
// preposition (ب ك ل) or the article (ال), or both (بال كال); ل before the article drops its alef (لل).
const CONJUNCTIONS = ["", "\u0648", "\u0641"];
const ATTACHED = [
  "",
  "\u0628",
  "\u0643",
  "\u0644",
  "\u0627\u0644",
  "\u0628\u0627\u0644",
  "\u0643\u0627\u0644",
  "\u0644\u0644",
];
const PROCLITICS = CONJUNCTIONS.flatMap((conjunction) => ATTACHED.map((rest) => conjunction + rest))
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);
// The same, when they end with the article: what a reader types a word with (التنمية, بالتنمية, للتنمية).
const ARTICLE_PROCLITICS = PROCLITICS.filter((prefix) => /\u0627\u0644$|\u0644\u0644$/.test(prefix));
const MIN_STEM = 2;
const ARABIC_LETTER = /^[\u0621-\u064A]/;

function strippedBy(word: string, prefixes: string[]): string[] {
  if (!ARABIC_LETTER.test(word)) return [];
  return prefixes
    .filter((prefix) => word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM)
    .map((prefix) => word.slice(prefix.length));
}

/**
 * The forms a folded word may stand for once its proclitics are taken off, itself excluded: every
 * split of conjunction, preposition and article that leaves at least two letters («وللتنميه» gives
 * «للتنميه», «لتنميه», «تنميه»). Indexed for the words of a document, since a leading و ف ب ك ل may
 * also be a root letter (بيئه): the word itself is always indexed too.
 */
export function procliticForms(word: string): string[] {
  return [...new Set(strippedBy(word, PROCLITICS))];
}

/**
 * The forms a typed word is looked up under besides itself: without the article and what precedes it
 * («التنميه», «بالتنميه», «للتنميه» give «تنميه»). Bare proclitic letters are not taken off a query
 * word (بيئه stays بيئه), because the document side already indexes every split.
 */
export function articleForms(word: string): string[] {
  return [...new Set(strippedBy(word, ARTICLE_PROCLITICS))];
}

// A simple, readable transliteration (not a scholarly one): enough for a URL.
const TRANSLITERATION: Record<string, string> = {
  ا: "a",
  ب: "b",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "ch",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "a",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "a",
  و: "ou",
  ي: "i",
  ء: "",
  "\u06A4": "v",
  "\u06AF": "g",
  "\u0660": "0",
  "\u0661": "1",
  "\u0662": "2",
  "\u0663": "3",
  "\u0664": "4",
  "\u0665": "5",
  "\u0666": "6",
  "\u0667": "7",
  "\u0668": "8",
  "\u0669": "9",
};

/** Latin letters for Arabic text (after folding), for slugs; other scripts pass through. */
export function transliterateArabic(text: string): string {
  return [...normalizeArabic(text)].map((char) => TRANSLITERATION[char] ?? char).join("");
}

/**
 * A URL slug: lower-case latin letters, digits and single hyphens, at most `max` characters, cut
 * between words (inside a word only when the first word alone is longer than `max`). Arabic is transliterated, French accents are dropped. May be empty.
 */
export function slugify(text: string, max = 60): string {
  const hyphenated = transliterateArabic(text).replace(/[^a-z0-9]+/g, "-");
  // Stryker disable next-line Regex: the replace above leaves at most one hyphen at each end
  const slug = hyphenated.replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  // Whole words only: the last boundary that fits, however early; a first word longer than the
  // limit is the one case cut inside a word.
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf("-");
  // Stryker disable next-line Regex,StringLiteral: neither cut can end with a hyphen (one would be a later boundary); kept as a guard
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/g, "");
}
