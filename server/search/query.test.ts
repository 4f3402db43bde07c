import { describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client.js";
import { MAX_QUERY_WORDS, searchMatch, searchQuery, searchRank } from "./query.js";

// MAX_QUERY_WORDS - 1 plain words: the next chunk typed only has room for one word.
const ALMOST_FULL = Array.from({ length: MAX_QUERY_WORDS - 1 }, (_, i) => `w${i}`);
const almostFullTerms = ALMOST_FULL.map((word) => `('${word}':*)`).join(" & ");

describe("searchQuery rules", () => {
  it("gives no query when nothing was typed (no search parameter at all)", () => {
    expect(searchQuery(undefined)).toBeUndefined();
  });

  it.each([
    [
      "a phrase in curly quotes is a phrase, as one in straight or Arabic quotes",
      "“جمعية الأمل”",
      "'جمعيه':A <-> 'الامل':A",
    ],
    ["a one-word phrase in curly quotes is a whole word, not a prefix", "“فاس”", "'فاس':A"],
    [
      "a phrase separates the words typed against it: they stay two words, not one",
      "Fès«جمعية»Rabat",
      "('جمعيه':A) & ('fes':*) & ('rabat':*)",
    ],
    [
      "a hyphenated word cut by the word limit is not offered its joined form (it was not all typed)",
      `${ALMOST_FULL.join(" ")} Al-Amal`,
      `${almostFullTerms} & ('al':*)`,
    ],
    [
      "a hyphenated word that fits the word limit exactly keeps its joined form",
      `${ALMOST_FULL.slice(1).join(" ")} Al-Amal`,
      `${ALMOST_FULL.slice(1)
        .map((word) => `('${word}':*)`)
        .join(" & ")} & ((('al':* & 'amal':*) | 'alamal':*))`,
    ],
  ])("%s", (_rule, typed, expected) => {
    expect(searchQuery(typed)).toBe(expected);
  });
});

describe("searchMatch and searchRank", () => {
  const vector = Prisma.sql`a.search_vector`;

  it("filter on the search column with the query as a bound parameter, never spliced into the SQL", () => {
    const match = searchMatch(vector, "'فاس':*");
    expect(match.text).toBe("a.search_vector @@ $1::tsquery");
    expect(match.values).toEqual(["'فاس':*"]);
  });

  it("rank by the same column and query, the query bound too", () => {
    const rank = searchRank(vector, "'فاس':*");
    expect(rank.text).toBe("ts_rank(a.search_vector, $1::tsquery)");
    expect(rank.values).toEqual(["'فاس':*"]);
  });
});
