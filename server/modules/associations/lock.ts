import type { Tx } from "../../db/client.js";
import { publishAfterCommit } from "../../db/transaction.js";

/** What a change to one association makes stale: its page and the directory's read models. */
export const associationChanged = (id: string) => ({
  type: "association:changed",
  stale: ["directory", `association:${id}`],
});

/**
 * Locks the association's row until the transaction ends: writes about one association queue up.
 * Whoever locks it is about to change it, so its read models are dropped once the transaction commits.
 */
export async function lockAssociation(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM associations WHERE id = ${id}::uuid FOR UPDATE`;
  publishAfterCommit(tx, associationChanged(id));
}
