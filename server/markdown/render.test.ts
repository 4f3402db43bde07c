import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderInlineMarkdown, renderMarkdown, sanitizeRenderedHtml } from "./render.js";

// The corpus is assembled from public knowledge: the OWASP XSS filter evasion cheat sheet, the kinds
// of case DOMPurify's fixtures and sanitize-html's own tests cover, and Markdown-specific vectors
// (link destinations, titles, reference definitions, autolinks). Each vector is checked by
// findUnsafeMarkup, an independent reading of the output: this file's own copy of the allowlist, so
// that a mistake in render.ts's configuration is not mirrored here.

const REL = "noopener noreferrer nofollow ugc";

/** What may appear on each tag in rendered output, and nothing else. */
const ALLOWED: Record<string, readonly string[]> = {
  p: ["dir"],
  br: [],
  strong: [],
  em: [],
  del: [],
  s: [],
  blockquote: [],
  ul: [],
  ol: ["start"],
  li: ["dir"],
  code: [],
  pre: [],
  h2: ["dir"],
  h3: ["dir"],
  h4: ["dir"],
  hr: [],
  a: ["href", "rel", "target"],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["dir"],
  td: ["dir"],
};

const FORBIDDEN_TAG = /<\/?(script|iframe|object|embed|svg|math|style|form|img|base|meta|link|input|button)\b/i;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'<>/=]+(?:="[^"<>]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s"'<>/=]+)(?:="([^"<>]*)")?/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  colon: ":",
  tab: "\t",
  newline: "\n",
  sol: "/",
  bsol: "\\",
  nbsp: "\u00a0",
};

/** Decodes an attribute value as a browser would, for the entities that matter to a URL. */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (entity, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

function isSafeHref(encoded: string): boolean {
  // sanitize-html writes & as &amp; in attributes: any other reference is a value it did not write.
  if (/&(?!(amp|quot|lt|gt);)/.test(encoded)) return false;
  const href = decodeAttribute(encoded)
    .replace(/[\t\n\r]/g, "")
    .trim();
  if (/^(javascript|vbscript|data):/i.test(href.replace(/\p{Cc}|\s/gu, ""))) return false;
  if (/\p{Cc}/u.test(href)) return false;
  return /^(https?:\/\/[^/\\]|mailto:|\/(?![/\\]))/i.test(href);
}

/** Every problem found in `html`; an empty list means nothing in it can run script or leave the site unmarked. */
function findUnsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  if (FORBIDDEN_TAG.test(html)) problems.push(`forbidden tag in ${html}`);
  let tags = 0;
  for (const match of html.matchAll(TAG)) {
    tags++;
    const [markup, closing, rawName, attributes = ""] = match;
    const name = (rawName ?? "").toLowerCase();
    const allowed = ALLOWED[name];
    if (allowed === undefined) {
      problems.push(`tag not on the allowlist: ${markup}`);
      continue;
    }
    if (/\son\w+\s*=/i.test(markup)) problems.push(`event handler: ${markup}`);
    if (closing && attributes !== "") problems.push(`attributes on a closing tag: ${markup}`);
    const found = new Map<string, string>();
    for (const [, attribute = "", value = ""] of attributes.matchAll(ATTRIBUTE)) {
      found.set(attribute.toLowerCase(), value);
      if (!allowed.includes(attribute.toLowerCase())) problems.push(`attribute ${attribute} in ${markup}`);
    }
    const dir = found.get("dir");
    if (dir !== undefined && dir !== "auto") problems.push(`dir other than auto: ${markup}`);
    const start = found.get("start");
    if (start !== undefined && !/^\d+$/.test(start)) problems.push(`start not a number: ${markup}`);
    const href = found.get("href");
    if (name === "a" && !closing) {
      if (href === undefined) problems.push(`link without href: ${markup}`);
      else if (!isSafeHref(href)) problems.push(`unsafe href: ${markup}`);
      const external = href !== undefined && /^https?:/i.test(decodeAttribute(href));
      if (external && (found.get("rel") !== REL || found.get("target") !== "_blank")) {
        problems.push(`external link without rel and target: ${markup}`);
      }
      if (found.get("target") !== undefined && found.get("rel") !== REL) problems.push(`target without rel: ${markup}`);
    }
  }
  // sanitize-html escapes every < in text and attribute values, so each one left must open a tag.
  const openings = html.split("<").length - 1;
  if (openings !== tags) problems.push(`${openings - tags} unparsed "<" in ${html}`);
  return problems;
}

