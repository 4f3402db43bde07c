import type { ServerModule } from "../module.js";
import { onVoteClosed } from "../votes/index.js";
import { sessionRoutes } from "./routes.js";
import { actOnSession, sessionsWithFloor } from "./service.js";

export { createScopedSession, provideSessionVoteRules, type ScopedVoteRules, scopedVoteBasis } from "./scope.js";
export { actOnSession, approveMinutes, createSession } from "./service.js";

import { sessionSockets } from "./sockets.js";
import { createFloorTimers } from "./timers.js";

/**
 * Live sessions: an agenda, a speakers list with server-owned deadlines, attendance and quorum, polls,
 * chat and the minutes; every change an event with a per-session sequence number.
 */
// A formal vote held in a session goes into the register with a link to the session's minutes.
onVoteClosed("session", async (tx, vote) => {
  if (!vote.subject) return null;
  const session = await tx.liveSession.findUnique({
    where: { id: vote.subject.id },
    select: { id: true, title: true },
  });
  if (!session) return null;
  return {
    title: vote.title,
    textMd: `تصويت في الجلسة: ${session.title}`,
    links: [{ label: session.title, href: `/sessions/${session.id}/minutes` }],
  };
});

export const sessionsModule: ServerModule = {
  name: "sessions",
  routes: sessionRoutes,
  sockets: sessionSockets,
  start(deps) {
    const timers = createFloorTimers(
      deps.db,
      (sessionId, startedAt) => actOnSession(deps.db, "system", sessionId, { action: "time_up", startedAt }),
      deps.log,
    );
    // After a restart the deadlines are in the database: watch them again.
    const reloaded = sessionsWithFloor(deps.db)
      .then((sessions) => {
        for (const session of sessions) timers.sync(session.id, session.state);
      })
      .catch((error: unknown) => deps.log.warn({ err: error }, "live sessions' deadlines not reloaded"));
    return async () => {
      timers.stop();
      await reloaded;
    };
  },
};
