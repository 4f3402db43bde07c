import { createAdapter } from "@socket.io/redis-streams-adapter";
import { createClient } from "redis";
import type { RealtimeServer } from "./server.js";

/**
 * Joins this process's Socket.IO server to the others on the same Redis, through the Redis streams
 * adapter (which, unlike plain pub/sub, keeps connection-state recovery working). The adapter does not
 * authenticate traffic between servers: Redis must not be reachable by users.
 */
export async function joinCluster(
  io: RealtimeServer,
  redisUrl: string,
  options: { streamName?: string } = {},
): Promise<{ close(): Promise<void> }> {
  const redis = createClient({ url: redisUrl });
  redis.on("error", () => {}); // reconnects by itself; a lasting outage shows in the logs of requests
  await redis.connect();
  io.adapter(createAdapter(redis, { streamName: options.streamName ?? "tashawur:socket.io" }));
  return {
    async close() {
      await redis.quit().catch(() => {});
    },
  };
}
