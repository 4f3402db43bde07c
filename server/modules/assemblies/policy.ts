import type { Role } from "../../../common/api.js";
import type { AssemblyAbilities, AssemblyStatus } from "../../../common/assemblies.js";
import type { ErrorCode } from "../../../common/errors.js";

/** What a person may do to an assembly, besides acting for their own association. */
export type AssemblyAction =
  | "edit"
  | "convene"
  | "convene_second"
  | "start"
  | "close"
  | "cancel"
  | "manage_documents"
  | "desk"
  | "register"
  | "check_in"
  | "give_proxy"
  | "revoke_proxy";

/** The assembly as the rules see it: its state, its convocation round, and whether its day has come. */
export type AssemblyFacts = { status: AssemblyStatus; round: number; dayHasCome: boolean };

/** How long before the announced time check-in opens (the day of the assembly). */
export const CHECK_IN_OPENS_BEFORE_MS = 12 * 60 * 60 * 1000;

const moderatorActions = new Set<AssemblyAction>([
  "edit",
  "convene",
  "convene_second",
  "start",
  "close",
  "cancel",
  "manage_documents",
  "desk",
]);

/** In which states each action makes sense; the rest is INVALID_STATE. */
const allowedIn: Record<AssemblyAction, readonly AssemblyStatus[]> = {
  edit: ["draft"],
  convene: ["draft"],
  convene_second: ["convened"],
  start: ["convened"],
  close: ["in_session"],
  cancel: ["draft", "convened"],
  manage_documents: ["draft", "convened"],
  desk: ["convened", "in_session"],
  register: ["convened"],
  check_in: ["convened", "in_session"],
  // Proxies are given and revoked until the assembly opens.
  give_proxy: ["convened"],
  revoke_proxy: ["convened"],
};

/** Whether a platform role runs assemblies (moderators and admins). */
export const runsAssemblies = (role: Role | undefined) => role === "moderator" || role === "admin";

/**
 * Why `role` may not do `action` on an assembly in this state, or null. Acting for an association
 * (register, check in, proxies) is also checked against the person's associations by the service.
 */
export function denial(role: Role | undefined, action: AssemblyAction, facts: AssemblyFacts): ErrorCode | null {
  if (role === undefined) return "UNAUTHENTICATED";
  if (moderatorActions.has(action) && !runsAssemblies(role)) return "FORBIDDEN";
  if (!allowedIn[action].includes(facts.status)) return "INVALID_STATE";
  if (action === "convene_second" && (facts.round !== 1 || !facts.dayHasCome)) return "INVALID_STATE";
  if ((action === "check_in" || action === "start") && !facts.dayHasCome) return "INVALID_STATE";
  if (action === "register" && facts.dayHasCome) return "INVALID_STATE";
  return null;
}

/** What the reader may do with the assembly, for the client to show (the routes enforce the same). */
export function abilitiesOf(role: Role | undefined, facts: AssemblyFacts): AssemblyAbilities {
  const may = (action: AssemblyAction) => denial(role, action, facts) === null;
  return {
    edit: may("edit"),
    convene: may("convene"),
    conveneSecond: may("convene_second"),
    start: may("start"),
    close: may("close"),
    cancel: may("cancel"),
    manageDocuments: may("manage_documents"),
    attendanceDesk: may("desk"),
  };
}
