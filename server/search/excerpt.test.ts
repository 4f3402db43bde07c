import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { excerptHtml, htmlText, matchSpans } from "./excerpt.js";
import { queryTerms } from "./query.js";

/** The marked words of an excerpt, as text. */
function marked(html: string): string[] {
  return [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1] as string);
}

describe("excerptHtml", () => {
  it.each([
    [
      "المواطنة",
      "نتحدث عن المواطنة، وعن مواطنة فاعلة وللمواطنة حقوق، والمواطنون شركاء.",
      ["المواطنة", "مواطنة", "وللمواطنة", "والمواطنون"],
    ],
    ["مواطنه", "لِلْمُوَاطَنَةِ معنى", ["لِلْمُوَاطَنَةِ"]],
    ["الفتيات", "نادي الفتـــيات بالمدينة", ["الفتـــيات"]],
    ["اقرا", "جمعية إقرأ للثقافة", ["إقرأ"]],
    ["developpement", "Le Développement durable", ["Développement"]],
    ["Al-Amal", "Association Al-Amal, Fès", ["Al", "Amal"]],
    ['"جمعية الأمل"', "جمعية الأمل للتنمية", ["جمعية", "الأمل"]],
    ["غابة", "جمعية الأمل للتنمية", []],
  ])("%s marks %j", (query, text, expected) => {
    expect(marked(excerptHtml(text, queryTerms(query)))).toEqual(expected);
  });

  it("escapes the text: what the writer typed never becomes markup", () => {
    const html = excerptHtml(`<img src=x onerror=alert(1)> "المواطنة" & <script>`, queryTerms("المواطنة"));
    expect(html).toBe(`&lt;img src=x onerror=alert(1)&gt; &quot;<mark>المواطنة</mark>&quot; &amp; &lt;script&gt;`);
    const tags: string[] = [];
    const parser = new Parser({ onopentag: (name) => tags.push(name) });
    parser.write(html);
    parser.end();
    expect(tags).toEqual(["mark"]);
  });

  it("starts a little before a match far in the text, between words, with ellipses", () => {
    const filler = Array.from({ length: 80 }, (_, i) => `كلمة${i}`).join(" ");
    const html = excerptHtml(`${filler} الحوار ${filler}`, queryTerms("الحوار"), 120);
    expect(html.startsWith("… كلمة")).toBe(true);
    expect(html.endsWith(" …")).toBe(true);
    expect(marked(html)).toEqual(["الحوار"]);
    expect(html.replace(/<\/?mark>/g, "").length).toBeLessThanOrEqual(120 + 4);
  });

  it("shows the start of a text without a match, whole when short", () => {
    expect(excerptHtml("نص قصير", queryTerms("غابة"))).toBe("نص قصير");
  });
});

describe("matchSpans", () => {
  it("finds each matching word where it is written, marks and tatweel included", () => {
    const text = "عن المُوَاطَنَة والمواطنـــين";
    expect(matchSpans(text, queryTerms("مواطنين")).map(({ start, end }) => text.slice(start, end))).toEqual([
      "المُوَاطَنَة",
      "والمواطنـــين",
    ]);
  });
});

describe("htmlText", () => {
  it("reads rendered Markdown as text: entities decoded, blocks apart", () => {
    expect(htmlText('<p dir="auto">أولا &amp; <strong>ثانيا</strong></p>\n<ul><li>ثالثا</li><li>رابعا</li></ul>')).toBe(
      "أولا & ثانيا ثالثا رابعا",
    );
  });
});
