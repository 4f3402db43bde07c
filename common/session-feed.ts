/**
 * A client's copy of a live session: a snapshot, then the events applied strictly in order of their
 * sequence number. An event already applied is ignored; one that arrives after a gap is kept aside and
 * the missing ones are asked for (`join(since)`), or a new snapshot when too many are missing.
 */
import {
  applyEvent,
  type LiveState,
  type SessionEvent,
  type SessionJoinAnswer,
  type SessionSnapshot,
} from "./sessions.js";

export type FeedView = { snapshot: SessionSnapshot; state: LiveState; seq: number; clockOffsetMs: number };

export class SessionFeed {
  snapshot: SessionSnapshot | null = null;
  state: LiveState | null = null;
  seq = 0;
  /** Server time minus this client's time, from the last answer (to show deadlines by the server's clock). */
  clockOffsetMs = 0;
  /** Every sequence number applied, in order (a test reads it to prove nothing was skipped). */
  readonly applied: number[] = [];
  private readonly waiting = new Map<number, SessionEvent>();
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly join: (since: number | undefined) => Promise<SessionJoinAnswer>,
    private readonly onChange: (feed: SessionFeed) => void = () => {},
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Loads a snapshot (at first, and whenever the feed cannot be mended from events). */
  async load(): Promise<void> {
    this.accept(await this.join(undefined));
  }

  /** An event from the room. */
  receive(event: SessionEvent): void {
    if (!this.state || event.seq <= this.seq) return;
    this.waiting.set(event.seq, event);
    this.drain();
    if (this.waiting.size > 0) void this.resync();
  }

  /** Asks for what was missed since the last event applied (after a reconnection, or a gap). */
  resync(): Promise<void> {
    this.syncing ??= this.join(this.state ? this.seq : undefined)
      .then((answer) => this.accept(answer))
      .finally(() => {
        this.syncing = null;
      });
    return this.syncing;
  }

  private accept(answer: SessionJoinAnswer): void {
    this.clockOffsetMs = Date.parse(answer.serverNow) - this.now();
    if (answer.kind === "snapshot") {
      if (this.state && answer.seq < this.seq) return; // older than what is shown: ignore
      this.snapshot = answer;
      this.state = answer.state;
      this.seq = answer.seq;
      for (const seq of [...this.waiting.keys()]) if (seq <= this.seq) this.waiting.delete(seq);
    } else {
      for (const event of answer.events) if (event.seq > this.seq) this.waiting.set(event.seq, event);
    }
    this.drain();
    this.onChange(this);
  }

  private drain(): void {
    let changed = false;
    for (let next = this.waiting.get(this.seq + 1); next && this.state; next = this.waiting.get(this.seq + 1)) {
      this.waiting.delete(next.seq);
      this.state = applyEvent(this.state, next);
      this.seq = next.seq;
      this.applied.push(next.seq);
      changed = true;
    }
    if (changed) this.onChange(this);
  }

  /** Milliseconds left before an ISO deadline, by the server's clock. */
  remainingMs(deadline: string): number {
    return Date.parse(deadline) - (this.now() + this.clockOffsetMs);
  }
}
