import { afterEach, describe, expect, it } from "vitest";
import { collectWhenIdle } from "./memory.js";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps the event loop busy for `ms` with short synchronous slices, as a server under load does. */
async function busyFor(ms: number, done: () => boolean) {
  const end = performance.now() + ms;
  while (performance.now() < end && !done()) {
    const slice = performance.now() + 40;
    while (performance.now() < slice) {}
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("the collection after a burst of work", () => {
  let stop = () => {};
  afterEach(() => stop());

  it("collects (twice, to compact) once the event loop has been idle, then not again before more work", async () => {
    let collections = 0;
    ({ stop } = collectWhenIdle({ idleMs: 300, growthBytes: 0, gc: () => collections++ }));
    for (let i = 0; i < 60 && collections === 0; i++) await wait(50);
    await wait(50);
    expect(collections).toBe(2);
    await wait(1_000);
    expect(collections).toBe(2);
  });

  it("collects again after the next burst of work", async () => {
    let collections = 0;
    ({ stop } = collectWhenIdle({ idleMs: 300, growthBytes: 0, gc: () => collections++ }));
    for (let i = 0; i < 60 && collections === 0; i++) await wait(50);
    await busyFor(600, () => false);
    for (let i = 0; i < 60 && collections === 2; i++) await wait(50);
    await wait(50);
    expect(collections).toBe(4);
  });

  it("does not collect while the event loop is busy", async () => {
    let collections = 0;
    ({ stop } = collectWhenIdle({ idleMs: 300, growthBytes: 0, gc: () => collections++ }));
    await busyFor(1_500, () => collections > 0);
    expect(collections).toBe(0);
  });

  it("does not collect when the heap has not grown by the threshold", async () => {
    let collections = 0;
    ({ stop } = collectWhenIdle({ idleMs: 300, growthBytes: 1024 ** 4, gc: () => collections++ }));
    await wait(1_500);
    expect(collections).toBe(0);
  });

  it("does nothing without an exposed gc", () => {
    const exposed = (globalThis as { gc?: unknown }).gc;
    expect(exposed).toBeUndefined();
    expect(() => collectWhenIdle().stop()).not.toThrow();
  });
});
