import { majorityByItemType } from "../../../common/assemblies.js";
import type { ServerModule } from "../module.js";
import { provideSessionVoteRules } from "../sessions/index.js";
import { provideElectorate } from "../votes/index.js";
import { assembliesAgenda } from "./agenda.js";
import { assemblyVoters } from "./quorum.js";
import { assemblyRoutes } from "./routes.js";

export { assemblyVoteBasis } from "./service.js";

// An assembly's votes: the associations present or represented, at the opening, its quorum met.
provideElectorate("assembly", (tx, scope, { at }) => assemblyVoters(tx, scope.id, at));

// A formal vote opened in the assembly's live session takes its item's majority (by the item's type).
provideSessionVoteRules("assembly", async (tx, scope, itemId) => {
  const item = itemId
    ? await tx.assemblyItem.findFirst({ where: { id: itemId, assemblyId: scope.id }, select: { type: true } })
    : null;
  return { majority: majorityByItemType[item?.type ?? "other"] };
});

/**
 * General assemblies: drafted and convened by moderators (notice, recipients and rounds recorded),
 * attended in person or by proxy, opened on their quorum and run as a live session whose formal votes
 * count the associations present or represented.
 */
export const assembliesModule: ServerModule = {
  name: "assemblies",
  routes: assemblyRoutes,
  agenda: [assembliesAgenda],
};
