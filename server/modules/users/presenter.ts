import type { CurrentUser, PublicUser } from "../../../common/api.js";
import type { SessionUser } from "../../auth/types.js";

export function presentCurrentUser(user: SessionUser): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    createdAt: user.createdAt.toISOString(),
  };
}

export function presentPublicUser(user: Pick<SessionUser, "id" | "name" | "role">): PublicUser {
  return { id: user.id, name: user.name, role: user.role };
}
