import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newReceipt, normalizeReceipt, receiptBelongsTo, receiptHash } from "./receipts.js";

describe("ballot receipts", () => {
  const key = randomBytes(32);
  const voteId = randomUUID();
  const voter = randomUUID();

  it("reads as six groups of four letters and digits, different each time", () => {
    const a = newReceipt(key, voteId, voter);
    expect(a).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
    expect(newReceipt(key, voteId, voter)).not.toBe(a);
  });

  it("belongs to its own voter only, in its own vote, under its vote's key", () => {
    const code = newReceipt(key, voteId, voter);
    expect(receiptBelongsTo(key, voteId, voter, code)).toBe(true);
    expect(receiptBelongsTo(key, voteId, randomUUID(), code)).toBe(false);
    expect(receiptBelongsTo(key, randomUUID(), voter, code)).toBe(false);
    expect(receiptBelongsTo(randomBytes(32), voteId, voter, code)).toBe(false);
  });

  it("accepts the code as typed (lower case, spaces, no dashes) and refuses a changed one", () => {
    const code = newReceipt(key, voteId, voter);
    const typed = ` ${code.toLowerCase().replaceAll("-", " ")} `;
    expect(receiptBelongsTo(key, voteId, voter, typed)).toBe(true);
    expect(receiptHash(typed)).toBe(receiptHash(code));
    const last = code.at(-1) === "A" ? "B" : "A";
    expect(receiptBelongsTo(key, voteId, voter, code.slice(0, -1) + last)).toBe(false);
    expect(receiptBelongsTo(key, voteId, voter, code.slice(0, -2))).toBe(false);
    expect(normalizeReceipt("ab-01")).toBe("AB");
  });
});
