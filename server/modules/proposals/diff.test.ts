import { describe, expect, it } from "vitest";
import { replacePassage, wordDiff } from "./diff.js";

describe("word diff", () => {
  it("changes whole Arabic words, never letters inside them", () => {
    const parts = wordDiff("تعزيز المشاركة المدنية للشباب في القرى", "تعزيز المشاركة الفعلية للشباب والنساء في القرى");
    expect(parts.filter((p) => p.kind === "del").map((p) => p.text.trim())).toEqual(["المدنية"]);
    expect(parts.filter((p) => p.kind === "ins").map((p) => p.text.trim())).toEqual(["الفعلية", "والنساء"]);
  });
  it("gives back both texts from its parts", () => {
    const before = "Le forum adopte la charte.\nArticle 2 : les membres votent.";
    const after = "Le forum national adopte la charte.\nArticle 2 : les associations votent.";
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== "ins")
        .map((p) => p.text)
        .join(""),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== "del")
        .map((p) => p.text)
        .join(""),
    ).toBe(after);
  });
  it("is one unchanged part for the same text", () => {
    expect(wordDiff("نص واحد", "نص واحد")).toEqual([{ kind: "same", text: "نص واحد" }]);
  });
});

describe("replacing a passage", () => {
  it("replaces its one occurrence", () => {
    expect(replacePassage("أولا. ثانيا. ثالثا.", "ثانيا.", "ثانيا، معدلا.")).toBe("أولا. ثانيا، معدلا. ثالثا.");
  });
  it("refuses a passage that is missing, repeated or empty", () => {
    expect(replacePassage("أولا. ثانيا.", "رابعا", "x")).toBeNull();
    expect(replacePassage("نعم ثم نعم", "نعم", "لا")).toBeNull();
    expect(replacePassage("نص", "", "x")).toBeNull();
  });
});
