import { useEffect, useRef } from "preact/hooks";
import { connectRealtime, socket } from "../../realtime.js";

/**
 * Joins the proposal's room (`proposal:watch`) while `enabled` and calls `onChange` when the server
 * says the proposal changed, so that the page reads it again (with the reader's own abilities). After a
 * reconnection it joins again and reads once, since a change may have passed while disconnected.
 */
export function useLiveProposal(proposalId: string, enabled: boolean, onChange: () => void): void {
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    if (!enabled) return;
    let joined = false;
    const join = () => {
      socket.emit("proposal:watch", { proposalId }, (answer) => {
        if (!answer.ok) return;
        if (joined) changed.current();
        joined = true;
      });
    };
    const onChanged = (event: { proposalId: string }) => {
      if (event.proposalId === proposalId) changed.current();
    };
    socket.on("connect", join);
    socket.on("proposal:changed", onChanged);
    connectRealtime();
    if (socket.connected) join();
    return () => {
      socket.off("connect", join);
      socket.off("proposal:changed", onChanged);
      if (socket.connected) socket.emit("proposal:unwatch", { proposalId }, () => {});
    };
  }, [proposalId, enabled]);
}
