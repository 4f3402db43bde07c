import { stemmer } from "@orama/stemmers/arabic";
import { normalizeArabic } from "../../common/arabic.js";

/**
 * Stems are indexed beside the words under this mark, so that a stem is only ever compared with
 * stems: a word typed is looked up by prefix (`'مواطن':*`), a stem exactly (`'=مواطن'`), and one never
 * finds the other by accident. Words are letters and digits only, so no word starts with it.
 */
export const STEM_MARK = "=";
// Shorter stems say too little about the word they came from.
const MIN_STEM = 2;
const ARABIC_WORD = /^[\u0621-\u064A]/;
// Stems already computed, by word: words repeat (a Zipf law), the stemmer costs microseconds.
const cache = new Map<string, string>();
const CACHE_SIZE = 50_000;

function stemOf(form: string): string {
  let stem = cache.get(form);
  if (stem === undefined) {
    stem = normalizeArabic(stemmer(form));
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(form, stem);
  }
  return stem;
}

/**
 * The Snowball Arabic stems of a word and of its forms without proclitics, folded, each with the
 * stem mark: «للمواطنة», «المواطنون» and «مواطنين» all give «=مواطن». Snowball's algorithm is the one
 * PostgreSQL's `arabic_stem` dictionary runs (tests/postgres compares them word by word); it is run
 * here so that PGlite and PostgreSQL index the same lexemes. `forms` are the unfolded word's own
 * forms (without its article, or without any proclitic): the stemmer takes off the article but not a
 * conjunction before it («والمواطنين» stays «والمواطن»). A word that is not Arabic has no stem.
 */
export function arabicStems(word: string, forms: readonly string[] = []): string[] {
  if (!ARABIC_WORD.test(word)) return [];
  const stems = new Set<string>();
  for (const form of [word, ...forms]) {
    const stem = stemOf(form);
    if (stem.length >= MIN_STEM) stems.add(`${STEM_MARK}${stem}`);
  }
  return [...stems];
}
