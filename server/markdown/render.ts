/**
 * User-written Markdown to HTML that is safe to put in a page.
 *
 * This is the only place where user text (association descriptions, charter versions, later debate
 * posts and proposals) becomes HTML. The server renders and sanitises; the client only inserts the
 * result. Two layers, so that a bug in one is not enough for an XSS:
 *
 * 1. markdown-it with `html: false`: raw HTML in the source is never passed through, it is escaped
 *    and shown as text. Users write Markdown, not HTML, so nothing legitimate is lost, and the
 *    parser never has to decide which HTML is harmless. Its link check uses the policy below, so a
 *    refused link stays visible as the text the user typed.
 * 2. sanitize-html with an allowlist on markdown-it's output:
 *    - tags: p, br, strong, em, del, s, blockquote, ul, ol, li, code, pre, h2–h4, hr, a, table,
 *      thead, tbody, tr, th, td. h1 becomes h2 so a user's heading never competes with the page's
 *      h1; h5 and h6 become h4. Everything else is dropped, keeping its text (script, style, xmp and
 *      the like lose their content too).
 *    - attributes: none a user can choose. We set `href`, `rel` and `target` on a, `start` (digits
 *      only) on ol, and `dir="auto"` on paragraphs, list items, headings and table cells so that mixed Arabic and
 *      French text takes its direction from its first strong character. No style, class or id.
 *    - links: http, https and mailto only, checked on the entity-decoded value (`jav&#x61;script:`
 *      is `javascript:`); a control character inside (tab, newline), which browsers would skip,
 *      refuses the link. Relative links only if they start with a single `/` (same site; `//host`
 *      and `/\host` are other sites). http(s) links open in a new tab with
 *      `rel="noopener noreferrer nofollow ugc"`; mailto and same-site links do not. sanitize-html's
 *      own scheme check (same schemes, no protocol-relative URLs) runs after ours.
 *    - no images for now: they will come with the information bank's uploads, served from our own
 *      origin. Until then `![alt](url)` renders as its alt text, and img is not on the allowlist.
 */
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

/** Callers validate lengths first; this is the last guard against pathological input. */
/** The longest Markdown source accepted anywhere; input schemas use it as their maximum. */
export const MARKDOWN_MAX_LENGTH = 100_000;
const MAX_SOURCE_LENGTH = MARKDOWN_MAX_LENGTH;

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const EXTERNAL_LINK_REL = "noopener noreferrer nofollow ugc";

/**
 * The href to emit, or undefined when the link must not be followed. `raw` is entity-decoded
 * already (markdown-it unescapes destinations; htmlparser2 decodes attribute values).
 */
