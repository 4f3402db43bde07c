import { z } from "zod";

/** `GET /api/notifications`: a page of the person's notifications. */
export const notificationQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** Only the unread ones. */
  unread: z.enum(["true", "false"]).optional(),
});

/** `POST /api/notifications/read`: the ids to mark read; none given marks them all. */
export const markReadInput = z.object({ ids: z.array(z.uuid()).min(1).max(200).optional() }).strict();
