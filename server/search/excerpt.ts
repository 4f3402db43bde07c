import { Parser } from "htmlparser2";
import { procliticForms } from "../../common/arabic.js";
import { chunkWords } from "./document.js";
import type { QueryTerm } from "./query.js";
import { arabicStems } from "./stems.js";

/** Characters of text an excerpt shows around its first match, about. */
export const EXCERPT_LENGTH = 240;

// Elements whose end separates words (a paragraph's last word never runs into the next one's first).
const BLOCKS = new Set([
  "p",
  "br",
  "li",
  "blockquote",
  "pre",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "tr",
  "td",
  "th",
  "table",
  "ul",
  "ol",
]);

/** The text of HTML as a reader sees it, entities decoded, blocks separated by a space. */
export function htmlText(html: string): string {
  let text = "";
  const parser = new Parser(
    {
      ontext: (chunk) => {
        text += chunk;
      },
      onclosetag: (name) => {
        if (BLOCKS.has(name)) text += " ";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/\s+/g, " ").trim();
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

/** Whether one written word (folded, with its unfolded letters for the stemmer) answers a query term. */
function wordMatches(word: string, unfolded: string, joined: string | undefined, terms: QueryTerm[]): boolean {
  const forms = [word, ...procliticForms(word)];
  let stems: string[] | undefined;
  return terms.some((term) => {
    if (term.kind === "phrase") return term.words.includes(word);
    if (term.joined && joined?.startsWith(term.joined)) return true;
    return term.words.some((typed) => {
      if (typed.prefixes.some((prefix) => forms.some((form) => form.startsWith(prefix)))) return true;
      if (!typed.stems.length) return false;
      stems ??= arabicStems(unfolded, procliticForms(unfolded));
      return typed.stems.some((stem) => stems?.includes(stem));
    });
  });
}

// A run of letters, marks and digits as written (tatweel is a letter): a word before folding.
const WRITTEN_WORD = /[\p{L}\p{M}\p{N}]+/gu;

type Span = { start: number; end: number };

/** Where the words answering the query are in `text`, in order. */
export function matchSpans(text: string, terms: QueryTerm[]): Span[] {
  const spans: Span[] = [];
  if (!terms.length) return spans;
  for (const chunk of text.matchAll(/\S+/g)) {
    const { joined } = chunkWords(chunk[0]);
    for (const written of chunk[0].matchAll(WRITTEN_WORD)) {
      const { words, unfolded } = chunkWords(written[0]);
      const word = words[0];
      if (word === undefined || words.length !== 1) continue;
      if (wordMatches(word, unfolded[0] as string, joined, terms)) {
        const start = (chunk.index ?? 0) + (written.index ?? 0);
        spans.push({ start, end: start + written[0].length });
      }
    }
  }
  return spans;
}

/**
 * A short excerpt of `text` as HTML, escaped, with the words answering the query inside `<mark>`:
 * from a little before the first match, cut between words, with an ellipsis where text was left out.
 * Without a match, the start of the text.
 */
export function excerptHtml(text: string, terms: QueryTerm[], length = EXCERPT_LENGTH): string {
  const spans = matchSpans(text, terms);
  const first = spans[0];
  let from = 0;
  if (first && first.end > length * 0.6) {
    // Start about a fifth of the excerpt before the first match, at a word boundary.
    const wanted = Math.max(0, first.start - Math.floor(length / 5));
    const boundary = text.indexOf(" ", wanted);
    from = boundary >= 0 && boundary < first.start ? boundary + 1 : first.start;
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const boundary = text.lastIndexOf(" ", to);
    if (boundary > from) to = boundary;
  }
  let html = from > 0 ? "… " : "";
  let at = from;
  for (const span of spans) {
    if (span.start < from || span.end > to) continue;
    html += `${escapeHtml(text.slice(at, span.start))}<mark>${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  html += escapeHtml(text.slice(at, to));
  if (to < text.length) html += " …";
  return html;
}