function safeHref(raw: string): string | undefined {
  // Browsers ignore tab and newline inside a URL (`jav\tascript:` is `javascript:`, `/\t/host` is
  // `//host`): refuse any control character left inside rather than guess how it will be read.
  const href = raw.trim();
  if (/\p{Cc}/u.test(href)) return undefined;
  if (href.startsWith("/")) {
    // Browsers read a backslash as a slash in http(s) URLs.
    return /^\/[/\\]/.test(href) ? undefined : href;
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  // Emit what was checked, in the form every browser reads the same way.
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

function isExternal(href: string): boolean {
  return /^https?:/i.test(href);
}

// linkify-it 6 links URLs written with their scheme and e-mail addresses; `www.example.ma` stays text.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
md.validateLink = (url) => safeHref(url) !== undefined;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  // Stryker disable next-line OptionalChaining,StringLiteral: markdown-it gives every image token its children (the alt text, possibly empty); the guard only satisfies the types
  return token?.children ? md.utils.escapeHtml(self.renderInlineAsText(token.children, options, env)) : "";
};

function withDirAuto(tagName: string): sanitizeHtml.Transformer {
  return () => ({ tagName, attribs: { dir: "auto" } });
}

/** Attributes are rebuilt from scratch: nothing the source carried survives except a safe href. */
function transformLink(_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const href = attribs.href === undefined ? undefined : safeHref(attribs.href);
  // Stryker disable next-line ConditionalExpression,ObjectLiteral,StringLiteral: a link left without href is dropped by exclusiveFilter below whatever this returns; the line says so for the reader
  if (href === undefined) return { tagName: "a", attribs: {} };
  if (!isExternal(href)) return { tagName: "a", attribs: { href } };
  return { tagName: "a", attribs: { href, rel: EXTERNAL_LINK_REL, target: "_blank" } };
}

function transformOrderedList(_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const start = attribs.start;
  // Stryker disable next-line ConditionalExpression: the pattern refuses undefined too (read as "undefined"); the test is there for the types
  return { tagName: "ol", attribs: start !== undefined && /^\d{1,9}$/.test(start) ? { start } : {} };
}

const inlineTags = ["strong", "em", "del", "s", "code", "a"];
const linkAttributes = ["href", "rel", "target"];
const dirAuto = [{ name: "dir", values: ["auto"] }];

const sharedOptions = {
  disallowedTagsMode: "discard",
  // Checked again by sanitize-html itself, after our own check in transformLink. These second-layer
  // settings are equivalent mutants while transformLink and the allowlist hold: weakening one alone
  // lets nothing more through, which is the point of having two layers. (http itself is tested.)
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  // Stryker disable next-line ArrayDeclaration,StringLiteral: second layer; transformLink already rebuilt href from a checked URL
  allowedSchemesAppliedToAttributes: ["href"],
  // Stryker disable next-line BooleanLiteral: second layer; safeHref refuses //host and /\host first
  allowProtocolRelative: false,
  // Stryker disable next-line BooleanLiteral: only matters when script or style are on the allowlist, and they are not
  allowVulnerableTags: false,
  // Stryker disable next-line ObjectLiteral: decodeEntities is sanitize-html's default; stated so a reader need not know it
  parser: { decodeEntities: true },
  // A link whose href was refused keeps its text but loses its tag.
  exclusiveFilter: (frame) => (frame.tag === "a" && frame.attribs.href === undefined ? "excludeTag" : false),
} satisfies sanitizeHtml.IOptions;

const blockOptions: sanitizeHtml.IOptions = {
  ...sharedOptions,
  allowedTags: [
    ...inlineTags,
    "p",
    "br",
    "blockquote",
    "ul",
    "ol",
    "li",
    "pre",
    "h2",
    "h3",
    "h4",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: linkAttributes,
    ol: ["start"],
    p: dirAuto,
    li: dirAuto,
    h2: dirAuto,
    h3: dirAuto,
    h4: dirAuto,
    th: dirAuto,
    td: dirAuto,
  },
  transformTags: {
    a: transformLink,
    ol: transformOrderedList,
    p: withDirAuto("p"),
    li: withDirAuto("li"),
    h1: withDirAuto("h2"),
    h2: withDirAuto("h2"),
    h3: withDirAuto("h3"),
    h4: withDirAuto("h4"),
    h5: withDirAuto("h4"),
    h6: withDirAuto("h4"),
    th: withDirAuto("th"),
    td: withDirAuto("td"),
  },
};

const inlineOptions: sanitizeHtml.IOptions = {
  ...sharedOptions,
  allowedTags: inlineTags,
  allowedAttributes: { a: linkAttributes },
  transformTags: { a: transformLink },
};

function assertLength(source: string): void {
  if (source.length > MAX_SOURCE_LENGTH) {
    throw new Error(`Markdown source is ${source.length} characters long; the limit is ${MAX_SOURCE_LENGTH}`);
  }
}

/** Renders a Markdown document (paragraphs, lists, tables, ...) to sanitised HTML. */
export function renderMarkdown(source: string): string {
  assertLength(source);
  return sanitizeHtml(md.render(source), blockOptions);
}

/**
 * Renders one line of Markdown (a title, a summary) to sanitised HTML with inline elements only:
 * emphasis, strike-through, code and links. Line breaks become spaces; block syntax stays text.
 */
export function renderInlineMarkdown(source: string): string {
  assertLength(source);
  return sanitizeHtml(md.renderInline(source.replace(/\r\n?|\n/g, " ")), inlineOptions);
}

/**
 * Passes HTML through the same allowlist as renderMarkdown. For tests and for re-checking HTML
 * stored by an earlier version; new content goes through renderMarkdown.
 */
export function sanitizeRenderedHtml(html: string): string {
  return sanitizeHtml(html, blockOptions);
}
