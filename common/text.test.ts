import { describe, expect, it } from "vitest";
import { arabicName, visibleName } from "./names.js";
import { displayFileName, forbiddenCharacterPaths, hasForbiddenCharacter } from "./text.js";

describe("forbidden characters", () => {
  it.each([
    ["NUL", "a\u0000b", true],
    ["a bell", "\u0007", true],
    ["DEL", "a\u007f", true],
    ["a C1 control (NEL)", "a\u0085b", true],
    ["a lone surrogate", "a\ud800b", true],
    ["tab, line feed and carriage return", "a\tb\nc\r\n", false],
    ["Arabic with an emoji", "جمعية 🌱", false],
  ])("%s → %s", (_label, text, refused) => {
    expect(hasForbiddenCharacter(text)).toBe(refused);
  });

  it("names every path at fault, keys included", () => {
    expect(forbiddenCharacterPaths({ a: "ok", b: ["x", "y\u0000"], "c\u0001": 1 })).toEqual(["b.1", "c\u0001"]);
  });
});

describe("visible names", () => {
  const person = visibleName(2, 80);
  const arabic = arabicName(2, 80);

  it.each([
    ["zero-width spaces only", "\u200b\u200b\u200b"],
    ["bidi marks and isolates only", "\u200f\u2067\u2069\u200e"],
    ["a right-to-left override inside", "abc\u202Efdp"],
    ["Hangul fillers", "\u3164\u3164"],
    ["punctuation only", "..."],
  ])("refuses %s", (_label, name) => {
    expect(person.safeParse(name).success).toBe(false);
  });

  it("normalises to NFC and strips invisible characters at the ends", () => {
    expect(person.parse("\u200f  Ame\u0301lie \u200b")).toBe("Amélie");
    expect(person.parse("زين\u200cالدين")).toBe("زين\u200cالدين");
  });

  it.each([
    ["the Arabic letter mark and number sign", "\u061c\u0600\u061c"],
    ["Arabic number signs and a tatweel-free mark", "\u0600\u0601\u0602"],
    ["only Latin letters", "Association"],
    ["Arabic-Indic digits and Arabic punctuation", "١٢٣ ؟"],
  ])("refuses an Arabic name made of %s", (_label, name) => {
    expect(arabic.safeParse(name).success).toBe(false);
  });

  it("accepts an Arabic name", () => {
    expect(arabic.parse(" جمعية الأمل ")).toBe("جمعية الأمل");
  });
});

describe("displayed file names", () => {
  it("drops bidi controls, control and zero-width characters, and path separators", () => {
    expect(displayFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(displayFileName("a\u0000b\u200b/../c.pdf")).toBe("ab_.._c.pdf");
    expect(displayFileName("تقرير ٢٠٢٥.pdf")).toBe("تقرير ٢٠٢٥.pdf");
  });
});
