import { createPrivateKey } from "node:crypto";
import path from "node:path";
import { z } from "zod";

const boolFlag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "1" || value === "true"));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgresql://")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEMO: boolFlag,
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis://")
    .optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  ASSOCIATION_MAX_REPRESENTATIVES: z.coerce.number().int().min(1).max(20).default(2),
  DELEGATE_OBJECTION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(72),
  PROPOSAL_MIN_SPONSORS: z.coerce.number().int().min(0).max(100).default(2),
  ASSEMBLY_CONVOCATION_DAYS: z.coerce.number().int().min(0).max(365).default(15),
  ASSEMBLY_MAX_PROXIES: z.coerce.number().int().min(0).max(20).default(1),
  ASSEMBLY_QUORUM: z.coerce.number().gt(0).max(1).default(0.5),
  ASSEMBLY_SECOND_QUORUM: z.coerce.number().gt(0).max(1).default(0.25),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  // Lifecycle: how long to wait on PostgreSQL and Redis, and how long a stopping server drains.
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  REDIS_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]+$/, "takes letters, digits and _ . : -")
    .default("tashawur"),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
  // The register of decisions' Ed25519 private key (PEM, "\n" accepted for line breaks).
  REGISTER_SIGNING_KEY: z
    .string()
    .optional()
    .refine((pem) => pem === undefined || isEd25519PrivateKey(pem), "must be an Ed25519 private key in PEM (PKCS#8)"),
});

function isEd25519PrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem.replace(/\\n/g, "\n")).asymmetricKeyType === "ed25519";
  } catch {
    return false;
  }
}

/** The validated configuration of one server process. */
export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string | undefined;
  publicUrl: URL | undefined;
  trustProxy: string | undefined;
  logLevel: string;
  /** undefined: decide by database kind (demo on the embedded database only). */
  demo: boolean | undefined;
  redisUrl: string | undefined;
  dbPoolSize: number;
  /** How many representatives an association may name (one of them is its primary delegate). */
  maxRepresentatives: number;
  /**
   * How long the other representatives have to object to a request for the primary delegate's office
   * before it takes effect (the sitting delegate hands over, or an admin settles, at once).
   */
  delegateObjectionHours: number;
  /** How many other associations must co-sign a proposal before it leaves "submitted". */
  proposalMinSponsors: number;
  /** General assemblies: the convocation's minimum notice in days, proxies one association may hold,
   * and the quorum (a share of the active member associations) at the first and second convocation. */
  assemblies: { convocationDays: number; maxProxies: number; quorum: number; secondQuorum: number };
  /** An SMTP server emails also go through (they are always kept in the outbox); undefined: none. */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** Lifecycle: PostgreSQL connect and query timeouts (0: no query limit). */
  dbConnectTimeoutMs: number;
  dbQueryTimeoutMs: number;
  /** How long the start waits for Redis before giving up with a message. */
  redisConnectTimeoutMs: number;
  /** Prefix of the Socket.IO adapter's Redis stream, channels and keys, unique to this application. */
  redisPrefix: string;
  /** How long a stopping server keeps answering requests on open connections. */
  shutdownGraceMs: number;
  /**
   * The Ed25519 private key (PEM) that signs the head of the register of decisions; undefined: the
   * key in DATA_DIR/register-signing-key.pem, generated on first use.
   */
  registerSigningKey: string | undefined;
  /** Where Prisma's schema and migrations live. */
  schemaPath: string;
  migrationsDir: string;
  /** Built client files served at `/`. */
  clientDir: string;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** The repository root, from `server/` when run as TypeScript or from `dist/server/` when built. */
const above = path.resolve(import.meta.dirname, "..");
const root = path.basename(above) === "dist" ? path.dirname(above) : above;

/** Reads the environment once; a wrong value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blank = (value: string | undefined) => (value === "" ? undefined : value);
  const input = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, blank(env[key])]));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === "production" && c.DATABASE_URL && !c.SESSION_SECRET) {
    throw new ConfigError(
      "Invalid configuration:\n  SESSION_SECRET: required in production on PostgreSQL (every server process must share it)",
    );
  }
  if (c.NODE_ENV === "production" && !c.PUBLIC_URL) {
    throw new ConfigError(
      "Invalid configuration:\n  PUBLIC_URL: required in production (the address members open; links in emails are built from it)",
    );
  }
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.DATA_DIR),
    sessionSecret: c.SESSION_SECRET,
    publicUrl: c.PUBLIC_URL ? new URL(c.PUBLIC_URL) : undefined,
    trustProxy: c.TRUST_PROXY,
    logLevel: c.LOG_LEVEL,
    demo: c.DEMO,
    redisUrl: c.REDIS_URL,
    dbPoolSize: c.DB_POOL_SIZE,
    maxRepresentatives: c.ASSOCIATION_MAX_REPRESENTATIVES,
    delegateObjectionHours: c.DELEGATE_OBJECTION_HOURS,
    proposalMinSponsors: c.PROPOSAL_MIN_SPONSORS,
    assemblies: {
      convocationDays: c.ASSEMBLY_CONVOCATION_DAYS,
      maxProxies: c.ASSEMBLY_MAX_PROXIES,
      quorum: c.ASSEMBLY_QUORUM,
      secondQuorum: c.ASSEMBLY_SECOND_QUORUM,
    },
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    dbConnectTimeoutMs: c.DB_CONNECT_TIMEOUT_MS,
    dbQueryTimeoutMs: c.DB_QUERY_TIMEOUT_MS,
    redisConnectTimeoutMs: c.REDIS_CONNECT_TIMEOUT_MS,
    redisPrefix: c.REDIS_PREFIX,
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    registerSigningKey: c.REGISTER_SIGNING_KEY,
    schemaPath: path.join(root, "prisma", "schema.prisma"),
    migrationsDir: path.join(root, "prisma", "migrations"),
    clientDir: path.join(root, "dist", "client"),
  };
}

/** What is allowed but probably wrong, said once at start. */
export function configWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.publicUrl?.protocol === "https:" && !config.trustProxy) {
    warnings.push(
      "PUBLIC_URL is https but TRUST_PROXY is not set: behind a proxy that ends TLS, requests look like plain HTTP, so the Secure session cookie is never set and nobody can stay logged in. Set TRUST_PROXY (for example 1, or the proxy's address).",
    );
  }
  return warnings;
}

/**
 * The site's address for links (invitations, any email): PUBLIC_URL, else, outside production, the
 * address this server listens on. Never the request's Host header, which the sender chooses.
 */
export function siteOrigin(config: Config, listeningPort: number): string {
  if (config.publicUrl) return config.publicUrl.origin;
  const wildcard = !config.host || config.host === "0.0.0.0" || config.host === "::";
  const host = wildcard ? "localhost" : config.host!.includes(":") ? `[${config.host}]` : config.host!;
  return `http://${host}:${listeningPort}`;
}

/**
 * TRUST_PROXY as Express's `trust proxy` setting: `true`, a number of hops (`1`), or addresses and
 * subnets. Express reads a string as addresses only, so `"1"` must become the number 1: as a string it
 * would trust the address 0.0.0.1, never a real proxy, and every client would share the proxy's address.
 */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === "true") return true;
  if (value === "false") return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
