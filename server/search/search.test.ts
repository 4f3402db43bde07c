import { describe, expect, it } from "vitest";
import { MAX_WORD, searchDocument } from "./document.js";
import { escapeLike } from "./like.js";
import { MAX_QUERY_WORDS, searchQuery } from "./query.js";

describe("searchDocument", () => {
  it("indexes each word at its position, and its forms without proclitics and its stems beside it", () => {
    expect(searchDocument("جمعية للتنمية", "Al-Amal")).toBe(
      "'جمعيه':1A '=جمع':1 'للتنميه':2A 'تنميه':2 'لتنميه':2 '=تنم':2 '=لتنم':2 'al':3A 'amal':4A 'alamal':3",
    );
  });

  it("gives inflections of one word the same stem, read before ة is folded", () => {
    for (const word of ["المواطنة", "مواطنة", "للمواطنة", "المواطنون", "مواطنين", "والمواطنين", "لِلْمُوَاطَنَةِ"]) {
      expect(searchDocument(word).split(" ")).toContain("'=مواطن':1");
    }
    expect(searchDocument("Citoyenneté 2030")).toBe("'citoyennete':1A '2030':2A");
  });

  it("is empty for empty names and cuts very long words", () => {
    expect(searchDocument("", null, undefined)).toBe("");
    expect(searchDocument("x".repeat(MAX_WORD + 50))).toBe(`'${"x".repeat(MAX_WORD)}':1A`);
  });
});

describe("searchQuery", () => {
  it.each([
    ["التنمية", "('التنميه':* | 'تنميه':* | '=تنم')"],
    ["والمواطنين", "('والمواطنين':* | 'مواطنين':* | '=والمواطن' | '=مواطن')"],
    ["Espoir", "'espoir':*"],
    ["جمعية Fès", "(('جمعيه':* | '=جمع')) & ('fes':*)"],
    ["Al-Amal", "(('al':* & 'amal':*) | 'alamal':*)"],
    ['"جمعية الأمل"', "'جمعيه':A <-> 'الامل':A"],
    ["«أصدقاء البيئة» فاس", "('اصدقاء':A <-> 'البييه':A) & (('فاس':* | '=فاس'))"],
    ["", undefined],
    ["% _ ، «»", undefined],
  ])("%s gives %s", (typed, expected) => {
    expect(searchQuery(typed)).toBe(expected);
  });

  it("keeps at most MAX_QUERY_WORDS words", () => {
    const query = searchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "));
    expect(query?.match(/:\*/g)).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe("escapeLike", () => {
  it("makes %, _ and the escape character literal", () => {
    expect(escapeLike("50%_a\\b")).toBe("50\\%\\_a\\\\b");
    expect(escapeLike("فاس")).toBe("فاس");
  });
});
