import { RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../db/client.js";
import { hashedKey, limiterFor, rateLimited } from "./rate-limit.js";

/**
 * How logins slow down (OWASP's authentication cheat sheet, ASVS 6.3.1). Failures are counted per
 * account *and* address: a correct password from an address that has not been failing always gets
 * through, so nobody can lock another person out. Past a few free failures, a pair waits before its
 * next attempt, twice as long after each further failure (never more than `maxDelaySeconds`); when an
 * account fails from many addresses at once, each of them gets a single free failure. An address
 * failing on many accounts is stopped for the rest of the window. Every counter expires.
 */
export type LoginThrottleOptions = {
  windowSeconds: number;
  freeFailuresPerPair: number;
  /** Free failures per pair while the account is under attack (`accountUnderAttack` failures in the window). */
  freeFailuresUnderAttack: number;
  accountUnderAttack: number;
  /** Failures from one address across all accounts (a hall may share one address: room for it). */
  failuresPerAddress: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
};

export const loginThrottleDefaults: LoginThrottleOptions = {
  windowSeconds: 60 * 60,
  freeFailuresPerPair: 5,
  freeFailuresUnderAttack: 1,
  accountUnderAttack: 20,
  failuresPerAddress: 100,
  firstDelaySeconds: 2,
  maxDelaySeconds: 15 * 60,
};

/** The form of an email every key uses: one account, whatever the case or Unicode form it is typed in. */
export function normalizeLoginEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

/** The login throttle on the app's database (counts shared by every server process). */
export function createLoginThrottle(db: Db, options: Partial<LoginThrottleOptions> = {}) {
  const o = { ...loginThrottleDefaults, ...options };
  // Plain counters (their points are never reached): how many failures, expiring with the window.
  const pairFailures = limiterFor(db, Number.MAX_SAFE_INTEGER, o.windowSeconds, "login-fail-pair");
  const accountFailures = limiterFor(db, Number.MAX_SAFE_INTEGER, o.windowSeconds, "login-fail-account");
  const addressFailures = limiterFor(db, o.failuresPerAddress, o.windowSeconds, "login-fail-address");
  // A pair's wait: blocked (one point over) until its delay has passed.
  const pairDelay = limiterFor(db, 1, o.maxDelaySeconds, "login-delay-pair");

  const keys = (email: string, address: string) => {
    const account = hashedKey(normalizeLoginEmail(email));
    return { account, pair: `${account}:${address}`, address };
  };

  return {
    /** Before checking a password: RATE_LIMITED while the pair waits, or the address failed too often. */
    async check(email: string, address: string): Promise<void> {
      const k = keys(email, address);
      const [delay, byAddress] = await Promise.all([pairDelay.get(k.pair), addressFailures.get(k.address)]);
      if (delay && delay.consumedPoints > 1 && delay.msBeforeNext > 0) throw rateLimited(delay.msBeforeNext);
      if (byAddress && byAddress.consumedPoints >= o.failuresPerAddress) throw rateLimited(byAddress.msBeforeNext);
    },

    /** After a wrong password: counts it, and makes the pair wait once its free failures are used. */
    async failed(email: string, address: string): Promise<void> {
      const k = keys(email, address);
      const [pair, account] = await Promise.all([
        pairFailures.consume(k.pair),
        accountFailures.consume(k.account),
        addressFailures.consume(k.address).catch((refused: unknown) => {
          if (!(refused instanceof RateLimiterRes)) throw refused;
        }),
      ]);
      const free = account.consumedPoints >= o.accountUnderAttack ? o.freeFailuresUnderAttack : o.freeFailuresPerPair;
      const over = pair.consumedPoints - free;
      if (over > 0) {
        const seconds = Math.min(o.firstDelaySeconds * 2 ** Math.min(over - 1, 30), o.maxDelaySeconds);
        await pairDelay.block(k.pair, seconds);
      }
    },

    /** After a correct password: the pair starts afresh (the account's and the address's counts stay). */
    async succeeded(email: string, address: string): Promise<void> {
      const k = keys(email, address);
      await Promise.all([pairFailures.delete(k.pair), pairDelay.delete(k.pair)]);
    },
  };
}
