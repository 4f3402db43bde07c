import { z } from "zod";
import { page, pageSize, queryText } from "../../http/query.js";

export const usersQuery = z.object({
  page,
  pageSize,
  q: queryText(200),
  role: z.enum(["admin", "moderator", "member"]).optional(),
});

export const platformRoleInput = z.object({ role: z.enum(["admin", "moderator", "member"]) });
