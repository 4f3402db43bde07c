import type { Db } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { eventBusOf } from "../../events/bus.js";
import { AppError } from "../../http/errors.js";
import type { Logger } from "../../logger.js";
import { closeVote, openVote } from "./lifecycle.js";

/**
 * Opens the drafts whose opening time has come and closes the open votes whose closing time has
 * passed, also those that fell due while the server was stopped. Each in its own transaction; a vote
 * another process (or a moderator) opened or closed first is left as it is. Returns what it did.
 */
export async function runDueVotes(db: Db, log: Logger, now = new Date()): Promise<{ opened: number; closed: number }> {
  const [toOpen, toClose] = await Promise.all([
    db.vote.findMany({
      where: { status: "draft", opensAt: { lte: now } },
      select: { id: true },
      orderBy: { opensAt: "asc" },
    }),
    db.vote.findMany({
      where: { status: "open", closesAt: { lte: now } },
      select: { id: true },
      orderBy: { closesAt: "asc" },
    }),
  ]);
  let opened = 0;
  let closed = 0;
  for (const { id } of toOpen) {
    try {
      await inTransaction(db, (tx) => openVote(tx, id, "schedule"));
      opened++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      log.warn({ voteId: id, code: error.code }, "scheduled opening skipped");
    }
  }
  for (const { id } of toClose) {
    try {
      await inTransaction(db, (tx) => closeVote(tx, id, "schedule"));
      closed++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      log.warn({ voteId: id, code: error.code }, "scheduled close skipped");
    }
  }
  return { opened, closed };
}

/** The longest the server goes without looking for due votes (another process may have scheduled one). */
export const SCHEDULE_LOOK_MS = 60_000;

/** When the next scheduled opening or close falls due, if any. One statement. */
async function nextDue(db: Db): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ next: Date | null }[]>`
    SELECT least(min(opens_at) FILTER (WHERE status = 'draft'), min(closes_at) FILTER (WHERE status = 'open')) AS next
    FROM votes WHERE status IN ('draft', 'open')`;
  return row?.next ?? null;
}

/**
 * Runs the schedule now (what fell due while the server was stopped), then again when the next vote
 * falls due (at least once a minute), and at once when a vote of this process is created, changed or
 * opened. Returns what stops it.
 */
export function startVoteSchedule(db: Db, log: Logger): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let rerun = false;
  let stopped = false;
  let inFlight: Promise<unknown> = Promise.resolve();
  const arm = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(ms, SCHEDULE_LOOK_MS)));
    timer.unref();
  };
  async function cycle() {
    await runDueVotes(db, log);
    const next = await nextDue(db);
    return next ? next.getTime() - Date.now() + 20 : SCHEDULE_LOOK_MS;
  }
  function run() {
    if (running) {
      rerun = true;
      return;
    }
    running = true;
    inFlight = cycle()
      .catch((error: unknown) => {
        log.warn({ err: error }, "vote schedule failed");
        return SCHEDULE_LOOK_MS;
      })
      .then((wait) => {
        running = false;
        if (rerun) {
          rerun = false;
          arm(0);
        } else arm(wait);
      });
  }
  const unsubscribe = eventBusOf(db)?.subscribe((events) => {
    if (events.some((event) => scheduleEvents.has(event.type))) arm(0);
  });
  run();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unsubscribe?.();
    await inFlight;
  };
}

/** The committed events that may change when the next vote falls due. */
const scheduleEvents = new Set(["vote:created", "vote:updated", "vote:opened"]);
