import { describe, expect, it } from "vitest";
import { applyEvent, type Floor, initialState, type LiveState, spokenMs } from "./sessions.js";

const floor: Floor = {
  id: "r1",
  userId: "u1",
  name: "متدخلة",
  associationId: null,
  associationName: null,
  type: "contribution",
  startedAt: "2026-01-01T10:00:00.000Z",
  deadline: "2026-01-01T10:03:00.000Z",
  remainingMs: 180_000,
  overran: false,
};
const at = (mmss: string) => Date.parse(`2026-01-01T10:${mmss}.000Z`);
const iso = (mmss: string) => new Date(at(mmss)).toISOString();

describe("a pause is not part of a speaker's time", () => {
  const live: LiveState = { ...initialState(), status: "live", floor };

  it("counts the time spoken without the pauses, the one running included", () => {
    let state = applyEvent(live, { type: "session.paused", payload: { at: iso("01:00"), remainingMs: 120_000 } });
    expect(state.floor).toMatchObject({ deadline: null, remainingMs: 120_000, pausedAt: iso("01:00") });
    // Five minutes into a pause, the speaker has still spoken one minute.
    expect(spokenMs(state.floor!, at("06:00"))).toBe(60_000);
    state = applyEvent(state, { type: "session.resumed", payload: { at: iso("06:00"), deadline: iso("08:00") } });
    expect(state.floor).toMatchObject({ deadline: iso("08:00"), pausedAt: null, pausedMs: 300_000 });
    expect(spokenMs(state.floor!, at("06:30"))).toBe(90_000);
    // A second pause adds to the first.
    state = applyEvent(state, { type: "session.paused", payload: { at: iso("07:00"), remainingMs: 60_000 } });
    state = applyEvent(state, { type: "session.resumed", payload: { at: iso("09:00"), deadline: iso("10:00") } });
    expect(state.floor!.pausedMs).toBe(420_000);
    expect(spokenMs(state.floor!, at("09:30"))).toBe(150_000);
  });

  it("reads a floor stored before pauses were counted as never paused", () => {
    expect(spokenMs(floor, at("02:00"))).toBe(120_000);
  });
});
