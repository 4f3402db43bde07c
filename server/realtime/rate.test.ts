import { describe, expect, it } from "vitest";
import { accountBuckets, admit, TokenBucket } from "./rate.js";

describe("token bucket", () => {
  it("lets a burst of `capacity` through, then refills at its rate", () => {
    let now = 0;
    const bucket = new TokenBucket({ capacity: 3, perSecond: 2 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now = 499;
    expect(bucket.take()).toBe(false);
    now = 500;
    expect(bucket.take()).toBe(true);
    now = 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});

describe("socket event admission", () => {
  const clock = { now: 0 };
  const bucket = (capacity: number, perSecond: number) => new TokenBucket({ capacity, perSecond }, () => clock.now);

  it("refuses past the socket's bucket and disconnects once the strikes are spent", () => {
    const limits = { socket: bucket(2, 1), account: bucket(100, 100), strikes: bucket(2, 0) };
    expect([admit(limits), admit(limits)]).toEqual(["ok", "ok"]);
    expect([admit(limits), admit(limits), admit(limits)]).toEqual(["refused", "refused", "disconnect"]);
  });

  it("shares the account's bucket between its sockets", () => {
    const account = bucket(3, 0);
    const tabA = { socket: bucket(10, 0), account, strikes: bucket(10, 0) };
    const tabB = { socket: bucket(10, 0), account, strikes: bucket(10, 0) };
    expect([admit(tabA), admit(tabA), admit(tabB), admit(tabB)]).toEqual(["ok", "ok", "ok", "refused"]);
  });

  it("keeps one bucket per account while it has sockets, and forgets it after the last", () => {
    const accounts = accountBuckets();
    const first = accounts.open("u1");
    const second = accounts.open("u1");
    expect(first.limits.account).toBe(second.limits.account);
    first.release();
    expect(accounts.size).toBe(1);
    second.release();
    expect(accounts.size).toBe(0);
  });
});
