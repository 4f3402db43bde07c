import { articleForms } from "../../common/arabic.js";
import { Prisma } from "../generated/prisma/client.js";
import { chunkWords, lexeme } from "./document.js";
import { arabicStems } from "./stems.js";

/** Most words a query is made of; the rest is ignored. */
export const MAX_QUERY_WORDS = 16;

// A phrase between straight, Arabic («») or curly (“”) quotes.
const PHRASE = /"([^"]*)"|«([^»]*)»|“([^”]*)”/g;

/** One typed word: looked up as the start of any of `prefixes`, or exactly as one of `stems`. */
export type TypedWord = { prefixes: string[]; stems: string[] };

/**
 * What a query asks for, term by term, every term required: a quoted phrase (these folded words,
 * whole, in order), or a typed chunk (its words, or, when a hyphen or an apostrophe split it, their
 * joined form).
 */
export type QueryTerm = { kind: "phrase"; words: string[] } | { kind: "words"; words: TypedWord[]; joined?: string };

/**
 * One typed word, as the start of a word as typed or without its article, or as the stem of either.
 * `unfolded` is the word before its letters were folded.
 */
function typedWord(word: string, unfolded: string): TypedWord {
  return { prefixes: [word, ...articleForms(word)], stems: arabicStems(unfolded, articleForms(unfolded)) };
}

/**
 * The terms of what someone typed (see searchQuery), at most MAX_QUERY_WORDS words; [] when it holds
 * no word.
 */
export function queryTerms(text: string | undefined): QueryTerm[] {
  if (!text) return [];
  const terms: QueryTerm[] = [];
  let budget = MAX_QUERY_WORDS;
  const take = <T>(words: T[]) => {
    const kept = words.slice(0, Math.max(budget, 0));
    budget -= kept.length;
    return kept;
  };
  const free = text.replace(PHRASE, (_match, ...groups: (string | undefined)[]) => {
    // Stryker disable next-line StringLiteral,MethodExpression: only the matched alternative's group is defined ("" for empty quotes) and it comes first, so the slice changes nothing and the fallback is never used
    const phrase = groups.slice(0, 3).find((group) => group !== undefined) ?? "";
    const words = take(phrase.split(/\s+/).flatMap((chunk) => chunkWords(chunk).words));
    if (words.length) terms.push({ kind: "phrase", words });
    return " ";
  });
  for (const chunk of free.split(/\s+/)) {
    const { words, unfolded, joined } = chunkWords(chunk);
    const kept = take(words).map((word, index) => typedWord(word, unfolded[index] as string));
    if (!kept.length) continue;
    if (joined && kept.length === words.length) {
      terms.push({ kind: "words", words: kept, joined });
    } else {
      for (const word of kept) terms.push({ kind: "words", words: [word] });
    }
  }
  return terms;
}

function wordLiteral(word: TypedWord): string {
  const alternatives = [...word.prefixes.map((form) => `${lexeme(form)}:*`), ...word.stems.map(lexeme)];
  return alternatives.length > 1 ? `(${alternatives.join(" | ")})` : (alternatives[0] as string);
}

function termLiteral(term: QueryTerm): string {
  // Exactly these words (folded), whole, in this order: weight A is a word as written, never one
  // of its forms without proclitics.
  if (term.kind === "phrase") return term.words.map((word) => `${lexeme(word)}:A`).join(" <-> ");
  const parts = term.words.map(wordLiteral);
  return term.joined ? `((${parts.join(" & ")}) | ${lexeme(term.joined)}:*)` : (parts[0] as string);
}

/**
 * The tsquery literal for what someone typed, or undefined when it holds no word. Every word must
 * match (AND), as the start of an indexed word (prefix), as typed or without its article, or by its
 * Arabic stem (another inflection: «المواطنة» finds «المواطنين»); a word split by a hyphen or an
 * apostrophe matches its parts or their joined form. A quoted phrase matches exactly its words, whole,
 * next to each other, in order; the folding (diacritics, letter forms, accents, case) is the
 * documents' (`searchWords`), as everywhere.
 */
export function searchQuery(text: string | undefined): string | undefined {
  const terms = queryTerms(text).map(termLiteral);
  return terms.length ? terms.map((term) => (terms.length > 1 ? `(${term})` : term)).join(" & ") : undefined;
}

/** `vector @@ query`: the condition any query adds to filter on a search column. */
export function searchMatch(vector: Prisma.Sql, query: string): Prisma.Sql {
  return Prisma.sql`${vector} @@ ${query}::tsquery`;
}

/**
 * The relevance of a match, to order by (descending): words found as written (weight A) count more
 * than words found only without their proclitics.
 */
export function searchRank(vector: Prisma.Sql, query: string): Prisma.Sql {
  return Prisma.sql`ts_rank(${vector}, ${query}::tsquery)`;
}
