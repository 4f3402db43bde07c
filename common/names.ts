import { z } from "zod";
import { cleanName, hasArabicLetter, nameProblem } from "./text.js";

/**
 * A name a person or an association is shown by: NFC, invisible characters at the ends removed, then
 * `min`..`max` characters that must show at least one letter or digit and no bidi control.
 */
export const visibleName = (min: number, max: number) =>
  z
    .string()
    .transform(cleanName)
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        .superRefine((name, ctx) => {
          const problem = nameProblem(name);
          if (problem) ctx.addIssue({ code: "custom", message: problem, params: { reason: problem } });
        }),
    );

/** A visible name that holds Arabic letters (Arabic signs and marks alone do not count). */
export const arabicName = (min: number, max: number) =>
  visibleName(min, max).refine(hasArabicLetter, { message: "must be written in Arabic" });
