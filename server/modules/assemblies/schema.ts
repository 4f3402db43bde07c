import { z } from "zod";
import {
  type AssemblyInput,
  assemblyItemTypes,
  assemblyKinds,
  assemblyLimits,
  type CheckInInput,
  type ConveneInput,
  type ProxyInput,
  type RegistrationInput,
} from "../../../common/assemblies.js";
import { UUID } from "../../../common/ids.js";
import { hasForbiddenCharacter } from "../../../common/text.js";
import { sameShape } from "../../http/validate.js";

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

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((value) => value.normalize("NFC").trim())
    .refine((value) => !hasForbiddenCharacter(value), "control_character");

const instant = z.iso.datetime({ offset: true });
const uuid = z.string().regex(UUID, "not_an_id");

/** A web address people join from: https (or http) only. */
const onlineUrl = z
  .string()
  .max(assemblyLimits.urlMax)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "not_a_web_address");

/** `POST /api/assemblies`, `PATCH /api/assemblies/:id`: the details and the whole agenda. */
export const assemblyInput = z
  .object({
    kind: z.enum(assemblyKinds),
    title: text(assemblyLimits.titleMax),
    scheduledAt: instant,
    place: optionalText(assemblyLimits.placeMax).nullable().optional(),
    onlineUrl: onlineUrl.nullable().optional(),
    items: z
      .array(
        z
          .object({
            title: text(assemblyLimits.itemTitleMax),
            type: z.enum(assemblyItemTypes),
            descriptionMd: optionalText(assemblyLimits.itemDescriptionMax).optional(),
          })
          .strict(),
      )
      .max(assemblyLimits.itemsMax),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.place && !input.onlineUrl) ctx.addIssue({ code: "custom", path: ["place"], message: "place_or_link" });
  });
sameShape<z.infer<typeof assemblyInput>, AssemblyInput>(true);

/** `POST /api/assemblies/:id/convene`: a second convocation names its new date. */
export const conveneInput = z.object({ scheduledAt: instant.optional() }).strict();
sameShape<z.infer<typeof conveneInput>, ConveneInput>(true);

export const registrationInput = z.object({ associationId: uuid }).strict();
sameShape<z.infer<typeof registrationInput>, RegistrationInput>(true);

export const checkInInput = z.object({ associationId: uuid }).strict();
sameShape<z.infer<typeof checkInInput>, CheckInInput>(true);

export const proxyInput = z.object({ giverId: uuid, holderId: uuid }).strict();
sameShape<z.infer<typeof proxyInput>, ProxyInput>(true);
