import { describe, expect, it } from "vitest";
import { SessionFeed } from "./session-feed.js";
import { applyEvent, initialState, type SessionEvent, type SessionJoinAnswer } from "./sessions.js";

const chat = (seq: number): SessionEvent => ({
  seq,
  at: "2026-01-01T10:00:00.000Z",
  type: "chat.posted",
  payload: { message: { id: `m${seq}`, userId: "u", name: "n", text: `t${seq}`, at: "2026-01-01T10:00:00.000Z" } },
});

/** A server holding `count` events: it answers a snapshot at `snapshotSeq`, or the events after `since`. */
function server(count: number, snapshotSeq: number) {
  const events = Array.from({ length: count }, (_, i) => chat(i + 1));
  const asked: (number | undefined)[] = [];
  let state = initialState();
  for (const event of events.slice(0, snapshotSeq)) state = applyEvent(state, event);
  const join = async (since: number | undefined): Promise<SessionJoinAnswer> => {
    asked.push(since);
    if (since === undefined) {
      return {
        kind: "snapshot",
        seq: snapshotSeq,
        state,
        serverNow: "2026-01-01T10:00:05.000Z",
        session: {} as never,
        me: { id: "u", name: "n" },
      };
    }
    return { kind: "events", events: events.filter((e) => e.seq > since), serverNow: "2026-01-01T10:00:05.000Z" };
  };
  return { events, join, asked };
}

describe("a client's copy of a live session", () => {
  it("applies events in order, ignores those already applied", async () => {
    const { events, join } = server(5, 2);
    const feed = new SessionFeed(join);
    await feed.load();
    feed.receive(events[1]!); // seq 2: in the snapshot already
    feed.receive(events[2]!);
    feed.receive(events[2]!);
    feed.receive(events[3]!);
    expect(feed.applied).toEqual([3, 4]);
    expect(feed.state!.chat.map((m) => m.text)).toEqual(["t1", "t2", "t3", "t4"]);
  });

  it("asks for what is missing after a gap, then applies everything in order", async () => {
    const { events, join, asked } = server(6, 1);
    const feed = new SessionFeed(join);
    await feed.load();
    feed.receive(events[4]!); // seq 5 arrives before 2, 3, 4
    await feed.resync();
    expect(asked).toEqual([undefined, 1]);
    expect(feed.applied).toEqual([2, 3, 4, 5, 6]);
    expect(feed.seq).toBe(6);
  });

  it("measures the offset of the server's clock to show deadlines by it", async () => {
    const { join } = server(1, 1);
    const feed = new SessionFeed(
      join,
      () => {},
      () => Date.parse("2026-01-01T10:00:00.000Z"),
    );
    await feed.load();
    expect(feed.clockOffsetMs).toBe(5_000);
    expect(feed.remainingMs("2026-01-01T10:00:20.000Z")).toBe(15_000);
  });
});
