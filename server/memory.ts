import { performance } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";

/**
 * Gives memory back once a burst of work is over. Under load V8 lets its heap grow far beyond what is
 * live (garbage promoted by many requests in flight waits for a major collection), and it keeps that
 * size afterwards: the server stayed at several hundred megabytes after a burst of reads although its
 * live heap is about 70 MB. When the event loop has been nearly idle for `idleMs` and the heap has
 * grown by `growthBytes` since the last collection made here, two full collections run, and V8
 * returns the freed pages to the system. One collection per quiet spell: the next waits for work.
 *
 * Needs `gc`, exposed by `node --expose-gc` (`npm start` passes it); without it, nothing happens.
 * Idleness is read from the event loop's utilisation, so HTTP, sockets and timers all count as work.
 */
export function collectWhenIdle(
  options: {
    idleMs?: number;
    growthBytes?: number;
    /** The event loop's busy fraction under which the process counts as idle. */
    idleUtilisation?: number;
    gc?: () => void;
  } = {},
): { stop(): void } {
  const collect = options.gc ?? (globalThis as { gc?: () => void }).gc;
  if (!collect) return { stop() {} };
  const idleMs = options.idleMs ?? 3_000;
  const growth = options.growthBytes ?? 32 * 1024 * 1024;
  const idleUtilisation = options.idleUtilisation ?? 0.05;
  const tickMs = Math.max(100, Math.floor(idleMs / 3));
  let baseline = getHeapStatistics().total_heap_size;
  let last = performance.eventLoopUtilization();
  let quietSince = performance.now();
  let armed = true;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, last).utilization;
    last = now;
    if (busy > idleUtilisation) {
      quietSince = performance.now();
      armed = true;
      return;
    }
    if (!armed || performance.now() - quietSince < idleMs) return;
    if (getHeapStatistics().total_heap_size - baseline < growth) return;
    // Two collections: the second moves what lives on the pages the first found fragmented, so that
    // whole pages are freed (one alone left the heap twice its live size). A request arriving
    // between them is served first.
    armed = false;
    collect();
    setImmediate(() => {
      collect();
      baseline = getHeapStatistics().total_heap_size;
    });
  }, tickMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
