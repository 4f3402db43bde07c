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
        entries.push(`${lexeme(word)}:${at}A`);
        for (const form of procliticForms(word)) entries.push(`${lexeme(form)}:${at}`);
        const raw = unfolded[index] as string;
        for (const stem of arabicStems(raw, procliticForms(raw))) entries.push(`${lexeme(stem)}:${at}`);
      });
      if (joined) entries.push(`${lexeme(joined)}:${first}`);
    }
  }
  return entries.join(" ");
}
