import type { DomainEvent } from "../events/bus.js";
import { eventBusOf } from "../events/bus.js";
import type { Db, Tx } from "./client.js";

/** Events a transaction has announced, kept until it commits. Keyed by the transaction's client. */
const pending = new WeakMap<object, DomainEvent[]>();

/**
 * Runs `fn` in one transaction, patient enough for the embedded database's single connection. The
 * events `fn` announces with `publishAfterCommit` go out only once the transaction has committed; a
 * transaction that throws (and so rolls back) publishes nothing.
 */
export async function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const events: DomainEvent[] = [];
  const result = await db.$transaction(
    async (tx) => {
      pending.set(tx, events);
      try {
        return await fn(tx);
      } finally {
        pending.delete(tx);
      }
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
  if (events.length > 0) eventBusOf(db)?.publish(events);
  return result;
}

/**
 * Announces a change made in the transaction `tx` (opened by `inTransaction`): subscribers (sockets,
 * read-model caches, notifications) hear of it after the commit, never before, never on rollback.
 */
export function publishAfterCommit(tx: Tx, event: DomainEvent): void {
  const events = pending.get(tx);
  if (!events) throw new Error("publishAfterCommit needs a transaction opened by inTransaction");
  events.push(event);
}
