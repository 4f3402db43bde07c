import { z } from "zod";
import type { FreezeElectorateInput } from "../../../common/electorate.js";
import { sameShape } from "../../http/validate.js";

export const electorateQuery = z.object({
  at: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
});

export const freezeInput = z.object({
  label: z.string().trim().min(2).max(200),
  /** The instant to freeze; now when absent. */
  at: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
});

// The request types of common/ and these schemas cannot disagree (checked when compiling).
sameShape<z.input<typeof freezeInput>, FreezeElectorateInput>(true);
