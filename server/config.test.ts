import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

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
  ])("names the variable at fault: %o", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(variable));
  });

  it("reads DEMO as a flag and treats empty variables as unset", () => {
    expect(loadConfig({ DEMO: "0" }).demo).toBe(false);
    expect(loadConfig({ DEMO: "1" }).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });
});