function expectSafe(html: string): void {
  expect(findUnsafeMarkup(html)).toEqual([]);
}

type Vector = { name: string; source: string; expected?: string };

/** Markdown a user could type. `expected` is renderMarkdown's exact output where it says something. */
const markdownVectors: Vector[] = [
  {
    name: "script tag",
    source: "<script>alert(1)</script>",
    expected: '<p dir="auto">&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
  },
  {
    name: "img with onerror",
    source: "<img src=x onerror=alert(1)>",
    expected: '<p dir="auto">&lt;img src=x onerror=alert(1)&gt;</p>\n',
  },
  { name: "inline HTML with a handler", source: "text <b onclick=alert(1)>bold</b> text" },
  { name: "HTML block", source: "<div>\n<script>alert(1)</script>\n</div>" },
  { name: "svg onload", source: "<svg onload=alert(1)>" },
  { name: "svg with script", source: "<svg><script>alert(1)</script></svg>" },
  { name: "MathML link", source: '<math href="javascript:alert(1)">click</math>' },
  { name: "iframe", source: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: "style", source: "<style>body{background:url(javascript:alert(1))}</style>" },
  { name: "form", source: "<form action=javascript:alert(1)><button>go</button></form>" },
  { name: "HTML link", source: '<a href="javascript:alert(1)">x</a>' },
  { name: "HTML comment", source: "<!-- <script>alert(1)</script> -->" },
  { name: "CDATA", source: "<![CDATA[<script>alert(1)</script>]]>" },
  { name: "processing instruction", source: "<?xml-stylesheet href=javascript:alert(1)?>" },
  {
    name: "javascript: link",
    source: "[x](javascript:alert(1))",
    expected: '<p dir="auto">[x](javascript:alert(1))</p>\n',
  },
  { name: "javascript: link, mixed case", source: "[x](JaVaScRiPt:alert(1))" },
  { name: "javascript: link, hex entity", source: "[x](jav&#x61;script:alert(1))" },
  { name: "javascript: link, decimal entity", source: "[x](&#106;avascript:alert(1))" },
  { name: "javascript: link, named colon", source: "[x](javascript&colon;alert(1))" },
  { name: "javascript: link, entity tab", source: "[x](java&#9;script:alert(1))" },
  { name: "javascript: link, entity newline", source: "[x](java&#10;script:alert(1))" },
  { name: "javascript: link, raw tab in <>", source: "[x](<java\tscript:alert(1)>)" },
  { name: "javascript: link, leading space in <>", source: "[x](< javascript:alert(1)>)" },
  { name: "javascript: link, percent-encoded", source: "[x](%6Aavascript:alert(1))" },
  { name: "javascript: link, backslash", source: "[x](\\javascript:alert(1))" },
  { name: "javascript: link, unclosed", source: "[x](javascript:alert(1)" },
  { name: "vbscript: link", source: "[x](vbscript:msgbox(1))" },
  { name: "data: HTML link", source: "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)" },
  { name: "data: image link", source: "[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)" },
  { name: "file: link", source: "[x](file:///etc/passwd)" },
  {
    name: "autolink javascript:",
    source: "<javascript:alert(1)>",
    expected: '<p dir="auto">&lt;javascript:alert(1)&gt;</p>\n',
  },
  { name: "autolink JAVASCRIPT:", source: "<JAVASCRIPT:alert(1)>" },
  { name: "autolink vbscript:", source: "<vbscript:msgbox(1)>" },
  { name: "autolink data:", source: "<data:text/html,<script>alert(1)</script>>" },
  { name: "linkified javascript: text", source: "javascript:alert(1) and javascript:alert(1)@x.ma" },
  {
    name: "reference link to javascript:",
    source: "[x][r]\n\n[r]: javascript:alert(1)",
    expected: '<p dir="auto">[x][r]</p>\n<p dir="auto">[r]: javascript:alert(1)</p>\n',
  },
  { name: "reference link to <javascript:>", source: "[x]\n\n[x]: <javascript:alert(1)> 'title'" },
  {
    name: "attribute injection through a title",
    source: '[x](https://tashawur.ma "t\\" onmouseover=\\"alert(1)")',
    expected: `<p dir="auto"><a href="https://tashawur.ma/" rel="${REL}" target="_blank">x</a></p>\n`,
  },
  { name: "attribute injection through a single-quoted title", source: "[x](https://a.ma 'a\" onclick=\"alert(1)')" },
  {
    name: "attribute injection through a reference title",
    source: '[x][r]\n\n[r]: https://a.ma "t\\" onmouseover=\\"alert(1)"',
  },
  {
    name: "attribute injection through the destination",
    source: '[x](https://a.ma/"onmouseover="alert(1))',
    expected: `<p dir="auto"><a href="https://a.ma/%22onmouseover=%22alert(1)" rel="${REL}" target="_blank">x</a></p>\n`,
  },
  { name: "tag injection through the destination", source: '[x](https://a.ma/"><script>alert(1)</script>)' },
  { name: "tag injection after a linkified URL", source: "https://a.ma/<script>alert(1)</script>" },
  {
    name: "protocol-relative link",
    source: "[x](//evil.example)",
    expected: '<p dir="auto">[x](//evil.example)</p>\n',
  },
  { name: "protocol-relative link in <>", source: "[x](<//evil.example>)" },
  { name: "protocol-relative link through an escaped slash", source: "[x](/\\/evil.example)" },
  { name: "backslash host", source: "[x](/\\evil.example)" },
  { name: "relative link without a leading slash", source: "[x](evil.html) [y](#top) [z](?q=1)" },
  { name: "image with onerror in alt", source: '![x" onerror="alert(1)](https://a.ma/x.png)' },
  { name: "image to javascript:", source: "![x](javascript:alert(1))" },
  { name: "image with an svg data: URL", source: "![x](data:image/svg+xml,<svg onload=alert(1)>)" },
  { name: "image inside a javascript: link", source: "[![a](javascript:alert(1))](javascript:alert(1))" },
  { name: "javascript: link inside a link", source: "[[x](javascript:alert(1))](https://a.ma)" },
  { name: "javascript: link in emphasis", source: "**[x](javascript:alert(1))** _<script>_" },
  { name: "HTML in a code span", source: "`<img src=x onerror=alert(1)>`" },
  { name: "HTML in a table", source: "| <script> | b |\n|---|---|\n| [x](javascript:alert(1)) | <img src=x> |" },
  { name: "attribute syntax on a heading", source: "# x {onclick=alert(1)}" },
  { name: "unbalanced emphasis and tags", source: "**a _b <em>c** d_ </em></p></li>" },
  { name: "deeply nested quotes", source: `${">".repeat(5_000)} x` },
  { name: "fullwidth scheme", source: "[x](\uff4a\uff41\uff56\uff41\uff53\uff43\uff52\uff49\uff50\uff54:alert(1))" },
  { name: "zero-width space in scheme", source: "[x](java\u200bscript:alert(1))" },
  { name: "right-to-left override before scheme", source: "[x](\u202ejavascript:alert(1))" },
  { name: "no-break space before scheme", source: "[x](\u00a0javascript:alert(1))" },
  { name: "NUL in scheme", source: "[x](java\u0000script:alert(1))" },
  { name: "control character in scheme", source: "[x](java\u0001script:alert(1))" },
  { name: "line separator before scheme", source: "[x](<\u2028javascript:alert(1)>)" },
  {
    name: "homograph host is shown as punycode",
    source: "[x](https://\u0430pple.com)",
    expected: `<p dir="auto"><a href="https://xn--pple-43d.com/" rel="${REL}" target="_blank">x</a></p>\n`,
  },
  { name: "fullwidth angle brackets", source: "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e" },
];

