import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RegisterHead, RegisterPublicKey, SignedHead } from "../../../common/decisions.js";
import { canonicalJson } from "./canonical.js";

/** The forum's key for the register: Ed25519, private key kept, public key published. */
export type RegisterKey = { privateKey: KeyObject; publicKey: RegisterPublicKey };

/** Where the key is generated on first use when the configuration gives none. */
export const KEY_FILE = "register-signing-key.pem";

/** Reads an Ed25519 private key from PEM; anything else is refused. */
export function parseSigningKey(pem: string): KeyObject {
  const key = createPrivateKey(pem.replace(/\\n/g, "\n"));
  if (key.asymmetricKeyType !== "ed25519") throw new Error(`the key is ${key.asymmetricKeyType}, not Ed25519`);
  return key;
}

/** The public half, as PEM (SubjectPublicKeyInfo) and as the raw 32 bytes in hex. */
export function publicKeyOf(privateKey: KeyObject): RegisterPublicKey {
  const publicKey = createPublicKey(privateKey);
  const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
  const x = publicKey.export({ format: "jwk" }).x as string;
  return { algorithm: "Ed25519", pem, hex: Buffer.from(x, "base64url").toString("hex") };
}

const loaded = new Map<string, Promise<RegisterKey>>();

/**
 * The register's key: REGISTER_SIGNING_KEY when configured, else DATA_DIR/register-signing-key.pem,
 * generated (mode 0600) on first use. Several servers sharing a database must share the key: give it
 * by configuration.
 */
export function registerKey(options: { dataDir: string; signingKey: string | undefined }): Promise<RegisterKey> {
  const cacheKey = options.signingKey ?? `file:${options.dataDir}`;
  let key = loaded.get(cacheKey);
  if (!key) {
    key = loadKey(options);
    loaded.set(cacheKey, key);
    key.catch(() => loaded.delete(cacheKey));
  }
  return key;
}

async function loadKey(options: { dataDir: string; signingKey: string | undefined }): Promise<RegisterKey> {
  if (options.signingKey) {
    const privateKey = parseSigningKey(options.signingKey);
    return { privateKey, publicKey: publicKeyOf(privateKey) };
  }
  const file = path.join(options.dataDir, KEY_FILE);
  let pem = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (pem === undefined) {
    const generated = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    await mkdir(options.dataDir, { recursive: true });
    try {
      // "wx": a second process generating at the same moment keeps the first one's key.
      await writeFile(file, generated, { mode: 0o600, flag: "wx" });
      pem = generated;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      pem = await readFile(file, "utf8");
    }
  }
  const privateKey = parseSigningKey(pem);
  return { privateKey, publicKey: publicKeyOf(privateKey) };
}

/** Signs the head of the chain: Ed25519 over the UTF-8 bytes of its canonical JSON. */
export function signHead(head: RegisterHead, key: RegisterKey): SignedHead {
  const canonical = canonicalJson(head);
  const signature = sign(null, Buffer.from(canonical, "utf8"), key.privateKey).toString("base64");
  return { head, canonical, signature, publicKey: key.publicKey };
}

/** Whether `signature` (base64) is the key's Ed25519 signature of `message`; a malformed key or signature is not. */
export function signatureValid(message: string, signature: string, publicKeyPem: string): boolean {
  try {
    const key = createPublicKey(publicKeyPem);
    if (key.asymmetricKeyType !== "ed25519") return false;
    return verify(null, Buffer.from(message, "utf8"), key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}
