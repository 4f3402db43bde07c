import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";

function written(pretty: boolean | undefined, isTTY: boolean): Promise<string> {
  const stream = Object.assign(new PassThrough(), { isTTY });
  let text = "";
  stream.on("data", (chunk) => {
    text += chunk;
  });
  const log = createLogger({ logLevel: "info" }, { destination: stream, ...(pretty === undefined ? {} : { pretty }) });
  log.info({ port: 3000 }, "Tashawur listening on http://localhost:3000");
  return new Promise((resolve) => setImmediate(() => resolve(text)));
}

describe("createLogger", () => {
  it("writes lines of text on a terminal", async () => {
    const line = await written(undefined, true);
    expect(line).toMatch(/INFO.*Tashawur listening on http:\/\/localhost:3000.*"port":3000/);
    expect(line.trim().startsWith("{")).toBe(false);
    expect(line.trim().split("\n")).toHaveLength(1);
  });

  it("writes JSON lines elsewhere", async () => {
    const line = await written(undefined, false);
    expect(JSON.parse(line)).toMatchObject({
      level: 30,
      port: 3000,
      msg: "Tashawur listening on http://localhost:3000",
    });
  });

  it("can be told which to write", async () => {
    expect(await written(true, false)).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: Tashawur listening/);
    expect(JSON.parse(await written(false, true)).msg).toBe("Tashawur listening on http://localhost:3000");
  });
});
