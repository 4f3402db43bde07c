import type { ServerToClientEvents } from "../../common/realtime.js";

/** What clients in some rooms are told about a change, with the typed event of `common/realtime.ts`. */
export type Broadcast = {
  [E in keyof ServerToClientEvents]: {
    rooms: string[];
    event: E;
    payload: Parameters<ServerToClientEvents[E]>[0];
  };
}[keyof ServerToClientEvents];

/**
 * A change that committed. `type` names it (`domain:action`); `stale` lists the read models it makes
 * out of date (e.g. `directory`, `association:<id>`); `broadcast`, what sockets are told.
 */
export type DomainEvent = {
  type: string;
  stale?: string[];
  broadcast?: Broadcast;
};

export type EventHandler = (events: readonly DomainEvent[]) => void;

/** In-process fan-out of committed events to the app's subscribers. */
export type EventBus = {
  publish(events: readonly DomainEvent[]): void;
  subscribe(handler: EventHandler): () => void;
};

export function createEventBus(onError: (error: unknown) => void): EventBus {
  const handlers = new Set<EventHandler>();
  return {
    publish(events) {
      for (const handle of handlers) {
        try {
          handle(events);
        } catch (error) {
          onError(error);
        }
      }
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}

/** Each database client's bus: services reach it through the `db` they already receive. */
const buses = new WeakMap<object, EventBus>();

export function attachEventBus(db: object, bus: EventBus): void {
  buses.set(db, bus);
}

export function eventBusOf(db: object): EventBus | undefined {
  return buses.get(db);
}
