import { describe, expect, it } from "vitest";
import { parseWholeNumber, toWesternDigits } from "./digits.js";

describe("toWesternDigits", () => {
  it.each([
    ["Eastern Arabic digits", "١٩٩٨", "1998"],
    ["every Eastern Arabic digit", "٠١٢٣٤٥٦٧٨٩", "0123456789"],
    ["every Persian digit", "۰۱۲۳۴۵۶۷۸۹", "0123456789"],
    ["a mix of scripts", "1٩۹8", "1998"],
    ["a phone number, keeping its signs", "+٢١٢ ٦٦١-٢٣٤٥٦٧", "+212 661-234567"],
    ["Western digits unchanged", "2024", "2024"],
    ["letters unchanged", "جمعية ٣ Amal", "جمعية 3 Amal"],
  ])("%s", (_case, input, expected) => {
    expect(toWesternDigits(input)).toBe(expected);
  });
});

describe("parseWholeNumber", () => {
  it.each([
    ["١٩٩٨", 1998],
    ["۱۹۹۸", 1998],
    [" 1998 ", 1998],
    ["٠", 0],
  ])("reads %j as %d", (input, expected) => {
    expect(parseWholeNumber(input)).toBe(expected);
  });

  it.each([[""], ["19a8"], ["١٩.٥"], ["-3"], ["١٬٩٩٨"], ["1 998"]])("refuses %j", (input) => {
    expect(parseWholeNumber(input)).toBeNull();
  });
});
