import { useEffect, useRef } from "preact/hooks";
import { socket } from "../../realtime.js";
import type { DebateView, ReplyView } from "./types.js";

/** What the debate's room (`debate:<id>`) sends to its viewers, after each commit. */
export type DebateRoomEvents = {
  reply: (reply: ReplyView) => void;
  replyChanged: (reply: ReplyView) => void;
  endorsement: (replyId: string, endorsementCount: number) => void;
  debateChanged: (debate: Partial<DebateView> & { id: string }) => void;
  /** The connection came back: events may have been missed, the page reads its snapshot again. */
  resync: () => void;
};

type Loose = {
  emit(event: string, payload: unknown, ack?: (answer: unknown) => void): void;
  on(event: string, listener: (...args: never[]) => void): void;
  off(event: string, listener: (...args: never[]) => void): void;
};

/**
 * Joins the debate's room while the page shows it (`debate:watch`, again after each reconnection) and
 * passes its events on. Only signed-in people have a socket; visitors read the page as it was.
 */
export function useDebateRoom(debateId: string | undefined, handlers: DebateRoomEvents): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!debateId) return;
    const live = socket as unknown as Loose;
    const mine = (payload: { reply?: ReplyView; debate?: { id: string } }) =>
      (payload.reply?.debateId ?? payload.debate?.id ?? debateId) === debateId;
    const onReply = (payload: { reply: ReplyView }) => {
      if (mine(payload)) latest.current.reply(payload.reply);
    };
    const onChanged = (payload: { reply: ReplyView }) => {
      if (mine(payload)) latest.current.replyChanged(payload.reply);
    };
    const onEndorsement = (payload: { replyId: string; endorsementCount: number; debateId?: string }) => {
      if (!payload.debateId || payload.debateId === debateId)
        latest.current.endorsement(payload.replyId, payload.endorsementCount);
    };
    const onDebate = (payload: { debate: Partial<DebateView> & { id: string } }) => {
      if (mine(payload)) latest.current.debateChanged(payload.debate);
    };
    let joined = false;
    const watch = () => {
      live.emit("debate:watch", { debateId }, () => undefined);
      if (joined) latest.current.resync();
      joined = true;
    };
    live.on("debate:reply", onReply);
    live.on("debate:reply-changed", onChanged);
    live.on("debate:endorsement", onEndorsement);
    live.on("debate:changed", onDebate);
    live.on("connect", watch);
    if (socket.connected) watch();
    return () => {
      live.off("debate:reply", onReply);
      live.off("debate:reply-changed", onChanged);
      live.off("debate:endorsement", onEndorsement);
      live.off("debate:changed", onDebate);
      live.off("connect", watch);
      if (socket.connected) live.emit("debate:unwatch", { debateId }, () => undefined);
    };
  }, [debateId]);
}
