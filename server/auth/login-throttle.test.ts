import { describe, expect, it } from "vitest";
import { loginThrottleDefaults, normalizeLoginEmail } from "./login-throttle.js";

describe("normalizeLoginEmail", () => {
  it("keys an account by its lower-case, trimmed, NFC form, however it is typed", () => {
    expect(normalizeLoginEmail("  Amina@Example.ORG ")).toBe("amina@example.org");
    // "é" typed as e + combining acute is the same account as the precomposed "é".
    expect(normalizeLoginEmail("Ame\u0301lie@example.org")).toBe("am\u00e9lie@example.org");
  });
});

describe("loginThrottleDefaults", () => {
  it("counts failures over an hour, and never makes a pair wait more than a quarter of an hour", () => {
    expect(loginThrottleDefaults.windowSeconds).toBe(3600);
    expect(loginThrottleDefaults.maxDelaySeconds).toBe(900);
    expect(loginThrottleDefaults.firstDelaySeconds).toBeLessThanOrEqual(loginThrottleDefaults.maxDelaySeconds);
  });
});
