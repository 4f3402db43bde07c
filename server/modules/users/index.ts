import { Router } from "express";
import type { ServerModule } from "../module.js";
import { authRoutes } from "./routes.js";

export { presentPublicUser } from "./presenter.js";
export { email } from "./schema.js";
export { authenticate, findSessionUser, registerUser } from "./service.js";

/** Accounts: registering, logging in and out, one's own profile and password (`/api/auth`). */
export const usersModule: ServerModule = {
  name: "users",
  routes: (deps) => Router().use("/auth", authRoutes(deps)),
};
