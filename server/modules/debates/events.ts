import type { Reply } from "../../../common/debates.js";
import type { Tx } from "../../db/client.js";
import { publishAfterCommit } from "../../db/transaction.js";
import type { DebateRecord } from "./presenter.js";
import { presentDebateState } from "./presenter.js";

/** The read model of a debate's page (its first screen and its summary). */
export const debateTag = (debateId: string) => `debate:${debateId}`;
/** Every list of debates and the categories' counts. */
export const DEBATES_TAG = "debates";
/** The socket room of a debate's readers. */
export const debateRoom = (debateId: string) => `debate:${debateId}`;

/** A new reply: the page is stale, and the room sees it after the commit. */
export function announceReply(tx: Tx, debateId: string, reply: Reply, kind: "new" | "changed"): void {
  publishAfterCommit(tx, {
    type: kind === "new" ? "debate:reply" : "debate:reply-changed",
    stale: [debateTag(debateId), DEBATES_TAG],
    broadcast: {
      rooms: [debateRoom(debateId)],
      event: kind === "new" ? "debate:reply" : "debate:reply-changed",
      payload: { debateId, reply },
    },
  });
}

export function announceEndorsement(tx: Tx, debateId: string, replyId: string, endorsementCount: number): void {
  publishAfterCommit(tx, {
    type: "debate:endorsement",
    stale: [debateTag(debateId)],
    broadcast: {
      rooms: [debateRoom(debateId)],
      event: "debate:endorsement",
      payload: { debateId, replyId, endorsementCount },
    },
  });
}

/** The debate itself changed: its page and the lists are stale, and the room sees its new state. */
export function announceDebate(tx: Tx, record: DebateRecord): void {
  publishAfterCommit(tx, {
    type: "debate:changed",
    stale: [debateTag(record.id), DEBATES_TAG],
    broadcast: {
      rooms: [debateRoom(record.id)],
      event: "debate:changed",
      payload: { debate: presentDebateState(record) },
    },
  });
}

/** Something only the lists and counts show changed (a category). */
export function announceLists(tx: Tx): void {
  publishAfterCommit(tx, { type: "debates:changed", stale: [DEBATES_TAG] });
}

/** Read models made stale by a change that tells no room (a category renamed under its debates). */
export function announceStale(tx: Tx, tags: string[]): void {
  if (tags.length > 0) publishAfterCommit(tx, { type: "debates:stale", stale: tags });
}
