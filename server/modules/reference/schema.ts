import { z } from "zod";

export const fieldCreateInput = z.object({
  /** Stable latin code; derived from the French name when absent. */
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,40}$/)
    .optional(),
  nameAr: z.string().trim().min(2).max(80),
  nameFr: z.string().trim().min(2).max(80),
});

export const fieldUpdateInput = z
  .object({
    nameAr: z.string().trim().min(2).max(80).optional(),
    nameFr: z.string().trim().min(2).max(80).optional(),
    active: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "nothing to change" });
