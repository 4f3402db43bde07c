import { z } from "zod";
import { page, pageSize, queryText } from "../../http/query.js";

export const auditQuery = z.object({
  page,
  pageSize,
  action: queryText(80),
  targetType: queryText(80),
  targetId: queryText(80),
  associationId: z.uuid().optional(),
});
