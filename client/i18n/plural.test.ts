import { describe, expect, it } from "vitest";
import { selectPlurals } from "./plural.js";

const associations =
  "{count, plural, zero {# جمعية} one {جمعية واحدة} two {جمعيتان} few {# جمعيات} many {# جمعية} other {# جمعية}}";
const say = (count: number, template = associations, locale = "ar-MA") =>
  selectPlurals(template, { count }, locale, (value) => String(value));

describe("selectPlurals: Arabic counts agree with their noun", () => {
  it.each([
    [0, "0 جمعية"],
    [1, "جمعية واحدة"],
    [2, "جمعيتان"],
    [3, "3 جمعيات"],
    [7, "7 جمعيات"],
    [10, "10 جمعيات"],
    [11, "11 جمعية"],
    [99, "99 جمعية"],
    [100, "100 جمعية"],
    [103, "103 جمعيات"],
  ])("%d → %s", (count, expected) => {
    expect(say(count)).toBe(expected);
  });
});

describe("selectPlurals: other languages and details", () => {
  const french = "{count, plural, one {# association} other {# associations}}";

  it.each([
    [0, "0 association"],
    [1, "1 association"],
    [2, "2 associations"],
  ])("French %d → %s", (count, expected) => {
    expect(say(count, french, "fr-MA")).toBe(expected);
  });

  it("prefers an exact form, keeps the text around the block and formats the number", () => {
    const template = "في القائمة {count, plural, =0 {لا شيء} few {# جمعيات} other {# جمعية}} اليوم";
    expect(say(0, template)).toBe("في القائمة لا شيء اليوم");
    expect(selectPlurals(template, { count: 5 }, "ar-MA", (value) => `«${value}»`)).toBe("في القائمة «5» جمعيات اليوم");
  });

  it("falls back to «other» and leaves a block without its number as written", () => {
    expect(say(2, "{count, plural, other {# جمعية}}")).toBe("2 جمعية");
    expect(selectPlurals(associations, {}, "ar-MA", String)).toBe(associations);
  });
});

describe("the catalogues' counts", () => {
  it("say «7 جمعيات» and «11 جمعية» in Arabic, «7 associations» in French", async () => {
    await import("./admin.js");
    const { translate } = await import("./index.js");
    const frozen = (locale: "ar" | "fr", associations: number) =>
      translate(locale, "admin.electorate.frozen", { label: "x", associations });
    expect(frozen("ar", 7)).toContain("7 جمعيات.");
    expect(frozen("ar", 11)).toContain("11 جمعية.");
    expect(frozen("ar", 2)).toContain("جمعيتان.");
    expect(frozen("fr", 7)).toContain("7 associations.");
    expect(frozen("fr", 1)).toContain("1 association.");
  });
});

describe("actions on a person", () => {
  it("are worded without assuming the person's gender (the forum does not record it)", async () => {
    const { membershipAr } = await import("./membership.ar.js");
    const { adminAr } = await import("./admin.ar.js");
    const { associationsAr } = await import("./associations.ar.js");
    const messages = { ...membershipAr, ...adminAr, ...associationsAr };
    // A verb or pronoun agreeing with a person named by {name} or {inviter}: «تعيينه», «إرجاعه», «يدعوك {inviter}», «قدّمه {name}», «قبلها {name}».
    const gendered =
      /تعيينه|إرجاعه|يدعوك \{inviter\}|قدّمه \{name\}|قبلها \{name\}|جمّدها \{name\}|لن يبقى \{name\}|لن يصبح \{name\}/;
    const offending = Object.entries(messages).filter(([, text]) => gendered.test(text));
    expect(offending).toEqual([]);
  });
});
