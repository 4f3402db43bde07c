import { errorMessages } from "../../common/error-messages.js";
import type { ErrorCode } from "../../common/errors.js";

type ErrorEntries = { [Code in ErrorCode as `errors.${Code}`]: string };

/** The catalogue entries for the API's error codes, from the one table the server answers with too. */
export function errorEntries(locale: "ar" | "fr"): ErrorEntries {
  const entries = Object.entries(errorMessages[locale]).map(([code, message]) => [`errors.${code}`, message]);
  return Object.fromEntries(entries) as ErrorEntries;
}
