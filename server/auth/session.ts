import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RequestHandler } from "express";
import session from "express-session";
import passport from "passport";
import { Strategy as LocalStrategy } from "passport-local";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { PrismaSessionStore } from "./session-store.js";
import type { SessionUser } from "./types.js";

const SESSION_DAYS = 14;

/** The session secret: from SESSION_SECRET, or made once and kept in the data directory. */
export async function resolveSessionSecret(config: Config): Promise<string> {
  if (config.sessionSecret) return config.sessionSecret;
  const file = path.join(config.dataDir, "session-secret");
  // Stryker disable next-line StringLiteral: any fallback shorter than 32 characters makes a new secret alike
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

export type SessionKit = {
  store: PrismaSessionStore;
  /** express-session, used by Express and by the Socket.IO handshake alike. */
  sessionMiddleware: RequestHandler;
  passport: passport.PassportStatic;
  cookieName: string;
};

/** How sessions find their accounts: the accounts module answers (auth imports no module). */
export type AccountLookup = {
  /** The account with this email and password, or null. */
  authenticate(db: Db, email: string, password: string): Promise<SessionUser | null | undefined>;
  /** The account a session belongs to, or null when it is gone. */
  findSessionUser(db: Db, id: string): Promise<SessionUser | null>;
};

/** One session setup for HTTP and sockets: cookie, database store, Passport's local strategy. */
export function createSessionKit(config: Config, db: Db, secret: string, accounts: AccountLookup): SessionKit {
  const { authenticate, findSessionUser } = accounts;
  const store = new PrismaSessionStore(db);
  // Behind a public HTTPS address the cookie is always Secure and `__Host-` prefixed; otherwise it is
  // Secure whenever the request came over TLS (directly, or through a trusted proxy).
  const https = config.publicUrl?.protocol === "https:";
  const cookieName = https ? "__Host-tashawur.sid" : "tashawur.sid";
  const sessionMiddleware = session({
    name: cookieName,
    secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy ? true : undefined,
    cookie: {
      httpOnly: true,
      sameSite: "lax",
      secure: https ? true : "auto",
      path: "/",
      maxAge: SESSION_DAYS * 24 * 60 * 60 * 1000,
    },
  });

  const instance = new passport.Passport() as unknown as passport.PassportStatic;
  instance.use(
    new LocalStrategy({ usernameField: "email", passwordField: "password" }, (email, password, done) => {
      authenticate(db, email, password).then(
        (user) => done(null, user ?? false),
        (error: unknown) => done(error),
      );
    }),
  );
  instance.serializeUser((user, done) => done(null, user.id));
  instance.deserializeUser((id: string, done) => {
    findSessionUser(db, id).then(
      (user) => done(null, user ?? false),
      (error: unknown) => done(error),
    );
  });
  return { store, sessionMiddleware, passport: instance, cookieName };
}
