import { z } from "zod";
import type { PlatformRoleInput } from "../../../common/platform-roles.js";
import { page, pageSize, queryText } from "../../http/query.js";
import { sameShape } from "../../http/validate.js";

export const usersQuery = z.object({
  page,
  pageSize,
  q: queryText(200),
  role: z.enum(["admin", "moderator", "member"]).optional(),
});

export const platformRoleInput = z.object({ role: z.enum(["admin", "moderator", "member"]) });

// The request types of common/ and these schemas cannot disagree (checked when compiling).
sameShape<z.input<typeof platformRoleInput>, PlatformRoleInput>(true);
