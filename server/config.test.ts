import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, configWarnings, loadConfig, siteOrigin, trustProxySetting } from "./config.js";

const pem = (type: "ed25519" | "rsa") =>
  (type === "rsa" ? generateKeyPairSync("rsa", { modulusLength: 1024 }) : generateKeyPairSync("ed25519")).privateKey
    .export({ type: "pkcs8", format: "pem" })
    .toString();
const rsaKey = pem("rsa");

describe("loadConfig", () => {
  it("defaults to the embedded database on port 3000 with data in ./data", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demo: undefined, env: "development" });
    expect(config.dataDir.endsWith("data")).toBe(true);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ DEMO: "yes" }, "DEMO"],
    [{ SESSION_SECRET: "short" }, "SESSION_SECRET"],
    [{ NODE_ENV: "production", DATABASE_URL: "postgresql://db/x" }, "SESSION_SECRET"],
    [{ NODE_ENV: "production" }, "PUBLIC_URL"],
    [{ REGISTER_SIGNING_KEY: "not a key" }, "REGISTER_SIGNING_KEY"],
    [{ REGISTER_SIGNING_KEY: rsaKey }, "REGISTER_SIGNING_KEY"],
  ])("names the variable at fault: %o", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(variable));
  });

  it("takes an Ed25519 key for the register, its line breaks written as \\n or not", () => {
    const key = pem("ed25519");
    expect(loadConfig({ REGISTER_SIGNING_KEY: key }).registerSigningKey).toBe(key);
    expect(loadConfig({ REGISTER_SIGNING_KEY: key.replace(/\n/g, "\\n") }).registerSigningKey).toBeDefined();
  });

  it("reads DEMO as a flag and treats empty variables as unset", () => {
    expect(loadConfig({ DEMO: "0" }).demo).toBe(false);
    expect(loadConfig({ DEMO: "1" }).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });
});

describe("the site's address for links", () => {
  it("is PUBLIC_URL when set", () => {
    expect(siteOrigin(loadConfig({ PUBLIC_URL: "https://forum.example.ma/" }), 3000)).toBe("https://forum.example.ma");
  });

  it("is the listening address otherwise (localhost for a wildcard)", () => {
    expect(siteOrigin(loadConfig({}), 3000)).toBe("http://localhost:3000");
    expect(siteOrigin(loadConfig({ HOST: "0.0.0.0" }), 8080)).toBe("http://localhost:8080");
    expect(siteOrigin(loadConfig({ HOST: "127.0.0.1" }), 4000)).toBe("http://127.0.0.1:4000");
    expect(siteOrigin(loadConfig({ HOST: "::1" }), 4000)).toBe("http://[::1]:4000");
  });
});

describe("start-up warnings", () => {
  it("warns when PUBLIC_URL is https and TRUST_PROXY is not set", () => {
    const warnings = configWarnings(loadConfig({ PUBLIC_URL: "https://forum.example.ma" }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/TRUST_PROXY/);
  });

  it.each([
    [{ PUBLIC_URL: "https://forum.example.ma", TRUST_PROXY: "1" }],
    [{ PUBLIC_URL: "http://localhost:3000" }],
    [{}],
  ])("says nothing for %o", (env) => {
    expect(configWarnings(loadConfig(env))).toEqual([]);
  });
});

describe("TRUST_PROXY", () => {
  it.each([
    ["true", true],
    ["1", 1],
    ["2", 2],
    ["loopback", "loopback"],
    ["10.0.0.1, 10.0.0.2", "10.0.0.1, 10.0.0.2"],
  ])("%s → %o", (value, setting) => {
    expect(trustProxySetting(value)).toEqual(setting);
  });
});
