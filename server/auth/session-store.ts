import session from "express-session";
import type { Db } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";

const DAY = 24 * 60 * 60 * 1000;

type Callback = (error?: unknown) => void;

function userIdOf(data: session.SessionData): string | null {
  const user = (data as { passport?: { user?: unknown } }).passport?.user;
  return typeof user === "string" ? user : null;
}

function expiryOf(data: session.SessionData): Date {
  const expires = data.cookie?.expires;
  return expires ? new Date(expires) : new Date(Date.now() + DAY);
}

/**
 * express-session's store on the `sessions` table: sessions survive restarts and are shared by every
 * server process. Each row also names its user, so all of a user's sessions can be found.
 */
export class PrismaSessionStore extends session.Store {
  private readonly pruneTimer: NodeJS.Timeout;

  constructor(private readonly db: Db) {
    super();
    this.pruneTimer = setInterval(() => void this.prune().catch(() => {}), 60 * 60_000);
    this.pruneTimer.unref();
  }

  override get(sid: string, callback: (error: unknown, session?: session.SessionData | null) => void): void {
    this.db.session
      .findUnique({ where: { sid } })
      .then((row) => {
        if (!row || row.expiresAt.getTime() <= Date.now()) return callback(null, null);
        callback(null, row.data as unknown as session.SessionData);
      })
      .catch((error: unknown) => callback(error));
  }

  override set(sid: string, data: session.SessionData, callback?: Callback): void {
    const fields = {
      data: data as unknown as Prisma.InputJsonValue,
      expiresAt: expiryOf(data),
      userId: userIdOf(data),
    };
    this.db.session
      .upsert({ where: { sid }, create: { sid, ...fields }, update: fields })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override touch(sid: string, data: session.SessionData, callback?: Callback): void {
    this.db.session
      .updateMany({ where: { sid }, data: { expiresAt: expiryOf(data) } })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.db.session
      .deleteMany({ where: { sid } })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  /** Whether a session still exists and has not expired (sockets re-check this on each event). */
  async isLive(sid: string): Promise<boolean> {
    const row = await this.db.session.findUnique({ where: { sid }, select: { expiresAt: true } });
    return !!row && row.expiresAt.getTime() > Date.now();
  }

  async prune(): Promise<number> {
    const { count } = await this.db.session.deleteMany({ where: { expiresAt: { lte: new Date() } } });
    return count;
  }

  close(): void {
    clearInterval(this.pruneTimer);
  }
}
