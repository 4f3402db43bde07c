import type { ServerModule } from "../module.js";
import { programmeRoutes } from "./routes.js";
import { registerVoteHandlers } from "./voting.js";

export { proposeProgrammeAmendment } from "./amendments.js";
export { updateAction } from "./followup.js";
export { createProgramme, saveProgramme, setProgrammeAssembly, submitProgramme } from "./service.js";
export { putAmendmentToVote, putAxisToVote, putProgrammeToVote } from "./voting.js";

// The close of an amendment's, an axis's or the whole's vote moves the programme.
registerVoteHandlers();

/**
 * Work programmes: drafted by a committee, amended by member associations, voted by the assembly
 * (amendments, each axis, the whole), frozen and recorded once adopted, then followed action by action.
 */
export const programmesModule: ServerModule = {
  name: "programmes",
  routes: programmeRoutes,
};