/**
 * HTML handed straight to the sanitiser, as if markdown-it had let it through: html: false means
 * none of these reach it as markup from Markdown, so they test the second layer on its own.
 */
const htmlVectors: Vector[] = [
  { name: "script", source: "<script>alert(1)</script>", expected: "" },
  { name: "script with src", source: "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>", expected: "" },
  { name: "img onerror", source: "<img src=x onerror=alert(1)>", expected: "" },
  { name: "img onerror, unclosed", source: "<img src=x onerror=alert(1)//" },
  { name: "img javascript: in backticks", source: '<IMG SRC=`javascript:alert("x")`>' },
  { name: "malformed img", source: '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">' },
  { name: "half-open img", source: "<IMG SRC=\"`javascript:alert('XSS')\"" },
  { name: "body onload with odd characters", source: '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>' },
  { name: "extraneous open brackets", source: '<<SCRIPT>alert("XSS");//\\<</SCRIPT>' },
  { name: "script without a closing tag", source: "<SCRIPT SRC=http://xss.rocks/xss.js?< B >" },
  { name: "title escape", source: '</TITLE><SCRIPT>alert("XSS");</SCRIPT>' },
  { name: "split script tag", source: "<scr<script>ipt>alert(1)</scr</script>ipt>" },
  { name: "svg onload", source: "<svg/onload=alert(1)>" },
  { name: "svg link", source: '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', expected: "x" },
  { name: "MathML mXSS", source: "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>" },
  { name: "MathML link", source: '<math href="javascript:alert(1)">CLICKME</math>', expected: "CLICKME" },
  { name: "form with formaction", source: "<form><button formaction=javascript:alert(1)>X</button></form>" },
  { name: "iframe", source: '<iframe src="javascript:alert(1)"></iframe>', expected: "" },
  { name: "iframe srcdoc", source: '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>' },
  { name: "object", source: '<object data="javascript:alert(1)"></object>' },
  { name: "embed", source: '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">' },
  { name: "style", source: "<style>@import 'https://evil.example/x.css';</style>", expected: "" },
  { name: "style attribute", source: "<p style=\"background:url('javascript:alert(1)')\">p</p>" },
  { name: "meta refresh", source: '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">' },
  { name: "base", source: "<BASE HREF=\"javascript:alert('XSS');//\">" },
  { name: "link stylesheet", source: '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">' },
  {
    name: "table background",
    source: '<table background="javascript:alert(1)"><tr><td onclick="x">c</td></tr></table>',
  },
  { name: "noscript mXSS", source: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: "xmp raw text", source: "<xmp><img src=x onerror=alert(1)></xmp>" },
  { name: "textarea raw text", source: "<textarea><script>alert(1)</script></textarea>" },
  { name: "option with encoded script", source: "<option>&lt;script&gt;alert(1)&lt;/script&gt;</option>" },
  { name: "template", source: "<template><script>alert(1)</script></template>" },
  { name: "comment", source: "<!--<img src=x onerror=alert(1)>-->", expected: "" },
  { name: "conditional comment", source: "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->" },
  { name: "CDATA", source: "<![CDATA[><script>alert(1)</script>]]>" },
  { name: "javascript: href", source: '<a href="javascript:alert(1)">x</a>', expected: "x" },
  { name: "javascript: href, unquoted", source: "<a href=javascript:alert(1)>x</a>", expected: "x" },
  { name: "javascript: href, hex entity", source: '<a href="jav&#x61;script:alert(1)">x</a>', expected: "x" },
  {
    name: "javascript: href, decimal entities",
    source: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    expected: "x",
  },
  {
    name: "javascript: href, zero-padded entities without semicolons",
    source:
      '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
    expected: "x",
  },
  {
    name: "javascript: href, hex entities without semicolons",
    source: '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
    expected: "x",
  },
  { name: "javascript: href, raw tab", source: '<a href="jav\tascript:alert(1)">x</a>', expected: "x" },
  { name: "javascript: href, entity tab", source: '<a href="jav&#x09;ascript:alert(1)">x</a>', expected: "x" },
  { name: "javascript: href, &Tab;", source: '<a href="java&Tab;script:alert(1)">x</a>', expected: "x" },
  { name: "javascript: href, entity newline", source: '<a href="jav&#x0A;ascript:alert(1)">x</a>', expected: "x" },
  { name: "javascript: href, &NewLine;", source: '<a href="java&NewLine;script:alert(1)">x</a>', expected: "x" },
  { name: "javascript: href, entity CR", source: '<a href="jav&#x0D;ascript:alert(1)">x</a>', expected: "x" },
  { name: "javascript: href, &colon;", source: '<a href="javascript&colon;alert(1)">x</a>', expected: "x" },
  { name: "javascript: href, leading controls", source: '<a href=" &#14;  javascript:alert(1)">x</a>', expected: "x" },
  { name: "javascript: href, NUL", source: '<a href="java&#0;script:alert(1)">x</a>', expected: "x" },
  { name: "javascript: href, line separator", source: '<a href="\u2028javascript:alert(1)">x</a>', expected: "x" },
  { name: "vbscript: href", source: '<a href="vbscript:msgbox(1)">x</a>', expected: "x" },
  { name: "data: href", source: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>' },
  { name: "protocol-relative href", source: '<a href="//evil.example">x</a>', expected: "x" },
  { name: "protocol-relative href, entities", source: '<a href="&#x2F;&#x2F;evil.example">x</a>', expected: "x" },
  { name: "protocol-relative href, backslashes", source: '<a href="\\\\evil.example">x</a>', expected: "x" },
  { name: "protocol-relative href, slash backslash", source: '<a href="/\\evil.example">x</a>', expected: "x" },
  { name: "protocol-relative href, entity backslash", source: '<a href="/&#x5C;evil.example">x</a>', expected: "x" },
  { name: "protocol-relative href, tab between slashes", source: '<a href="/&#9;/evil.example">x</a>', expected: "x" },
  {
    name: "relative hrefs not starting with a slash",
    source: '<a href="#x">x</a><a href="?q">y</a><a href="rel/a">z</a><a href="">e</a><a>n</a>',
    expected: "xyzen",
  },
  {
    name: "a duplicate href cannot smuggle javascript:",
    source: '<a href="javascript:alert(1)" href="https://a.ma">dup</a>',
  },
  {
    name: "link attributes are replaced, not merged",
    source:
      '<a href="https://ok.example" onclick="alert(1)" style="color:red" class="y" id="z" target="_self" rel="opener">ok</a>',
    expected: `<a href="https://ok.example/" rel="${REL}" target="_blank">ok</a>`,
  },
  {
    name: "paragraph attributes are replaced",
    source: '<p dir="rtl" onclick="alert(1)" style="x:expression(alert(1))" class="c" id="i">p</p>',
    expected: '<p dir="auto">p</p>',
  },
  {
    name: "ol start must be a number",
    source: '<ol start="1 onclick=alert(1)"><li value="3">a</li></ol>',
    expected: '<ol><li dir="auto">a</li></ol>',
  },
  { name: "h1 with handler", source: '<h1 id="top" onclick="alert(1)">t</h1>', expected: '<h2 dir="auto">t</h2>' },
  {
    name: "unbalanced nesting",
    source: "<p>unclosed <strong><em>nested</p> after",
    expected: '<p dir="auto">unclosed <strong><em>nested</em></strong></p> after',
  },
  { name: "script in unbalanced paragraphs", source: "<p><script>alert(1)<p></script>" },
  {
    name: "link nested in a javascript: link",
    source: '<a href="javascript:alert(1)"><a href="https://a.ma">in</a></a>',
    expected: `<a href="https://a.ma/" rel="${REL}" target="_blank">in</a>`,
  },
];

describe("Markdown XSS corpus", () => {
  it.each(markdownVectors)("$name", ({ source, expected }) => {
    const html = renderMarkdown(source);
    expectSafe(html);
    expectSafe(renderInlineMarkdown(source));
    if (expected !== undefined) expect(html).toBe(expected);
  });
});

describe("sanitiser XSS corpus (HTML that skipped markdown-it)", () => {
  it.each(htmlVectors)("$name", ({ source, expected }) => {
    const html = sanitizeRenderedHtml(source);
    expectSafe(html);
    if (expected !== undefined) expect(html).toBe(expected);
    // Typed into the editor instead, the same text is shown, escaped.
    expectSafe(renderMarkdown(source));
    expectSafe(renderInlineMarkdown(source));
  });
});

describe("findUnsafeMarkup", () => {
  // The corpus is only as good as this check: each of these must be caught.
  it.each([
    "<script>alert(1)</script>",
    '<p onclick="alert(1)">x</p>',
    "<img src=x>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x61;script:alert(1)">x</a>',
    '<a href="java&#9;script:alert(1)">x</a>',
    '<a href="data:text/html,x">x</a>',
    '<a href="vbscript:x">x</a>',
    '<a href="//evil.example">x</a>',
    '<a href="/\\evil.example">x</a>',
    '<a href="https://a.ma">no rel</a>',
    `<a href="/x" target="_blank">target without rel</a>`,
    "<a>no href</a>",
    '<p dir="rtl">x</p>',
    '<p class="x">x</p>',
    '<ol start="1x"><li>x</li></ol>',
    "<div>x</div>",
    "<iframe></iframe>",
    "<svg></svg>",
    "<p>a < b</p>",
  ])("rejects %s", (html) => {
    expect(findUnsafeMarkup(html)).not.toEqual([]);
  });

  it("accepts the output it is meant to accept", () => {
    expect(
      findUnsafeMarkup(
        `<p dir="auto">a &lt; b <a href="https://a.ma/?x=1&amp;y=2" rel="${REL}" target="_blank">l</a> <a href="/charter">c</a></p>`,
      ),
    ).toEqual([]);
  });
});

/** Benign input and the exact HTML it must produce. */
const benign: Vector[] = [
  {
    name: "Arabic paragraphs",
    source: "تشاور منصة للتداول بين الجمعيات.\n\nنرحب **بجميع** الجمعيات و*الشبكات*.",
    expected:
      '<p dir="auto">تشاور منصة للتداول بين الجمعيات.</p>\n<p dir="auto">نرحب <strong>بجميع</strong> الجمعيات و<em>الشبكات</em>.</p>\n',
  },
  {
    name: "mixed Arabic and French with a line break",
    source: "الجمعية المغربية\nAssociation marocaine",
    expected: '<p dir="auto">الجمعية المغربية<br />\nAssociation marocaine</p>\n',
  },
  {
    name: "a list",
    source: "- التعليم\n- الصحة\n- l'environnement",
    expected:
      "<ul>\n" +
      '<li dir="auto">التعليم</li>\n<li dir="auto">الصحة</li>\n<li dir="auto">l\'environnement</li>\n</ul>\n',
  },
  {
    name: "an ordered list keeps its start",
    source: "3. ثالثا\n4. رابعا",
    expected: '<ol start="3">\n<li dir="auto">ثالثا</li>\n<li dir="auto">رابعا</li>\n</ol>\n',
  },
  {
    name: "a loose list",
    source: "1. أ\n\n   ب\n2. ج",
    expected:
      '<ol>\n<li dir="auto">\n<p dir="auto">أ</p>\n<p dir="auto">ب</p>\n</li>\n<li dir="auto">\n<p dir="auto">ج</p>\n</li>\n</ol>\n',
  },
  {
    name: "an external link",
    source: "[موقع المنتدى](https://forum.example.ma/ar?page=1&lang=ar)",
    expected: `<p dir="auto"><a href="https://forum.example.ma/ar?page=1&amp;lang=ar" rel="${REL}" target="_blank">موقع المنتدى</a></p>\n`,
  },
  {
    name: "a same-site link",
    source: "[الميثاق](/charters/3)",
    expected: '<p dir="auto"><a href="/charters/3">الميثاق</a></p>\n',
  },
  {
    name: "a mailto link and a linkified address",
    source: "[راسلونا](mailto:contact@example.ma) أو contact@example.ma",
    expected:
      '<p dir="auto"><a href="mailto:contact@example.ma">راسلونا</a> أو <a href="mailto:contact@example.ma">contact@example.ma</a></p>\n',
  },
  {
    name: "a linkified URL in Arabic text",
    source: "انظر https://example.ma/doc للمزيد",
    expected: `<p dir="auto">انظر <a href="https://example.ma/doc" rel="${REL}" target="_blank">https://example.ma/doc</a> للمزيد</p>\n`,
  },
  {
    name: "a table",
    source: "| الجمعية | المدينة |\n|:--|--:|\n| أمل | فاس |",
    expected:
      "<table>\n<thead>\n<tr>\n" +
      '<th dir="auto">الجمعية</th>\n<th dir="auto">المدينة</th>\n' +
      "</tr>\n</thead>\n<tbody>\n<tr>\n" +
      '<td dir="auto">أمل</td>\n<td dir="auto">فاس</td>\n' +
      "</tr>\n</tbody>\n</table>\n",
  },
  {
    name: "headings: h1 becomes h2, h3 stays, h5 becomes h4",
    source: "# الميثاق\n\n### المادة 1\n\n##### تفصيل",
    expected: '<h2 dir="auto">الميثاق</h2>\n<h3 dir="auto">المادة 1</h3>\n<h4 dir="auto">تفصيل</h4>\n',
  },
  {
    name: "a fenced code block keeps < escaped and loses its class",
    source: '```html\n<p class="x">a & b</p>\n```',
    expected: '<pre><code>&lt;p class="x"&gt;a &amp; b&lt;/p&gt;\n</code></pre>\n',
  },
  {
    name: "inline code",
    source: "اكتب `a < b && c`",
    expected: '<p dir="auto">اكتب <code>a &lt; b &amp;&amp; c</code></p>\n',
  },
  {
    name: "a quote, a rule and strike-through",
    source: "> رأي\n\n---\n\n~~قديم~~",
    expected: '<blockquote>\n<p dir="auto">رأي</p>\n</blockquote>\n<hr />\n<p dir="auto"><s>قديم</s></p>\n',
  },
  {
    name: "an image shows its alt text until uploads exist",
    source: "![شعار *الجمعية*](https://example.ma/logo.png)",
    expected: '<p dir="auto">شعار الجمعية</p>\n',
  },
  {
    name: "no typographic replacements",
    source: '"quotes" -- (c)',
    expected: '<p dir="auto">"quotes" -- (c)</p>\n',
  },
];

describe("renderMarkdown", () => {
  it.each(benign)("$name", ({ source, expected }) => {
    const html = renderMarkdown(source);
    expect(html).toBe(expected);
    expectSafe(html);
  });

  it("renders nothing for an empty source", () => {
    expect(renderMarkdown("")).toBe("");
  });
});

describe("renderInlineMarkdown", () => {
  it.each([
    { source: "**مهم** و*مائل*", expected: "<strong>مهم</strong> و<em>مائل</em>" },
    {
      source: "[الموقع](https://example.ma) `code`",
      expected: `<a href="https://example.ma/" rel="${REL}" target="_blank">الموقع</a> <code>code</code>`,
    },
    { source: "# ليس عنوانا", expected: "# ليس عنوانا" },
    { source: "- ليست قائمة", expected: "- ليست قائمة" },
    { source: "سطر\nسطر\r\nسطر", expected: "سطر سطر سطر" },
    { source: "~~قديم~~", expected: "<s>قديم</s>" },
    { source: "<p>x</p>", expected: "&lt;p&gt;x&lt;/p&gt;" },
    { source: "![صورة](https://example.ma/a.png)", expected: "صورة" },
  ])("renders $source", ({ source, expected }) => {
    const html = renderInlineMarkdown(source);
    expect(html).toBe(expected);
    expectSafe(html);
  });
});

describe("idempotence", () => {
  // Sanitising the output again changes nothing: stored HTML can be re-checked without drift, and
  // nothing in the output only becomes dangerous (or harmless) on a second pass.
  const sources = [...benign, ...markdownVectors].map((vector) => vector.source);
  it.each(sources.map((source) => ({ source, label: source.slice(0, 60) })))("$label", ({ source }) => {
    const html = renderMarkdown(source);
    expect(sanitizeRenderedHtml(html)).toBe(html);
    const inline = renderInlineMarkdown(source);
    expect(sanitizeRenderedHtml(inline)).toBe(inline);
  });

  it.each(htmlVectors)("sanitised $name", ({ source }) => {
    const html = sanitizeRenderedHtml(source);
    expect(sanitizeRenderedHtml(html)).toBe(html);
  });
});

describe("length guard", () => {
  it("accepts a source of exactly 100,000 characters", () => {
    const source = "ت".repeat(100_000);
    expect(renderMarkdown(source)).toBe(`<p dir="auto">${source}</p>\n`);
    expect(renderInlineMarkdown(source)).toBe(source);
  });

  it("refuses a longer source", () => {
    const source = "a".repeat(100_001);
    expect(() => renderMarkdown(source)).toThrow(/limit is 100000/);
    expect(() => renderInlineMarkdown(source)).toThrow(/limit is 100000/);
  });
});

// Generated attacks: every tag on the allowlist (and a few that are not), carrying attributes a user
// could choose, with values that mix schemes, entities and control characters. No generated
// attribute outside a tag's allowlist and no scheme outside http, https and mailto may survive.
describe("sanitiser (properties)", () => {
  const attributeNames = [
    "style",
    "class",
    "id",
    "onclick",
    "onerror",
    "onmouseover",
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "xlink:href",
    "dir",
    "start",
    "rel",
    "target",
    "name",
    "lang",
    "title",
    "data-x",
    "background",
    "width",
  ];
  const schemes = ["javascript:", "JaVaScRiPt:", "jav&#x61;script:", "java\tscript:", "vbscript:", "data:text/html,"];
  const safeStarts = ["http://", "https://", "mailto:", "/", "//", "/\\", "#", "ftp://", ""];
  const attributeValue = fc.oneof(
    fc.tuple(fc.constantFrom(...schemes, ...safeStarts), fc.string({ maxLength: 12 })).map(([a, b]) => a + b),
    fc.constantFrom("auto", "ltr", "rtl", "1", "-1", "1e3", "_blank", "_self", "color:red", "expression(alert(1))"),
    fc.string({ maxLength: 16 }),
  );
  const attribute = fc.tuple(fc.constantFrom(...attributeNames), attributeValue);
  const escapeValue = (value: string) => value.replace(/&(?![#a-z])/gi, "&amp;").replace(/"/g, "&quot;");
  const element = fc
    .tuple(
      fc.constantFrom(...Object.keys(ALLOWED), "h1", "h5", "div", "span", "img", "svg", "iframe", "font"),
      fc.array(attribute, { maxLength: 4 }),
      fc.string({ maxLength: 8 }),
    )
    .map(([tag, attributes, text]) => {
      const markup = attributes.map(([name, value]) => ` ${name}="${escapeValue(value)}"`).join("");
      return `<${tag}${markup}>${text.replace(/[<>&]/g, "")}</${tag}>`;
    });

  it("lets no attribute outside a tag's allowlist, and no scheme outside http(s) and mailto, survive", () => {
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 4 }), (elements) => {
        const html = sanitizeRenderedHtml(`<div>${elements.join("")}</div>`);
        expect(findUnsafeMarkup(html)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it.each(Object.keys(ALLOWED))("drops style, class, id and handlers on <%s>", (tag) => {
    const html = sanitizeRenderedHtml(
      `<${tag} style="color:red" class="x" id="y" onclick="alert(1)" href="https://example.org">t</${tag}>`,
    );
    expect(html).not.toMatch(/\s(style|class|id|onclick)=/);
  });

  it("renders Markdown links of any destination without an unsafe scheme", () => {
    fc.assert(
      fc.property(attributeValue, fc.string({ maxLength: 8 }), (destination, text) => {
        expectSafe(renderMarkdown(`[x${text.replace(/[[\]]/g, "")}](${destination.replace(/[()\s]/g, "")})`));
      }),
      { numRuns: 300 },
    );
  });
});

// Each rule of the sanitiser on its own, so that weakening one of them fails a test that names it.
describe("sanitiser rules, one by one", () => {
  it.each([
    ["trims spaces around a same-site link", '<a href=" /about">x</a>', '<a href="/about">x</a>'],
    [
      "refuses a same-site link with a tab that browsers would skip (/\\t/host)",
      '<a href="/&#9;/evil.example">x</a>',
      "x",
    ],
    ["refuses a same-site link with a control character inside", '<a href="/a&#1;b">x</a>', "x"],
    ["refuses a protocol-relative link", '<a href="//evil.example">x</a>', "x"],
    ["refuses a backslash link (/\\host)", '<a href="/\\evil.example">x</a>', "x"],
    [
      "keeps a same-site link with a double slash further on",
      '<a href="/docs//page">x</a>',
      '<a href="/docs//page">x</a>',
    ],
    [
      "does not open a same-site link that mentions https in its query in a new tab",
      '<a href="/go?to=https://example.org">x</a>',
      '<a href="/go?to=https://example.org">x</a>',
    ],
    [
      "keeps plain http links, opened in a new tab",
      '<a href="http://example.org/a">x</a>',
      `<a href="http://example.org/a" rel="${REL}" target="_blank">x</a>`,
    ],
    [
      "keeps a list's number of several digits",
      '<ol start="12"><li>b</li></ol>',
      '<ol start="12"><li dir="auto">b</li></ol>',
    ],
    [
      "drops a list start that only ends with digits",
      '<ol start="x5"><li>a</li></ol>',
      '<ol><li dir="auto">a</li></ol>',
    ],
    ["keeps strike-through written as del", "<del>x</del>", "<del>x</del>"],
  ])("%s", (_label, html, expected) => {
    expect(sanitizeRenderedHtml(html)).toBe(expected);
  });

  it("renders h6 as h4", () => {
    expect(renderMarkdown("###### six")).toBe('<h4 dir="auto">six</h4>\n');
  });

  it("renders a Markdown http link with its scheme", () => {
    expect(renderMarkdown("[x](http://example.org/a)")).toBe(
      `<p dir="auto"><a href="http://example.org/a" rel="${REL}" target="_blank">x</a></p>\n`,
    );
  });

  it("turns a lone carriage return into a space in one-line Markdown", () => {
    expect(renderInlineMarkdown("a\rb")).toBe("a b");
  });
});
