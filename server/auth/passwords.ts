import { hash, verify } from "@node-rs/argon2";
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

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

/** The shortest password accepted, in characters (NIST SP 800-63B, ASVS 6.2.1 ask for at least 8). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's score (0-4) a password must reach: 3 is "safely unguessable", about 10^8 guesses and more. */
const MIN_SCORE = 3;

/**
 * zxcvbn-ts with its common-password list, names and words from Wikipedia, and the English and French
 * dictionaries and keyboards (French-speaking members type on AZERTY). Loaded and built on first use:
 * the dictionaries take about 40 MB and a moment to index, which a server that nobody registers on
 * (or that only reads) does not pay.
 */
let estimator: Promise<ZxcvbnFactory> | undefined;
function strength(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, fr] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
      import("@zxcvbn-ts/language-fr"),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
      graphs: common.adjacencyGraphs,
    });
  })();
  return estimator;
}

/** Words every member of the forum could guess about another's password. */
const siteWords = ["tashawur", "تشاور", "forum", "association", "jamiya", "جمعية", "maroc", "morocco", "المغرب"];

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_email" | "repetitive";

/**
 * Strength rules (NIST SP 800-63B style): length over composition. At least 10 characters, at most
 * 200, not built on the email's name, and hard enough to guess for zxcvbn, which knows the common
 * passwords, words, names, dates, keyboard walks, repetitions and sequences (with the email, the name
 * and the site's own words as guesses of their own).
 */
export async function passwordProblem(
  password: string,
  email?: string,
  name?: string,
): Promise<PasswordProblem | undefined> {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "too_short";
  if (password.length > PASSWORD_MAX_LENGTH) return "too_long";
  const lower = password.toLowerCase();
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "contains_email";
  const guesses = [...siteWords, ...(email ? [email, local ?? ""] : []), ...(name ? name.split(/\s+/) : [])];
  const result = (await strength()).check(password, guesses.filter(Boolean));
  if (result.score >= MIN_SCORE) return undefined;
  const patterns = new Set(result.sequence.map((match) => match.pattern));
  return patterns.size === 1 && (patterns.has("repeat") || patterns.has("sequence")) ? "repetitive" : "common";
}
