import type { Role } from "../../common/api.js";

/** Who is acting: a logged-in user with a platform role. */
export type Actor = { id: string; role: Role };

/** The forum-wide admin actions. */
export type PlatformAction =
  | "review_applications"
  | "edit_reference"
  | "publish_charter"
  | "read_audit"
  | "electorate"
  | "manage_roles";

/** Whether `actor` may do a forum-wide admin action. */
export function canPlatform(actor: Actor, _action: PlatformAction): boolean {
  return actor.role === "admin";
}
