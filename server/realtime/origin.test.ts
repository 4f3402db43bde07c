import { describe, expect, it } from "vitest";
import { originAllowed } from "./server.js";

describe("socket handshake Origin check", () => {
  it.each([
    [undefined, "localhost:3000", undefined, true],
    ["http://localhost:3000", "localhost:3000", undefined, true],
    ["http://evil.example", "localhost:3000", undefined, false],
    ["http://localhost:3001", "localhost:3000", undefined, false],
    ["null", "localhost:3000", undefined, false],
    ["https://forum.example.ma", "internal:3000", new URL("https://forum.example.ma"), true],
    ["http://forum.example.ma", "internal:3000", new URL("https://forum.example.ma"), false],
  ])("origin %s on host %s → %s", (origin, host, publicUrl, allowed) => {
    expect(originAllowed(origin, host, publicUrl)).toBe(allowed);
  });
});
