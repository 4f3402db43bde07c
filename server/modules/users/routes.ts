import type { Request } from "express";
import { Router } from "express";
import { csrfToken } from "../../auth/csrf.js";
import { actorOf, requireUser } from "../../auth/guards.js";
import { createLoginThrottle } from "../../auth/login-throttle.js";
import { consume, limits } from "../../auth/rate-limit.js";
import type { SessionUser } from "../../auth/types.js";
import { AppError } from "../../http/errors.js";
import { route } from "../../http/handler.js";
import { parseInput } from "../../http/validate.js";
import type { ModuleDeps } from "../module.js";
import { presentCurrentUser } from "./presenter.js";
import { loginInput, passwordChangeInput, profileInput, registerInput } from "./schema.js";
import { changePassword, registerUser, updateProfile } from "./service.js";

function logIn(req: Request, user: SessionUser): Promise<void> {
  // Passport regenerates the session id here (session fixation).
  return new Promise((resolve, reject) => req.login(user, (error) => (error ? reject(error) : resolve())));
}

function logOut(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.logout((error) => (error ? reject(error) : resolve())));
}

const addressOf = (req: Request) => req.ip ?? "unknown";

/** `/api/auth`: CSRF token, register, login, logout, the current user and their profile. */
export function authRoutes(deps: ModuleDeps): Router {
  const { db, kit } = deps;
  const { disconnectSession, profileChanged } = deps.sessions;
  const throttle = createLoginThrottle(db);
  const router = Router();

  router.get(
    "/csrf",
    route((req) => ({ csrfToken: csrfToken(req) })),
  );

  router.post(
    "/register",
    route(async (req) => {
      const input = parseInput(registerInput, req.body);
      await consume(db, `register:ip:${addressOf(req)}`, limits.registerPerAddress);
      const user = await registerUser(db, input);
      await logIn(req, user);
      return { user: presentCurrentUser(user), csrfToken: csrfToken(req) };
    }, 201),
  );

  router.post(
    "/login",
    route(async (req, res) => {
      const input = parseInput(loginInput, req.body);
      const address = addressOf(req);
      await throttle.check(input.email, address);
      req.body = input;
      const user = await new Promise<SessionUser | false>((resolve, reject) => {
        kit.passport.authenticate("local", { session: false }, (error: unknown, found: SessionUser | false) =>
          error ? reject(error) : resolve(found),
        )(req, res, reject);
      });
      if (!user) {
        await throttle.failed(input.email, address);
        throw new AppError("INVALID_CREDENTIALS");
      }
      await throttle.succeeded(input.email, address);
      await logIn(req, user);
      return { user: presentCurrentUser(user), csrfToken: csrfToken(req) };
    }),
  );

  router.post(
    "/logout",
    route(async (req) => {
      const previous = req.sessionID;
      if (req.user) await logOut(req);
      disconnectSession(previous);
      return { csrfToken: csrfToken(req) };
    }),
  );

  router.get(
    "/me",
    route((req) => ({ user: req.user ? presentCurrentUser(req.user) : null })),
  );

  router.patch(
    "/me",
    requireUser,
    route(async (req) => {
      const input = parseInput(profileInput, req.body);
      const user = await updateProfile(db, actorOf(req), input);
      profileChanged(user.id);
      return { user: presentCurrentUser(user) };
    }),
  );

  router.post(
    "/password",
    requireUser,
    route(async (req) => {
      const input = parseInput(passwordChangeInput, req.body);
      await consume(db, `password:account:${actorOf(req).id}`, limits.passwordChangesPerAccount);
      await changePassword(db, actorOf(req), input, req.sessionID);
      deps.sessions.disconnectOtherSessions(actorOf(req).id, req.sessionID);
      return { ok: true };
    }),
  );

  return router;
}
