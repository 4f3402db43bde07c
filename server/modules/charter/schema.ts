import { z } from "zod";
import { charterKinds } from "../../../common/charter.js";
import { MARKDOWN_MAX_LENGTH } from "../../markdown/render.js";

export const versionsQuery = z.object({ kind: z.enum(charterKinds).optional() });

export const publishCharterInput = z.object({
  kind: z.enum(charterKinds),
  title: z.string().trim().min(2).max(200),
  bodyMd: z.string().trim().min(1).max(MARKDOWN_MAX_LENGTH),
});
