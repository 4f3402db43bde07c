import type { ServerModule } from "../module.js";
import { votesAgenda } from "./read.js";
import { voteRoutes } from "./routes.js";
import { startVoteSchedule } from "./schedule.js";
import { voteSockets } from "./sockets.js";

export { castBallot } from "./ballots.js";
export { type ElectorateProvider, provideElectorate, type VoterRow, type VoteScope } from "./electorate.js";
export type { ClosedVote, DecisionContext, VoteActor } from "./lifecycle.js";
export { cancelVote, closeVote, createVote, onVoteClosed, openVote } from "./lifecycle.js";
export { runDueVotes } from "./schedule.js";

/**
 * Votes: a moderator configures a draft, opens it (its electorate frozen), ballots are cast and changed
 * until the close, and the close (by a moderator or at its time, even one passed while stopped)
 * computes the result in the same transaction, moves the subject and records the decision.
 */
export const votesModule: ServerModule = {
  name: "votes",
  routes: voteRoutes,
  sockets: voteSockets,
  agenda: [votesAgenda],
  start: ({ db, log }) => startVoteSchedule(db, log),
};
