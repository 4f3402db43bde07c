import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ack, PresenceSnapshot } from "../../common/realtime.js";
import { registeredClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { openTestEmbedded } from "../helpers/db.js";
import { connected, socketFor } from "../helpers/sockets.js";

describe("a flood of socket events (embedded PGlite)", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(await openTestEmbedded());
  });
  afterAll(() => app?.close());

  it("refuses the excess with RATE_LIMITED, disconnects the flooder, and the API keeps answering", async () => {
    const { client } = await registeredClient(app.url);
    const socket = socketFor(app.url, client);
    await connected(socket);
    const disconnected = new Promise<string>((resolve) => socket.once("disconnect", resolve));

    const answers: Promise<Ack<PresenceSnapshot> | "lost">[] = [];
    for (let i = 0; i < 3000; i++) {
      answers.push(
        new Promise((resolve) => {
          socket.emit("presence:list", {}, resolve);
          socket.once("disconnect", () => resolve("lost"));
        }),
      );
    }
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(200);

    const settled = await Promise.all(answers);
    const handled = settled.filter((answer) => answer !== "lost" && answer.ok).length;
    const refusals = settled.flatMap((answer) => (answer !== "lost" && !answer.ok ? [answer.error.code] : []));
    expect(refusals.length).toBeGreaterThan(0);
    expect(new Set(refusals)).toEqual(new Set(["RATE_LIMITED"]));
    // Far fewer handled than sent: the burst, plus what refilled meanwhile.
    expect(handled).toBeLessThan(300);
    expect(await disconnected).toBe("io server disconnect");
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });

  it("answers a socket that stays within its limits as before", async () => {
    const { client } = await registeredClient(app.url);
    const socket = socketFor(app.url, client);
    await connected(socket);
    for (let i = 0; i < 5; i++) {
      const answer = await socket.emitWithAck("presence:list", {});
      expect(answer.ok).toBe(true);
    }
    socket.disconnect();
  });
});
