import { z } from "zod";
import { parseWholeNumber, toWesternDigits } from "../../common/digits.js";

/**
 * A whole number as a form or a query string may carry it: a JSON number, or text in Western,
 * Eastern Arabic («١٩٩٨») or Persian digits. Anything else reaches the inner schema unchanged and is
 * refused there, naming the field.
 */
export function wholeNumber() {
  return z.preprocess((value) => {
    if (typeof value !== "string") return value;
    return parseWholeNumber(value) ?? value;
  }, z.number().int());
}

/** Text whose digits are stored Western (a phone number typed on an Arabic keyboard). */
export function westernDigits<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (typeof value === "string" ? toWesternDigits(value) : value), schema);
}
