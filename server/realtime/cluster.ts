import { createAdapter } from "@socket.io/redis-streams-adapter";
import { createClient } from "redis";
import type { RealtimeServer } from "./server.js";

/** Redis did not answer at the start: the message is one sentence naming the variable to check. */
export class RedisConnectError extends Error {
  override name = "RedisConnectError";
}

export type ClusterOptions = {
  /** Prefix of the adapter's stream, pub/sub channels and session keys: another app on the same Redis must not share them. */
  prefix?: string;
  /** How long the start waits for Redis before giving up. */
  connectTimeoutMs?: number;
  /** How often each process tells the others it is alive, and after how long without news one is taken for dead. */
  heartbeatIntervalMs?: number;
  heartbeatTimeoutMs?: number;
};

function hostOf(redisUrl: string): string {
  try {
    const url = new URL(redisUrl);
    return `${url.hostname}:${url.port || 6379}`;
  } catch {
    return redisUrl;
  }
}

/**
 * Joins this process's Socket.IO server to the others on the same Redis, through the Redis streams
 * adapter (which, unlike plain pub/sub, keeps connection-state recovery working). The adapter does not
 * authenticate traffic between servers: Redis must not be reachable by users. A Redis that does not
 * answer within the timeout stops the start with a RedisConnectError instead of waiting forever.
 */
export async function joinCluster(
  io: RealtimeServer,
  redisUrl: string,
  options: ClusterOptions = {},
): Promise<{ close(): Promise<void> }> {
  const prefix = options.prefix ?? "tashawur";
  const timeout = options.connectTimeoutMs ?? 5_000;
  const redis = createClient({ url: redisUrl, socket: { connectTimeout: timeout } });
  redis.on("error", () => {}); // reconnects by itself; a lasting outage shows in the logs of requests
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new RedisConnectError(
            `Redis at ${hostOf(redisUrl)} did not answer within ${timeout / 1000} s: check that it is running and reachable, or REDIS_URL and REDIS_CONNECT_TIMEOUT_MS.`,
          ),
        ),
      timeout,
    );
  });
  try {
    await Promise.race([redis.connect(), gaveUp]);
  } catch (error) {
    redis.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  io.adapter(
    createAdapter(redis, {
      streamName: `${prefix}:socket.io`,
      channelPrefix: `${prefix}:socket.io`,
      sessionKeyPrefix: `${prefix}:sio:session:`,
      heartbeatInterval: options.heartbeatIntervalMs ?? 2_000,
      heartbeatTimeout: options.heartbeatTimeoutMs ?? 6_000,
    }),
  );
  return {
    async close() {
      await redis.quit().catch(() => {});
    },
  };
}
