import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's baseline parameters: 19 MiB, 2 passes.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so both cases take as long. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  return dummyHash;
}

const common = new Set(
  [
    "password",
    "password1",
    "password123",
    "passw0rd",
    "123456789",
    "1234567890",
    "12345678910",
    "0123456789",
    "qwertyuiop",
    "azertyuiop",
    "motdepasse",
    "motdepasse1",
    "iloveyou",
    "princess",
    "football",
    "baseball",
    "welcome123",
    "admin12345",
    "administrator",
    "letmein123",
    "trustno1",
    "sunshine",
    "11111111111",
    "1111111111",
    "0000000000",
    "aaaaaaaaaa",
    "abcdefghij",
    "abcdef123456",
    "qwerty123456",
    "123123123123",
    "maroc12345",
    "morocco123",
    "tashawur123",
    "changeme123",
  ].map((p) => p.toLowerCase()),
);

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_email" | "repetitive";

/**
 * Strength rules (NIST SP 800-63B style): length over composition. At least 10 characters, at most
 * 200, not a known common password, not built on the email's name, not one repeated character.
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | undefined {
  if ([...password].length < 10) return "too_short";
  if (password.length > 200) return "too_long";
  const lower = password.toLowerCase();
  if (common.has(lower)) return "common";
  if (new Set(lower).size <= 2) return "repetitive";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "contains_email";
  return undefined;
}
