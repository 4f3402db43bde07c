import { z } from "zod";
import { visibleName } from "../../../common/names.js";

/** An email, trimmed and lower-cased so that one address is one account. */
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "invalid email" }));

/** NFC, no invisible characters at the ends, visible letters required. */
const displayName = visibleName(2, 80);
const locale = z.enum(["ar", "fr"]);

export const registerInput = z.object({
  email,
  /** How the person is shown to others. */
  name: displayName,
  /** Checked for strength by the service (WEAK_PASSWORD), not here. */
  password: z.string().min(1).max(1000),
  locale: locale.optional(),
});
export type RegisterInput = z.infer<typeof registerInput>;

export const loginInput = z.object({
  email,
  password: z.string().min(1).max(1000),
});

export const profileInput = z
  .object({ name: displayName.optional(), locale: locale.optional() })
  .refine((value) => value.name !== undefined || value.locale !== undefined, { message: "nothing to change" });
export type ProfileInput = z.infer<typeof profileInput>;

export const passwordChangeInput = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(1).max(1000),
});
