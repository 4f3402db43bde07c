import { describe, expect, it } from "vitest";
import { articleForms, normalizeArabic, procliticForms, searchWords, slugify, transliterateArabic } from "./arabic.js";

describe("normalizeArabic", () => {
  it.each([
    ["removes tashkeel", "جَمعيّة", "جمعيه"],
    ["removes tanwin and sukun", "كتابًا مُفِيدٌ", "كتابا مفيد"],
    ["removes tatweel", "الأمـــل", "الامل"],
    ["removes the superscript alef", "هٰذا", "هذا"],
    ["removes Quranic marks", "الرحمٰنۖ", "الرحمن"],
    ["folds hamza on alef above", "أمل", "امل"],
    ["folds hamza on alef below", "إحسان", "احسان"],
    ["folds madda", "آفاق", "افاق"],
    ["folds alef wasla", "ٱلتنمية", "التنميه"],
    ["folds alef maqsura", "مستشفى", "مستشفي"],
    ["folds ta marbuta", "جمعية", "جمعيه"],
    ["folds waw with hamza", "مؤسسة", "موسسه"],
    ["folds ya with hamza", "بيئة", "بييه"],
    ["folds the Persian yeh typed on Persian keyboards", "جمعیة", "جمعيه"],
    ["folds the Persian keheh", "کتاب", "كتاب"],
    ["lower-cases latin", "ASSOCIATION Amal", "association amal"],
    ["folds French accents", "Élan Féminin à Fès", "elan feminin a fes"],
    ["folds ligatures", "Œuvre", "oeuvre"],
    ["collapses spaces", "  جمعية \t  الأمل  ", "جمعيه الامل"],
    ["keeps Western digits", "جمعية 2026", "جمعيه 2026"],
    ["the issue's example", "جَمعيّة الأمـل", "جمعيه الامل"],
  ])("%s", (_label, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it("folds a query and a stored name alike", () => {
    expect(normalizeArabic("جمعيه الامل")).toBe(normalizeArabic("جَمعيّة الأمـل"));
  });
});

describe("slugify", () => {
  it.each([
    ["a French name", "Association Élan des Femmes", "association-elan-des-femmes"],
    ["punctuation and apostrophes", "L'Espoir — Fès & Meknès!", "l-espoir-fes-meknes"],
    ["an Arabic name", "جمعية الأمل", "jmaia-alaml"],
    ["digits", "Forum 2026", "forum-2026"],
    ["nothing usable", "!!!", ""],
  ])("%s", (_label, input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("only ever yields lower-case latin letters, digits and single hyphens", () => {
    for (const input of ["جَمعيّة الأمـل للتنمية", "Ça va -- très   bien", "--x--", "مؤسسة ٢٠٢٦"]) {
      const slug = slugify(input);
      expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    }
  });

  it("cuts long names at a word boundary", () => {
    const slug = slugify("association nationale pour le developpement durable des oasis du sud", 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toBe("association-nationale-pour-le");
  });

  it("never cuts a word when a shorter whole-word slug fits, even if it is much shorter", () => {
    expect(slugify("amal developpementdurabledesoasisdusudmarocain", 30)).toBe("amal");
    expect(slugify("jam3iya al-amal lil-tanmia al-ijtima3iya wa-al-thaqafiya", 24)).toBe("jam3iya-al-amal-lil");
    expect(slugify("developpementdurabledesoasisdusudmarocain", 10)).toBe("developpem");
  });

  it("transliterates every letter of the alphabet, Maghrebi ڤ and گ, and the digits", () => {
    expect(transliterateArabic("ابتثجحخدذرزسشصضطظعغفقكلمنهويء ڤ گ ٠١٢٣٤٥٦٧٨٩")).toBe(
      "abtthjhkhddhrzschsdtzaghfqklmnaoui v g 0123456789",
    );
  });

  it("folds the æ ligature and the sharp s", () => {
    expect(normalizeArabic("Cæsar")).toBe("caesar");
    expect(normalizeArabic("Straße")).toBe("strasse");
  });

  it.each([
    ["keeps a slug of exactly the maximum length", "abc-defg", 8, "abc-defg"],
    ["keeps a slug of the maximum length whose last word starts past half", "abcde-fg", 8, "abcde-fg"],
    ["keeps a shorter slug whole", "abcde-fg", 9, "abcde-fg"],
    ["cuts at a word boundary in the second half", "abcdef-ghijk", 10, "abcdef"],
    ["cuts at the last word boundary, however early", "abcd-efghijk", 10, "abcd"],
    ["cuts at a word boundary exactly at half the length", "abcde-fghijk", 10, "abcde"],
    ["keeps the first word alone rather than cut the second", "a-bcdefghijklmnop", 10, "a"],
    ["cuts inside the first word only when it alone is too long", "abcdefghijklmnop-q", 10, "abcdefghij"],
  ])("slugify %s", (_label, input, max, expected) => {
    expect(slugify(input, max)).toBe(expected);
  });

  it("transliterates Arabic-Indic digits", () => {
    expect(transliterateArabic("٢٠٢٦")).toBe("2026");
  });
});

describe("searchWords", () => {
  it("splits folded text on everything but letters and digits, reading Eastern digits as ASCII", () => {
    expect(searchWords("جمعيّة «الأمل»، Al-Amal: l'Espoir ٢٠٣٠ ۱۹")).toEqual([
      "جمعيه",
      "الامل",
      "al",
      "amal",
      "l",
      "espoir",
      "2030",
      "19",
    ]);
  });
});

describe("procliticForms", () => {
  it.each([
    ["للتنميه", ["لتنميه", "تنميه"]],
    ["وللتنميه", ["للتنميه", "لتنميه", "تنميه"]],
    ["والبيئه", ["البيئه", "بيئه"]],
    ["بالمدينه", ["المدينه", "مدينه"]],
    ["فكالبحر", ["كالبحر", "البحر", "بحر"]],
    ["بيت", ["يت"]],
    ["به", []],
    ["espoir", []],
  ])("%s may stand for %j", (word, forms) => {
    expect(new Set(procliticForms(word))).toEqual(new Set(forms));
  });
});

describe("articleForms", () => {
  it.each([
    ["التنميه", ["تنميه"]],
    ["للتنميه", ["تنميه"]],
    ["بالتنميه", ["تنميه"]],
    ["وال", []],
    ["فالمدينه", ["مدينه"]],
    ["بيئه", []],
    ["ولايه", []],
  ])("a typed %s is also looked up as %j", (word, forms) => {
    expect(articleForms(word)).toEqual(forms);
  });
});
