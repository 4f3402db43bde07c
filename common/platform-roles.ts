/** Accounts and platform roles as the admin console sees them (`/api/admin/users`). */
import type { PublicUser, Role } from "./api.js";

/** An account as the admin console lists it (`GET /api/admin/users`): admins see emails. */
export type AdminUserView = PublicUser & { email: string; createdAt: string };

/** `PUT /api/admin/users/:id/role`. */
export type PlatformRoleInput = { role: Role };
