import { useEffect, useRef, useState } from "preact/hooks";
import type { VoteResult } from "../../../common/tally.js";
import type { VoteStatus } from "../../../common/votes.js";
import { connectRealtime, socket } from "../../realtime.js";

/** Where a watched vote stands, as the server last said: the count, and the figures when shown. */
export type LiveVote = {
  cast: number;
  electorateSize: number | null;
  status: VoteStatus;
  result: VoteResult | null;
  /** Whether the count is kept live now (the socket is connected and the room joined). */
  watching: boolean;
};

/**
 * Joins the vote's room (`vote:watch`) and follows `vote:participation` and `vote:tally`. After a
 * reconnection it joins again and starts from the server's snapshot, so a missed push is made up.
 * `onClosed` is called when the final result arrives (the page then reads the vote again).
 */
export function useLiveVote(voteId: string, enabled: boolean, onClosed: () => void): LiveVote | null {
  const [live, setLive] = useState<LiveVote | null>(null);
  const closed = useRef(onClosed);
  closed.current = onClosed;

  useEffect(() => {
    if (!enabled) return;
    let active = true;
    const join = () => {
      socket.emit("vote:watch", { voteId }, (answer) => {
        if (!active || !answer.ok) return;
        const { cast, electorateSize, status, result } = answer.data;
        setLive({ cast, electorateSize, status, result, watching: true });
      });
    };
    const onParticipation = (update: { voteId: string; cast: number; electorateSize: number | null }) => {
      if (update.voteId !== voteId) return;
      setLive((current) =>
        current
          ? { ...current, cast: Math.max(current.cast, update.cast), electorateSize: update.electorateSize }
          : current,
      );
    };
    const onTally = (update: { voteId: string; result: VoteResult; closed: boolean }) => {
      if (update.voteId !== voteId) return;
      setLive((current) =>
        current
          ? {
              ...current,
              cast: update.result.cast,
              result: update.result,
              status: update.closed ? "closed" : current.status,
            }
          : current,
      );
      if (update.closed) closed.current();
    };
    const onDisconnect = () => setLive((current) => (current ? { ...current, watching: false } : current));

    socket.on("connect", join);
    socket.on("disconnect", onDisconnect);
    socket.on("vote:participation", onParticipation);
    socket.on("vote:tally", onTally);
    connectRealtime();
    if (socket.connected) join();
    return () => {
      active = false;
      socket.off("connect", join);
      socket.off("disconnect", onDisconnect);
      socket.off("vote:participation", onParticipation);
      socket.off("vote:tally", onTally);
      if (socket.connected) socket.emit("vote:unwatch", { voteId }, () => {});
    };
  }, [voteId, enabled]);

  return live;
}
