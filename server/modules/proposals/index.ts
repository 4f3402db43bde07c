import type { ServerModule } from "../module.js";
import { proposalRoutes } from "./routes.js";
import { proposalSockets } from "./sockets.js";
import { registerVoteHandlers } from "./voting.js";

export { decideAmendment, proposeAmendment } from "./amendments.js";
/** The word-level difference and the passage replacement, for other texts amended the same way. */
export { replacePassage, wordDiff } from "./diff.js";
export { admitProposal, createProposal, signProposal, submitProposal } from "./service.js";
export { openProposalVote, putProposalToVote } from "./voting.js";

// A closed main vote adopts or rejects its proposal; a closed amendment vote may make a new version.
registerVoteHandlers();

/**
 * Proposals put forward by member associations: drafts, submission and sponsors, the moderators'
 * steps, amendments and versions of the text, the vote that decides them, and live rooms per proposal.
 */
export const proposalsModule: ServerModule = {
  name: "proposals",
  routes: proposalRoutes,
  sockets: proposalSockets,
};
