import { handler } from "../../realtime/handle.js";
import type { RealtimeServer } from "../../realtime/server.js";
import type { ModuleDeps } from "../module.js";
import { debateRoom } from "./events.js";
import { watchInput } from "./schema.js";
import { readableDebate } from "./service.js";

/**
 * `debate:watch` joins the room of a debate the person may read (checked from the debate's read
 * model, so from memory), `debate:unwatch` leaves it. Both go through the one socket wrapper.
 */
export function debateSockets(io: RealtimeServer, deps: ModuleDeps): void {
  const wrapperDeps = { store: deps.kit.store, log: deps.log };
  io.on("connection", (socket) => {
    socket.on(
      "debate:watch",
      handler(wrapperDeps, socket, watchInput, async ({ debateId }, data) => {
        await readableDebate(deps.db, data.user, debateId);
        await socket.join(debateRoom(debateId));
        return { debateId };
      }),
    );
    socket.on(
      "debate:unwatch",
      handler(wrapperDeps, socket, watchInput, async ({ debateId }) => {
        await socket.leave(debateRoom(debateId));
        return { debateId };
      }),
    );
  });
}
