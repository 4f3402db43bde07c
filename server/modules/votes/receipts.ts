import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// A receipt code is a random nonce and a tag binding it to the voter it was given to:
// `nonce (10 bytes) || HMAC-SHA-256(vote's receipt key, voteId | voterKey | nonce)[0..5)`, in base 32.
// The database keeps only the code's SHA-256 with the ballot: without the nonce (never stored), nothing
// there leads from a ballot to a voter; the tag lets only its own voter replace a ballot with it.

/** RFC 4648 base 32: upper-case letters and 2–7, read aloud without confusing 0/O or 1/I. */
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = BASE32.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The code as typed (spaces, dashes, lower case) reduced to its 24 symbols. */
export function normalizeReceipt(code: string): string {
  return code.toUpperCase().replace(/[^A-Z2-7]/g, "");
}

function tagOf(key: Uint8Array, voteId: string, voterKey: string, nonce: Buffer): Buffer {
  return createHmac("sha256", key).update(`${voteId}|${voterKey}|`).update(nonce).digest().subarray(0, 5);
}

/** A new receipt for this voter's ballot, in groups of four (`ABCD-EFGH-…`). */
export function newReceipt(key: Uint8Array, voteId: string, voterKey: string): string {
  const nonce = randomBytes(10);
  const code = toBase32(nonce) + toBase32(tagOf(key, voteId, voterKey, nonce));
  return code.match(/.{4}/g)!.join("-");
}

/** Whether `code` was given to `voterKey` in this vote (the ballot it names may since have been replaced). */
export function receiptBelongsTo(key: Uint8Array, voteId: string, voterKey: string, code: string): boolean {
  const normalized = normalizeReceipt(code);
  if (normalized.length !== 24) return false;
  const nonce = fromBase32(normalized.slice(0, 16));
  const tag = fromBase32(normalized.slice(16));
  if (!nonce || !tag || nonce.length !== 10 || tag.length !== 5) return false;
  return timingSafeEqual(tag, tagOf(key, voteId, voterKey, nonce));
}

/** What the ballot row keeps of its receipt: the SHA-256 of the normalised code, in hex. */
export function receiptHash(code: string): string {
  return createHash("sha256").update(normalizeReceipt(code)).digest("hex");
}
