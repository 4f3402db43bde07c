import { z } from "zod";
import type { CorrectionInput, ManualDecisionInput } from "../../../common/decisions.js";
import { decisionKinds, manualOutcomes } from "../../../common/decisions.js";
import { hasForbiddenCharacter } from "../../../common/text.js";
import { wholeNumber } from "../../http/numbers.js";
import { sameShape } from "../../http/validate.js";
import { MARKDOWN_MAX_LENGTH } from "../../markdown/render.js";

/** Text a person types: NFC, no control characters, with at least one letter or digit. */
const text = (max: number) =>
  z
    .string()
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1)
        .max(max)
        .refine((value) => !hasForbiddenCharacter(value), "control_character")
        .refine((value) => /[\p{L}\p{N}]/u.test(value), "no_letters"),
    );

/** A calendar date (YYYY-MM-DD), digits in any script; not in the future. */
const day = z
  .string()
  .transform((value) =>
    value
      .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
      .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)),
  )
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine(
        (value) =>
          !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
          new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
        "invalid_date",
      )
      .refine((value) => Date.parse(`${value}T00:00:00Z`) <= Date.now() + 86_400_000, "future_date"),
  );

/** `POST /api/decisions` (multipart fields beside the file `source`). */
export const manualDecisionInput = z
  .object({
    title: text(300),
    textMd: text(MARKDOWN_MAX_LENGTH),
    decidedAt: day,
    outcome: z.enum(manualOutcomes),
  })
  .strict();
sameShape<z.infer<typeof manualDecisionInput>, ManualDecisionInput>(true);

/** `POST /api/decisions/:id/corrections` */
export const correctionInput = z
  .object({
    title: text(300),
    textMd: text(MARKDOWN_MAX_LENGTH),
    decidedAt: day.optional(),
    outcome: z.enum(manualOutcomes).optional(),
  })
  .strict();
sameShape<z.infer<typeof correctionInput>, CorrectionInput>(true);

/** `GET /api/decisions` */
export const decisionQuery = z.object({
  page: wholeNumber().pipe(z.number().min(1).max(10_000)).default(1),
  pageSize: wholeNumber().pipe(z.number().min(1).max(100)).default(20),
  year: wholeNumber().pipe(z.number().min(1900).max(9999)).optional(),
  kind: z.enum(decisionKinds).optional(),
  outcome: z.string().max(40).optional(),
  q: z.string().max(200).optional(),
});
