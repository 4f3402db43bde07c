import { z } from "zod";
import type { PublishCharterInput } from "../../../common/charter.js";
import { charterKinds } from "../../../common/charter.js";
import { sameShape } from "../../http/validate.js";
import { MARKDOWN_MAX_LENGTH } from "../../markdown/render.js";

export const versionsQuery = z.object({ kind: z.enum(charterKinds).optional() });

export const publishCharterInput = z
  .object({
    kind: z.enum(charterKinds),
    title: z.string().trim().min(2).max(200),
    bodyMd: z.string().trim().min(1).max(MARKDOWN_MAX_LENGTH),
    /** The French title and text, published together or not at all; blank means none. */
    titleFr: z.string().trim().max(200).optional(),
    bodyMdFr: z.string().trim().max(MARKDOWN_MAX_LENGTH).optional(),
  })
  .superRefine((value, context) => {
    const title = Boolean(value.titleFr);
    const body = Boolean(value.bodyMdFr);
    if (title === body) return;
    context.addIssue({
      code: "custom",
      path: [title ? "bodyMdFr" : "titleFr"],
      message: "the French title and text go together",
    });
  });

// The request types of common/ and these schemas cannot disagree (checked when compiling).
sameShape<z.input<typeof publishCharterInput>, PublishCharterInput>(true);
