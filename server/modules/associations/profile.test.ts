import { describe, expect, it } from "vitest";
import { baseSlug, searchTextOf } from "./profile.js";

describe("baseSlug", () => {
  it.each<[string, string, string | null, string]>([
    ["from the French name", "جمعية الأمل", "Association Espoir de Fès", "association-espoir-de-fes"],
    ["transliterated from the Arabic name without a French one", "جمعية الأمل", null, "jmaia-alaml"],
    ["from the Arabic name when the French one yields too little", "جمعية الأمل", "À", "jmaia-alaml"],
    ["a fallback when no script gives latin letters", "ⵜⴰⵎⵓⵏⵜ", null, "association"],
    ["a fallback completed when too short", "ب", null, "association-b"],
  ])("%s", (_label, nameAr, nameFr, expected) => {
    expect(baseSlug(nameAr, nameFr)).toBe(expected);
  });

  it("stays within 50 characters so a numeric suffix still fits the 60 allowed", () => {
    const slug = baseSlug("جمعية", "Association nationale pour la promotion du développement durable des oasis");
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe("searchTextOf", () => {
  it("folds both names into one search document, Arabic stems included", () => {
    expect(searchTextOf("جَمعيّة الأمـل", "Espoir de Fès")).toBe(
      "'جمعيه':1A '=جمع':1 'الامل':2A 'امل':2 '=امل':2 'espoir':3A 'de':4A 'fes':5A",
    );
    expect(searchTextOf("جمعية", null)).toBe("'جمعيه':1A '=جمع':1");
  });
});
