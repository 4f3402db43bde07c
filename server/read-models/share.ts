import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import type { EventBus } from "../events/bus.js";
import type { ReadModelCache } from "./cache.js";

const CHANNEL = "tashawur:read-models:stale";

/**
 * Shares the staleness of read models between the server processes on one Redis: what a commit here
 * makes stale is published on a channel, and what another process publishes is dropped here. Redis
 * must not be reachable by users (as for the Socket.IO adapter).
 */
export async function shareReadModels(
  cache: ReadModelCache,
  events: EventBus,
  redisUrl: string,
  options: { channel?: string } = {},
): Promise<{ close(): Promise<void> }> {
  const channel = options.channel ?? CHANNEL;
  const origin = randomUUID();
  const publisher = createClient({ url: redisUrl });
  publisher.on("error", () => {}); // reconnects by itself
  const subscriber = publisher.duplicate();
  subscriber.on("error", () => {});
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(channel, (message) => {
    const parsed = JSON.parse(message) as { origin?: string; stale?: unknown };
    if (parsed.origin === origin || !Array.isArray(parsed.stale)) return;
    cache.invalidate(parsed.stale.filter((tag): tag is string => typeof tag === "string"));
  });
  const unsubscribe = events.subscribe((committed) => {
    const stale = committed.flatMap((event) => event.stale ?? []);
    if (stale.length) void publisher.publish(channel, JSON.stringify({ origin, stale })).catch(() => {});
  });
  return {
    async close() {
      unsubscribe();
      await Promise.all([subscriber.quit().catch(() => {}), publisher.quit().catch(() => {})]);
    },
  };
}
