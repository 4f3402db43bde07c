import { z } from "zod";

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
