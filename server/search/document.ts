import { foldLetters, procliticForms, unfoldedWords } from "../../common/arabic.js";
import { arabicStems } from "./stems.js";

/** Longest word kept, in characters: a tsvector lexeme must stay under 2 KB. */
export const MAX_WORD = 100;
// The last position a tsvector records.
const MAX_POSITION = 16383;

/** A lexeme written for a tsvector or tsquery literal. */
export function lexeme(word: string): string {
  return `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * The words of one whitespace-separated chunk, each cut to MAX_WORD, with the chunk's words joined
 * when a hyphen or an apostrophe split it (Al-Amal is also found as «alamal»). `unfolded` holds the
 * same words before their letters were folded, for the stemmer.
 */
export function chunkWords(chunk: string): { words: string[]; unfolded: string[]; joined: string | undefined } {
  const unfolded = unfoldedWords(chunk).map((word) => word.slice(0, MAX_WORD));
  const words = unfolded.map(foldLetters);
  const joined = words.length > 1 ? words.join("").slice(0, MAX_WORD) : undefined;
  return { words, unfolded, joined };
}

// The lexemes of a word, by its unfolded form: words repeat, their forms and stems need computing once.
const lexemeCache = new Map<string, string[]>();
const LEXEME_CACHE_SIZE = 50_000;

/** A word's lexemes: itself first, then its forms without proclitics, then its stems. */
function wordLexemes(word: string, unfolded: string): string[] {
  const key = `${word}\u0000${unfolded}`;
  let lexemes = lexemeCache.get(key);
  if (lexemes === undefined) {
    lexemes = [
      lexeme(word),
      ...procliticForms(word).map(lexeme),
      ...arabicStems(unfolded, procliticForms(unfolded)).map(lexeme),
    ];
    if (lexemeCache.size >= LEXEME_CACHE_SIZE) lexemeCache.clear();
    lexemeCache.set(key, lexemes);
  }
  return lexemes;
}

/**
 * What a record is searched by, as a tsvector literal that the database casts (`search_text::tsvector`):
 * each folded word at its position with weight A, and at the same position, with the default weight,
 * its forms without proclitics («للتنميه» also as «لتنميه» and «تنميه») and the joined form of a
 * hyphenated word, and the Arabic stems of the word and of those forms (`arabicStems`). Built here rather than by the database's parser and dictionaries so that PGlite and
 * PostgreSQL index exactly the same lexemes.
 */
export function searchDocument(...texts: (string | null | undefined)[]): string {
  const entries: string[] = [];
  let position = 0;
  for (const text of texts) {
    for (const chunk of (text ?? "").split(/\s+/)) {
      const { words, unfolded, joined } = chunkWords(chunk);
      const first = Math.min(position + 1, MAX_POSITION);
      words.forEach((word, index) => {
        position += 1;
        const at = Math.min(position, MAX_POSITION);
        const [written, ...others] = wordLexemes(word, unfolded[index] as string);
        entries.push(`${written}:${at}A`);
        for (const other of others) entries.push(`${other}:${at}`);
      });
      if (joined) entries.push(`${lexeme(joined)}:${first}`);
    }
  }
  return entries.join(" ");
}
