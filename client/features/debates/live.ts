import { useEffect, useRef, useState } from "preact/hooks";
import { socket } from "../../realtime.js";
import type { DebateChangedEvent, DebateEndorsementEvent, DebateReplyEvent, Reply } from "./types.js";

/** What the debate's room (`debate:<id>`) sends to its viewers, after each commit. */
export type DebateRoomEvents = {
  reply: (reply: Reply) => void;
  replyChanged: (reply: Reply) => void;
  endorsement: (replyId: string, endorsementCount: number) => void;
  debateChanged: (debate: DebateChangedEvent["debate"]) => void;
  /** The connection came back: events may have been missed, the page reads its snapshot again. */
  resync: () => void;
};

/**
 * Joins the debate's room while the page shows it (`debate:watch`, again after each reconnection) and
 * passes its events on; answers whether the room is joined. Only signed-in people have a socket;
 * visitors read the page as it was.
 */
export function useDebateRoom(debateId: string | undefined, handlers: DebateRoomEvents): boolean {
  const [watching, setWatching] = useState(false);
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!debateId) return;
    // One socket serves every page: an event of another debate's room is not this page's.
    const onReply = (event: DebateReplyEvent) => {
      if (event.debateId === debateId) latest.current.reply(event.reply);
    };
    const onChanged = (event: DebateReplyEvent) => {
      if (event.debateId === debateId) latest.current.replyChanged(event.reply);
    };
    const onEndorsement = (event: DebateEndorsementEvent) => {
      if (event.debateId === debateId) latest.current.endorsement(event.replyId, event.endorsementCount);
    };
    const onDebate = (event: DebateChangedEvent) => {
      if (event.debate.id === debateId) latest.current.debateChanged(event.debate);
    };
    let joined = false;
    const watch = () => {
      socket.emit("debate:watch", { debateId }, (answer) => setWatching(answer.ok));
      if (joined) latest.current.resync();
      joined = true;
    };
    socket.on("debate:reply", onReply);
    socket.on("debate:reply-changed", onChanged);
    socket.on("debate:endorsement", onEndorsement);
    socket.on("debate:changed", onDebate);
    socket.on("connect", watch);
    if (socket.connected) watch();
    const onDisconnect = () => setWatching(false);
    socket.on("disconnect", onDisconnect);
    return () => {
      setWatching(false);
      socket.off("disconnect", onDisconnect);
      socket.off("debate:reply", onReply);
      socket.off("debate:reply-changed", onChanged);
      socket.off("debate:endorsement", onEndorsement);
      socket.off("debate:changed", onDebate);
      socket.off("connect", watch);
      if (socket.connected) socket.emit("debate:unwatch", { debateId }, () => undefined);
    };
  }, [debateId]);
  return watching;
}
