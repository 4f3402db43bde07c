import { z } from "zod";
import { parseWholeNumber, toWesternDigits } from "../../common/digits.js";

/**
 * A whole number as a form or a query string may carry it: a JSON number, or text in Western,
 * Eastern Arabic («١٩٩٨») or Persian digits. Anything else reaches the inner schema unchanged and is
 * refused there, naming the field.
 */
export function wholeNumber() {
  return z
    .union([z.number(), z.string()])
    .transform((value) => (typeof value === "number" ? value : (parseWholeNumber(value) ?? Number.NaN)))
    .pipe(z.number().int());
}

/** Text whose digits are stored Western (a phone number typed on an Arabic keyboard). */
export function westernDigits<S extends z.ZodType<unknown, string>>(schema: S) {
  return z.string().transform(toWesternDigits).pipe(schema);
}
