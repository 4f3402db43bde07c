import { describe, expect, it } from "vitest";
import { hashPassword, PASSWORD_MIN_LENGTH, passwordProblem, verifyPassword } from "./passwords.js";

describe("password strength", () => {
  it.each([
    ["short1", undefined, "too_short"],
    ["x".repeat(201), undefined, "too_long"],
    ["Password123", undefined, "common"],
    ["password1234", undefined, "common"],
    ["azertyuiop12", undefined, "common"],
    ["motdepasse2024", undefined, "common"],
    ["tashawur2026", undefined, "common"],
    ["ababababab", undefined, "repetitive"],
    ["karim.benali-1990", "karim.benali@assoc.ma", "contains_email"],
    ["كلمة سر عربية طويلة", undefined, undefined],
    ["correct-horse-battery", "salma@assoc.ma", undefined],
  ])("%s → %s", async (password, email, problem) => {
    expect(await passwordProblem(password, email)).toBe(problem);
  });

  it("draws the minimum length at exactly ten characters", async () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(await passwordProblem("q7#Vm!2pX", undefined)).toBe("too_short");
    expect(await passwordProblem("q7#Vm!2pXz", undefined)).toBeUndefined();
  });

  it("counts characters, not UTF-16 units, for the minimum length", async () => {
    expect(await passwordProblem("😀😀😀😀😀", undefined)).toBe("too_short");
  });
});

describe("password hashing", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const stored = await hashPassword("correct-horse-battery");
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(stored, "correct-horse-battery")).toBe(true);
    expect(await verifyPassword(stored, "wrong-horse-battery")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
