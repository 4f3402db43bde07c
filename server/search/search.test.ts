import { describe, expect, it } from "vitest";
import { MAX_WORD, searchDocument } from "./document.js";
import { escapeLike } from "./like.js";
import { MAX_QUERY_WORDS, searchQuery } from "./query.js";

describe("searchDocument", () => {
  it("indexes each word at its position, and its forms without proclitics beside it", () => {
    expect(searchDocument("جمعية للتنمية", "Al-Amal")).toBe(
      "'جمعيه':1A 'للتنميه':2A 'تنميه':2 'لتنميه':2 'al':3A 'amal':4A 'alamal':3",
    );
  });

  it("is empty for empty names and cuts very long words", () => {
    expect(searchDocument("", null, undefined)).toBe("");
    expect(searchDocument("x".repeat(MAX_WORD + 50))).toBe(`'${"x".repeat(MAX_WORD)}':1A`);
  });
});

describe("searchQuery", () => {
  it.each([
    ["التنمية", "('التنميه':* | 'تنميه':*)"],
    ["Espoir", "'espoir':*"],
    ["جمعية Fès", "('جمعيه':*) & ('fes':*)"],
    ["Al-Amal", "(('al':* & 'amal':*) | 'alamal':*)"],
    ['"جمعية الأمل"', "'جمعيه':A <-> 'الامل':A"],
    ["«أصدقاء البيئة» فاس", "('اصدقاء':A <-> 'البييه':A) & ('فاس':*)"],
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
