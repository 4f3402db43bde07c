import fc from "fast-check";
import { describe, it } from "vitest";
import { normalizeArabic, slugify } from "./arabic.js";

// Property tests: a table of cases cannot cover every way a name can be written, so these generate
// the writings. A search finds a stored name when every folded word of the query is inside the
// folded name (the directory's rule), so "finds" below is `includes` on folded text.

const BASE_LETTERS = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهويء"];
// For each base letter, the other ways people type it; folding must bring them all back.
const VARIANTS: Record<string, string[]> = {
  ا: ["أ", "إ", "آ", "ٱ", "\u0672", "\u0673"],
  ي: ["ى", "ی", "ئ"],
  ه: ["ة"],
  و: ["ؤ"],
  ك: ["ک"],
};
// Tashkeel, superscript alef and a Quranic mark: typed or not, the word is the same.
const MARKS = ["\u064B", "\u064C", "\u064D", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u0670", "\u06D6"];
const TATWEEL = "\u0640";

const baseWord = fc.array(fc.constantFrom(...BASE_LETTERS), { minLength: 1, maxLength: 8 }).map((l) => l.join(""));

/** A word and one of its written variants: letters swapped for their variants, marks and tatweel added. */
const wordAndVariant = baseWord.chain((word) =>
  fc
    .tuple(
      ...[...word].map((letter) =>
        fc.tuple(
          fc.constantFrom(letter, ...(VARIANTS[letter] ?? [])),
          fc.array(fc.constantFrom(...MARKS), { maxLength: 2 }),
          fc.boolean(),
        ),
      ),
    )
    .map((parts) => ({
      word,
      variant: parts.map(([letter, marks, tatweel]) => letter + marks.join("") + (tatweel ? TATWEEL : "")).join(""),
    })),
);

const latinWord = fc
  .array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), { minLength: 1, maxLength: 10 })
  .map((l) => l.join(""));
const ACCENTED: Record<string, string[]> = {
  a: ["à", "â", "A", "À"],
  e: ["é", "è", "ê", "ë", "E", "É"],
  c: ["ç", "C", "Ç"],
};
const latinAndVariant = latinWord.chain((word) =>
  fc
    .tuple(...[...word].map((letter) => fc.constantFrom(letter, letter.toUpperCase(), ...(ACCENTED[letter] ?? []))))
    .map((letters) => ({ word, variant: letters.join("") })),
);

const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(...BASE_LETTERS, ...Object.values(VARIANTS).flat(), ...MARKS, TATWEEL, " ", "\t", "a", "É"),
      {
        maxLength: 40,
      },
    )
    .map((chars) => chars.join("")),
);

describe("normalizeArabic (properties)", () => {
  it("folding twice is folding once, for any text", () => {
    fc.assert(fc.property(anyText, (text) => normalizeArabic(normalizeArabic(text)) === normalizeArabic(text)));
  });

  it("folds every variant of an Arabic word to the word itself", () => {
    fc.assert(fc.property(wordAndVariant, ({ word, variant }) => normalizeArabic(variant) === normalizeArabic(word)));
  });

  it("finds a stored name by any variant of one of its words, and the name by the plain word", () => {
    fc.assert(
      fc.property(wordAndVariant, baseWord, baseWord, ({ word, variant }, before, after) => {
        const stored = normalizeArabic(`${before} ${variant} ${after}`);
        const storedPlain = normalizeArabic(`${before} ${word} ${after}`);
        return stored.includes(normalizeArabic(word)) && storedPlain.includes(normalizeArabic(variant));
      }),
    );
  });

  it("finds a French word whatever its accents and capitals", () => {
    fc.assert(fc.property(latinAndVariant, ({ word, variant }) => normalizeArabic(variant) === word));
  });

  it("leaves no mark, no tatweel, no letter variant and no run of spaces", () => {
    const foldedAway = new RegExp(`[${MARKS.join("")}${TATWEEL}${Object.values(VARIANTS).flat().join("")}]|\\s\\s`);
    fc.assert(fc.property(anyText, (text) => !foldedAway.test(normalizeArabic(text))));
  });
});

describe("slugify (properties)", () => {
  it("only ever yields lower-case latin letters, digits and single hyphens, within the length", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 80 }), (text, max) => {
        const slug = slugify(text, max);
        return /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/.test(slug) && slug.length <= max;
      }),
    );
  });
});
