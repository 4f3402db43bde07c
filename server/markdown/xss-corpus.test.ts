/**
 * Every known XSS vector (tests/helpers/xss-corpus.ts) through every way user text becomes HTML: block
 * Markdown, one-line Markdown, and the sanitiser alone, as if HTML had skipped markdown-it.
 */
import { describe, expect, it } from "vitest";
import { unsafeParts, xssVectors as vectors } from "../../tests/helpers/xss-corpus.js";
import { renderInlineMarkdown, renderMarkdown, sanitizeRenderedHtml } from "./render.js";

describe("XSS corpus", () => {
  it("holds at least 100 distinct vectors", () => {
    expect(new Set(vectors).size).toBe(vectors.length);
    expect(vectors.length).toBeGreaterThanOrEqual(100);
  });

  describe.each([
    ["Markdown", renderMarkdown],
    ["one-line Markdown", renderInlineMarkdown],
    ["the sanitiser alone", sanitizeRenderedHtml],
  ])("through %s", (_way, render) => {
    it.each(vectors.map((vector) => [vector.slice(0, 70), vector]))("%s", (_label, vector) => {
      expect(unsafeParts(render(vector))).toEqual([]);
    });
  });
});

describe("the corpus check", () => {
  // The check is only as good as what it catches: each of these must be reported.
  it.each([
    ["<script>alert(1)</script>", "<script>"],
    ['<p dir="auto" onclick="alert(1)">x</p>', "onclick on <p>"],
    ['<a href="java&#x09;script:alert(1)">x</a>', 'href="java\tscript:alert(1)"'],
    ['<a href="data:text/html,x">x</a>', 'href="data:text/html,x"'],
    ['<a href="//evil.example" rel="nofollow noopener noreferrer">x</a>', "protocol-relative href"],
    ['<a href="https://a.ma/" rel="noopener">x</a>', "external link without rel nofollow"],
    ['<p dir="auto" style="x">x</p>', "style on <p>"],
    ['<p dir="lro">x</p>', 'dir="lro"'],
    ["<p>x</p>", '<p> without dir="auto"'],
    ["<svg></svg>", "<svg>"],
    ['<iframe src="https://a.ma"></iframe>', "<iframe>"],
  ])("reports %s", (html, problem) => {
    expect(unsafeParts(html)).toContain(problem);
  });

  it("accepts safe output: links with their rel, blocks with dir", () => {
    const html = renderMarkdown("نص [رابط](https://tashawur.ma) و[بريد](mailto:a@b.ma)\n\n- بند\n\n## عنوان");
    expect(html).toContain('rel="noopener noreferrer nofollow ugc"');
    expect(html).toContain('<p dir="auto">');
    expect(html).toContain('<li dir="auto">');
    expect(unsafeParts(html)).toEqual([]);
  });
});
