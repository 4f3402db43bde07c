import { handler } from "../../realtime/handle.js";
import type { RealtimeServer } from "../../realtime/server.js";
import type { ModuleDeps } from "../module.js";
import { proposalRoom } from "./access.js";
import { watchInput } from "./schema.js";
import { readProposal } from "./views.js";

/**
 * `proposal:watch` joins the room of a proposal the person may read (the same check as reading it: a
 * draft only for its association), `proposal:unwatch` leaves it. After each committed change the room
 * gets `proposal:changed` (published with the change, see access.ts) and its readers read it again.
 */
export function proposalSockets(io: RealtimeServer, deps: ModuleDeps): void {
  const wrapperDeps = { store: deps.kit.store, log: deps.log };
  const settings = { minSponsors: deps.config.proposalMinSponsors };
  io.on("connection", (socket) => {
    socket.on(
      "proposal:watch",
      handler(wrapperDeps, socket, watchInput, async ({ proposalId }, data) => {
        await readProposal(deps.db, settings, data.user, proposalId);
        await socket.join(proposalRoom(proposalId));
        return { proposalId };
      }),
    );
    socket.on(
      "proposal:unwatch",
      handler(wrapperDeps, socket, watchInput, async ({ proposalId }) => {
        await socket.leave(proposalRoom(proposalId));
        return { proposalId };
      }),
    );
  });
}
