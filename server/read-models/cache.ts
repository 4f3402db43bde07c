/**
 * Read models of public pages kept in memory: a page many people read at once is loaded from the
 * database once, then served from here until a committed change makes it stale. Every entry names the
 * `stale` tags of `DomainEvent` that end it (e.g. `directory`, `association:<id>`, `reference`); the
 * app drops those entries when the events of a commit arrive, from this process or, through Redis,
 * from another (see share.ts).
 */
export type ReadModelCache = {
  /**
   * The value of `key`: loaded by `load` once, then kept until one of `tags` (or of the tags
   * `tagsOf` names once it is loaded) is stale, or `maxAgeMs` passes.
   */
  read<T>(key: string, tags: readonly string[], load: () => Promise<T>, options?: ReadOptions<T>): Promise<T>;
  /** Drops every entry carrying one of `tags`, and any load still in flight. */
  invalidate(tags: readonly string[]): void;
  readonly size: number;
};

export type ReadOptions<T> = {
  maxAgeMs?: number;
  tagsOf?: (value: T) => readonly string[];
  /** The instant (ms) the loaded value stops being true by itself (a suspension's end), if sooner. */
  expiresAtOf?: (value: T) => number | null;
};

type Entry = { value: Promise<unknown>; tags: readonly string[]; expiresAt: number; settled: boolean };

/** Time-driven changes (a suspension reaching its end) show within this delay at most. */
const DEFAULT_MAX_AGE_MS = 60_000;

export function createReadModelCache(options: { maxEntries?: number } = {}): ReadModelCache {
  const maxEntries = options.maxEntries ?? 2_000;
  const entries = new Map<string, Entry>();
  // Bumped by every invalidation: a load that began before one must not be kept after it.
  let generation = 0;

  const cache: ReadModelCache = {
    read<T>(key: string, tags: readonly string[], load: () => Promise<T>, opts: ReadOptions<T> = {}) {
      const now = Date.now();
      const found = entries.get(key);
      if (found && found.expiresAt > now) return found.value as Promise<T>;
      const started = generation;
      const value = load();
      const entry: Entry = { value, tags, expiresAt: now + (opts.maxAgeMs ?? DEFAULT_MAX_AGE_MS), settled: false };
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      // Concurrent readers share the load in flight; a failed or outdated load is not kept.
      value.then(
        (loaded) => {
          entry.settled = true;
          if (loaded !== null && typeof loaded === "object") shared.add(loaded);
          if (entries.get(key) !== entry) return;
          if (generation !== started) entries.delete(key);
          else {
            if (opts.tagsOf) entry.tags = [...tags, ...opts.tagsOf(loaded)];
            const end = opts.expiresAtOf?.(loaded);
            if (end != null) entry.expiresAt = Math.min(entry.expiresAt, end);
          }
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return value;
    },
    invalidate(tags) {
      if (tags.length === 0) return;
      generation += 1;
      const stale = new Set(tags);
      // A load in flight may have read the state before the commit, and its own tags are not known yet.
      for (const [key, entry] of entries) {
        if (!entry.settled || entry.tags.some((tag) => stale.has(tag))) entries.delete(key);
      }
    },
    get size() {
      return entries.size;
    },
  };
  return cache;
}

/**
 * Values a read model holds: shared by every reader, so never changed after loading, and the same
 * object from one request to the next (their JSON can be kept: see `http/handler.ts`).
 */
const shared = new WeakSet<object>();

/** Whether `value` is held by a read model (and so never changes). */
export function isReadModelValue(value: unknown): value is object {
  return value !== null && typeof value === "object" && shared.has(value);
}

/** Each database client's cache: services reach it through the `db` they already receive. */
const caches = new WeakMap<object, ReadModelCache>();

export function attachReadModels(db: object, cache: ReadModelCache): void {
  caches.set(db, cache);
}

/**
 * Reads `key` through the cache of `db`'s app, or loads it directly when there is none (scripts,
 * the demo seed).
 */
export function readModel<T>(
  db: object,
  key: string,
  tags: readonly string[],
  load: () => Promise<T>,
  options?: ReadOptions<T>,
): Promise<T> {
  const cache = caches.get(db);
  return cache ? cache.read(key, tags, load, options) : load();
}
