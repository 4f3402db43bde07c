import { describe, expect, it } from "vitest";
import { canonicalJson, formatNumber, isCanonical, registerYear, sha256Hex } from "./canonical.js";
import { csvCell } from "./service.js";

describe("the canonical form of a record (RFC 8785)", () => {
  it("writes the RFC's own example: sorted keys, ECMAScript numbers, minimal string escapes", () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it("sorts keys by UTF-16 code units, as the RFC's sorting example", () => {
    const input = { "\u20ac": 1, "\r": 2, "\ufb33": 3, "1": 4, "\ud83d\ude00": 5, "\u0080": 6, "\u00f6": 7 };
    expect(canonicalJson(input)).toBe('{"\\r":2,"1":4,"\u0080":6,"\u00f6":7,"\u20ac":1,"\ud83d\ude00":5,"\ufb33":3}');
    expect(canonicalJson({ b: [{ z: 1, a: 2 }], a: null })).toBe('{"a":null,"b":[{"a":2,"z":1}]}');
  });

  it("keeps Arabic as UTF-8 and hashes those bytes (checked with sha256sum)", () => {
    const text = canonicalJson({ title: "قرار", n: 1, register: "tashawur-decisions" });
    expect(text).toBe('{"n":1,"register":"tashawur-decisions","title":"قرار"}');
    // The canonical text above through `printf '%s' '…' | sha256sum`:
    expect(sha256Hex(text)).toBe(sha256Hex(Buffer.from(text, "utf8")));
    expect(sha256Hex('{"n":1,"register":"tashawur-decisions","title":"قرار"}')).toBe(
      "779fb36d17d027d5b05416aad958406b764cfd07576977c45473b22cfc1334d6",
    );
  });

  it("tells canonical text from text that only parses to the same value", () => {
    expect(isCanonical('{"a":1,"b":2}')).toBe(true);
    expect(isCanonical('{"b":2,"a":1}')).toBe(false);
    expect(isCanonical('{"a": 1,"b":2}')).toBe(false);
    expect(isCanonical('{"a":1.0}')).toBe(false);
    expect(isCanonical("not json")).toBe(false);
  });

  it("refuses values JSON cannot hold", () => {
    expect(() => canonicalJson({ share: Number.NaN })).toThrow();
    expect(() => canonicalJson({ share: Number.POSITIVE_INFINITY })).toThrow();
  });
});

describe("numbers of the register", () => {
  it("writes the year and three digits at least", () => {
    expect(formatNumber(2026, 14)).toBe("2026/014");
    expect(formatNumber(2026, 1234)).toBe("2026/1234");
  });
  it("takes the year in the forum's time zone", () => {
    expect(registerYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(registerYear(new Date("2026-12-31T22:30:00Z"))).toBe(2026);
  });
});

describe("CSV cells", () => {
  it.each([
    ["plain", "plain"],
    ["قرار", "قرار"],
    ["a,b", '"a,b"'],
    ['say "yes"', '"say ""yes"""'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["a = b", "a = b"],
    [null, ""],
    [42, "42"],
  ])("%j -> %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
