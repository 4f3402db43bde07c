import type { Tx } from "../../db/client.js";
import type { LockedProposal } from "./access.js";

/**
 * Opens the proposal's discussion thread (the debates module), in the submission's transaction;
 * answers its id, or null while no discussion module is installed.
 */
export async function openDiscussion(_tx: Tx, _proposal: LockedProposal, _authorId: string): Promise<string | null> {
  return null;
}
