import { useCallback, useEffect, useState } from "preact/hooks";
import { applyPresenceChanges } from "../../../common/presence.js";
import type { Ack, SessionPresence, SessionPresenceDelta } from "../../../common/realtime.js";
import { SessionFeed } from "../../../common/session-feed.js";
import type {
  LiveState,
  Reaction,
  SessionActAnswer,
  SessionCommand,
  SessionSnapshot,
} from "../../../common/sessions.js";
import { ApiRequestError } from "../../api.js";
import { connectRealtime, socket } from "../../realtime.js";

export type LiveView = {
  snapshot: SessionSnapshot;
  state: LiveState;
  seq: number;
  feed: SessionFeed;
};

/**
 * A live session kept in step with the server: a snapshot, then every event in order (gaps mended by
 * asking for the events missed, or a new snapshot); after a reconnection the feed asks what it missed.
 */
export function useLiveSession(sessionId: string) {
  const [view, setView] = useState<LiveView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [presence, setPresence] = useState<SessionPresence | null>(null);
  const [reaction, setReaction] = useState<{ reaction: Reaction; at: number } | null>(null);

  useEffect(() => {
    connectRealtime();
    const join = async (since: number | undefined) => {
      const answer = await socket.emitWithAck("session:join", { sessionId, ...(since !== undefined ? { since } : {}) });
      if (!answer.ok) throw new ApiRequestError(answer.error.code, 0, answer.error.details ?? {}, answer.error.message);
      return answer.data;
    };
    const feed = new SessionFeed(join, (current) => {
      if (current.snapshot && current.state) {
        setView({ snapshot: current.snapshot, state: current.state, seq: current.seq, feed: current });
      }
    });
    const onEvent = feed.receive.bind(feed);
    const onConnect = () => {
      if (feed.state && !socket.recovered) feed.resync().catch(setError);
    };
    const onPresence = (next: SessionPresence) => {
      if (next.sessionId === sessionId) setPresence(next);
    };
    // Arrivals and departures apply to the list received on joining (a new join, after a reconnection, sends a new one).
    const onPresenceDelta = (delta: SessionPresenceDelta) => {
      if (delta.sessionId !== sessionId) return;
      setPresence((held) =>
        held
          ? { sessionId, count: delta.count, users: applyPresenceChanges(held.users, delta.joined, delta.left) }
          : held,
      );
    };
    const onReaction = (next: { sessionId: string; reaction: Reaction }) => {
      if (next.sessionId === sessionId) setReaction({ reaction: next.reaction, at: Date.now() });
    };
    socket.on("session:event", onEvent);
    socket.on("connect", onConnect);
    socket.on("session:presence", onPresence);
    socket.on("session:presence-delta", onPresenceDelta);
    socket.on("session:reaction", onReaction);
    feed.load().catch(setError);
    return () => {
      socket.off("session:event", onEvent);
      socket.off("connect", onConnect);
      socket.off("session:presence", onPresence);
      socket.off("session:presence-delta", onPresenceDelta);
      socket.off("session:reaction", onReaction);
      socket.emit("session:leave", { sessionId }, () => {});
    };
  }, [sessionId]);

  const act = useCallback(
    (command: SessionCommand): Promise<Ack<SessionActAnswer>> =>
      socket.emitWithAck("session:act", { sessionId, command }),
    [sessionId],
  );
  const react = useCallback(
    (next: Reaction) => socket.emitWithAck("session:react", { sessionId, reaction: next }),
    [sessionId],
  );
  return { view, error, presence, reaction, act, react };
}

/** The time now, refreshed a few times a second while a countdown shows. */
export function useTicker(active: boolean, everyMs = 250): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs]);
  return now;
}

/** Seconds as m:ss (negative once the time has run out). */
export function clock(ms: number): string {
  const negative = ms < 0;
  const total = Math.ceil(Math.abs(ms) / 1000);
  return `${negative ? "−" : ""}${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}
