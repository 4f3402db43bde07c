import type { Agenda, AgendaItem } from "../../../common/agenda.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../associations/policy.js";

/**
 * One module's contribution to the home page: the items that wait for this person in its domain.
 * A source reads with a bounded number of statements and answers [] when nothing waits.
 */
export type AgendaSource = (db: Db, actor: Actor & { email: string }) => Promise<AgendaItem[]>;

/** Composes the agenda from the modules' sources, in the order given (the most pressing first). */
export async function readAgenda(
  db: Db,
  actor: Actor & { email: string },
  sources: readonly AgendaSource[],
): Promise<Agenda> {
  const parts = await Promise.all(sources.map((source) => source(db, actor)));
  return { items: parts.flat() };
}
