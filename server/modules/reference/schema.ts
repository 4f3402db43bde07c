import { z } from "zod";
import { arabicName, visibleName } from "../../../common/names.js";
import type { FieldCreateInput, FieldUpdateInput } from "../../../common/reference.js";
import { sameShape } from "../../http/validate.js";

export const fieldCreateInput = z.object({
  /** Stable latin code; derived from the French name when absent. */
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,40}$/)
    .optional(),
  nameAr: arabicName(2, 80),
  nameFr: visibleName(2, 80),
});

export const fieldUpdateInput = z
  .object({
    nameAr: arabicName(2, 80).optional(),
    nameFr: visibleName(2, 80).optional(),
    active: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "nothing to change" });

// The request types of common/ and these schemas cannot disagree (checked when compiling).
sameShape<z.input<typeof fieldCreateInput>, FieldCreateInput>(true);
sameShape<z.input<typeof fieldUpdateInput>, FieldUpdateInput>(true);
