import { eventBusOf } from "../../events/bus.js";
import { handler } from "../../realtime/handle.js";
import type { RealtimeServer } from "../../realtime/server.js";
import type { ModuleDeps } from "../module.js";
import { castBallot } from "./ballots.js";
import { liveUpdate, watchSnapshot } from "./read.js";
import { castBallotEvent, watchInput } from "./schema.js";

/** Ballots arriving together are told to watchers once per this delay (a broadcast per ballot would not scale). */
const COALESCE_MS = 250;

const roomOf = (voteId: string) => `vote:${voteId}`;

/**
 * `vote:cast` (a ballot, acknowledged once committed), `vote:watch` / `vote:unwatch`, and the live figures: after the commits of ballots, each watched vote's
 * participation (and, shown live, its tally) is sent to its room at most once per COALESCE_MS.
 */
export function voteSockets(io: RealtimeServer, deps: ModuleDeps): void {
  const socketDeps = { store: deps.kit.store, log: deps.log };
  const due = new Map<string, NodeJS.Timeout>();

  async function send(voteId: string) {
    due.delete(voteId);
    const live = await liveUpdate(deps.db, voteId);
    if (!live) return;
    const room = io.to(roomOf(voteId));
    room.emit("vote:participation", { voteId, cast: live.cast, electorateSize: live.vote.electorateSize });
    if (live.result) room.emit("vote:tally", { voteId, result: live.result, closed: false });
  }

  eventBusOf(deps.db)?.subscribe((events) => {
    for (const event of events) {
      if (event.type !== "vote:ballot_cast") continue;
      const voteId = event.stale?.[0]?.slice("vote-ballots:".length);
      if (!voteId || due.has(voteId)) continue;
      const timer = setTimeout(
        () => void send(voteId).catch((error: unknown) => deps.log.warn({ err: error }, "vote broadcast failed")),
        COALESCE_MS,
      );
      timer.unref();
      due.set(voteId, timer);
    }
  });

  io.on("connection", (socket) => {
    socket.on(
      "vote:watch",
      handler(socketDeps, socket, watchInput, async ({ voteId }, data) => {
        const snapshot = await watchSnapshot(deps.db, data.user, voteId);
        await socket.join(roomOf(voteId));
        return snapshot;
      }),
    );
    socket.on(
      "vote:cast",
      handler(socketDeps, socket, castBallotEvent, ({ voteId, ...input }, data) =>
        castBallot(deps.db, { id: data.user.id, role: data.user.role }, voteId, input),
      ),
    );
    socket.on(
      "vote:unwatch",
      handler(socketDeps, socket, watchInput, async ({ voteId }) => {
        await socket.leave(roomOf(voteId));
        return null;
      }),
    );
  });
}
