import type { Agenda } from "../../../common/agenda.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import type { AgendaSource } from "../module.js";

/** Composes the agenda from the modules' sources, in the order given (the most pressing first). */
export async function readAgenda(
  db: Db,
  actor: Actor & { email: string },
  sources: readonly AgendaSource[],
): Promise<Agenda> {
  const parts = await Promise.all(sources.map((source) => source(db, actor)));
  return { items: parts.flat() };
}
