import type { Router } from "express";
import type { AgendaItem } from "../../common/agenda.js";
import type { Actor } from "../auth/actor.js";
import type { SessionKit } from "../auth/session.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { RealtimeServer } from "../realtime/server.js";
import type { FileStore } from "../uploads/files.js";

/** What the app hands every module when it builds its routes. */
export type ModuleDeps = {
  db: Db;
  config: Config;
  log: Logger;
  /** Uploaded files (logos, application documents). */
  store: FileStore;
  kit: SessionKit;
  /** Every module's contribution to the signed-in home page, most pressing first. */
  agendaSources: readonly AgendaSource[];
  /** Live connections the accounts' routes end or tell about. */
  sessions: {
    /** Ends the live connections of a session that has just logged out. */
    disconnectSession(sessionId: string): void;
    /** Ends the live connections of a user's other sessions (after a password change). */
    disconnectOtherSessions(userId: string, keepSessionId: string): void;
    /** Tells live views that a user's public details changed. */
    profileChanged(userId: string): void;
  };
};

/**
 * One domain of the server. `routes` is mounted under `/api` (it names its own paths); `adminRoutes`
 * under `/api/admin`, behind the admin role: the admin console composes the modules' admin routes.
 * `sockets` registers a live module's client -> server handlers (through `realtime/handle.ts`).
 * `agenda` lists what the module adds to the signed-in home page.
 * `start` begins a module's background work (due deadlines, sweeps) and returns what stops it: its
 * promise settles once the work in flight has finished, so that the database can then be closed.
 */
/**
 * One module's contribution to the home page: the items that wait for this person in its domain.
 * A source reads with a bounded number of statements and answers [] when nothing waits.
 */
export type AgendaSource = (db: Db, actor: Actor & { email: string }) => Promise<AgendaItem[]>;

export type ServerModule = {
  name: string;
  routes?: (deps: ModuleDeps) => Router;
  adminRoutes?: (deps: ModuleDeps) => Router;
  sockets?: (io: RealtimeServer, deps: ModuleDeps) => void;
  start?: (deps: ModuleDeps) => () => void | Promise<void>;
  /** What waits for a person in this module, for the home page. */
  agenda?: readonly AgendaSource[];
};
