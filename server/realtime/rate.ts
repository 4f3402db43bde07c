/**
 * Rate limits of socket events, in memory: a socket's events are all handled by the process that holds
 * it, so the check costs no query and no promise, which is what matters under a flood.
 *
 * A token bucket holds up to `capacity` tokens and gains `perSecond` of them each second; an event
 * takes one. A burst (a page opening several views) passes; a sustained flood is refused.
 */
export type BucketShape = { capacity: number; perSecond: number };

export const socketLimits = {
  /** One socket (one tab). */
  perSocket: { capacity: 20, perSecond: 10 },
  /** Every socket of one account in this process (several tabs, several devices). */
  perAccount: { capacity: 40, perSecond: 20 },
  /** Refusals a socket may collect before it is disconnected (persistent abuse). */
  strikes: { capacity: 30, perSecond: 1 },
} satisfies Record<string, BucketShape>;

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly shape: BucketShape,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.tokens = shape.capacity;
    this.last = this.now();
  }

  /** Takes one token if there is one. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.shape.capacity, this.tokens + ((now - this.last) / 1000) * this.shape.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** The buckets one socket's events go through. */
export type SocketLimits = { socket: TokenBucket; account: TokenBucket; strikes: TokenBucket };

/**
 * Each socket's limits, beside it rather than in `socket.data` (which the Redis adapter sends to other
 * processes, and which must stay plain data).
 */
const limitsOfSocket = new WeakMap<object, SocketLimits>();

export function setSocketLimits(socket: object, limits: SocketLimits): void {
  limitsOfSocket.set(socket, limits);
}

/** A socket's limits; one that was given none gets buckets of its own (never no limit). */
export function socketLimitsOf(socket: object): SocketLimits {
  let limits = limitsOfSocket.get(socket);
  if (!limits) {
    limits = {
      socket: new TokenBucket(socketLimits.perSocket),
      account: new TokenBucket(socketLimits.perAccount),
      strikes: new TokenBucket(socketLimits.strikes),
    };
    limitsOfSocket.set(socket, limits);
  }
  return limits;
}

/** The verdict on one event: handle it, refuse it (RATE_LIMITED), or refuse it and disconnect. */
export function admit(limits: SocketLimits): "ok" | "refused" | "disconnect" {
  // Both buckets are charged: a socket cannot spend its account's tokens beyond its own, nor the reverse.
  const own = limits.socket.take();
  if (own && limits.account.take()) return "ok";
  return limits.strikes.take() ? "refused" : "disconnect";
}

/** Per-account buckets shared by the sockets of one account, dropped with its last socket. */
export function accountBuckets(shape: BucketShape = socketLimits.perAccount) {
  const buckets = new Map<string, { bucket: TokenBucket; sockets: number }>();
  return {
    /** The limits of a new socket of `userId`; call the returned `release` when it disconnects. */
    open(userId: string): { limits: SocketLimits; release(): void } {
      let entry = buckets.get(userId);
      if (!entry) {
        entry = { bucket: new TokenBucket(shape), sockets: 0 };
        buckets.set(userId, entry);
      }
      entry.sockets += 1;
      const held = entry;
      return {
        limits: {
          socket: new TokenBucket(socketLimits.perSocket),
          account: held.bucket,
          strikes: new TokenBucket(socketLimits.strikes),
        },
        release() {
          held.sockets -= 1;
          if (held.sockets === 0 && buckets.get(userId) === held) buckets.delete(userId);
        },
      };
    },
    get size() {
      return buckets.size;
    },
  };
}
