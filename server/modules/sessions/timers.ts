import type { LiveState } from "../../../common/sessions.js";
import type { Db } from "../../db/client.js";
import type { Logger } from "../../logger.js";

/** The speakers' deadlines this process watches, one per live session. */
export type FloorTimers = {
  /** Schedules (or clears) the session's timer from the state just committed. */
  sync(sessionId: string, state: LiveState): void;
  stop(): void;
};

const timers = new WeakMap<object, FloorTimers>();

export function timersOf(db: Db): FloorTimers | undefined {
  return timers.get(db);
}

/**
 * Watches speakers' deadlines: the deadline is stored with the state, so a timer is only a reminder
 * to record `floor.time_up` when it passes; a restarted server schedules them again from the
 * database. Several processes may each fire: the command is idempotent (it checks the floor, the
 * deadline and that the time is not already up, in the locked transaction).
 */
export function createFloorTimers(
  db: Db,
  fire: (sessionId: string, startedAt: string) => Promise<unknown>,
  log: Logger,
): FloorTimers {
  const pending = new Map<string, NodeJS.Timeout>();
  let stopped = false;
  const api: FloorTimers = {
    sync(sessionId, state) {
      const existing = pending.get(sessionId);
      if (existing) clearTimeout(existing);
      pending.delete(sessionId);
      const floor = state.floor;
      if (stopped || state.status !== "live" || !floor?.deadline || floor.overran) return;
      const delay = Math.max(0, Date.parse(floor.deadline) - Date.now());
      const timer = setTimeout(() => {
        pending.delete(sessionId);
        fire(sessionId, floor.startedAt).catch((error: unknown) =>
          log.warn({ err: error, sessionId }, "speaker time-up failed"),
        );
      }, delay + 20);
      timer.unref();
      pending.set(sessionId, timer);
    },
    stop() {
      stopped = true;
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      timers.delete(db);
    },
  };
  timers.set(db, api);
  return api;
}
