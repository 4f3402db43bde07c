import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { openTestEmbedded } from "../helpers/db.js";
import { connected, nextEvent, socketFor } from "../helpers/sockets.js";

describe("who is online, served from memory", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(await openTestEmbedded());
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers presence:list without reading the database, and reads names again after a change of profile", async () => {
    const watcher = await registeredClient(app.url, { name: "المراقبة" });
    const other = await registeredClient(app.url, { name: "الاسم الأول" });
    const socketA = socketFor(app.url, watcher.client);
    const socketB = socketFor(app.url, other.client);
    try {
      const seen = nextEvent(socketA, "presence:update", (snap) => snap.users.some((u) => u.id === other.user.id));
      await Promise.all([connected(socketA), connected(socketB)]);
      await seen;
      // A change the services did not make (so no one announced it): a list read from the database on
      // each event would show it; the list kept in memory does not.
      await app.db.user.update({ where: { id: other.user.id }, data: { name: "تغيير خفي" } });
      for (let i = 0; i < 20; i++) {
        const listed = await socketA.emitWithAck("presence:list", {});
        expect(listed.ok && listed.data.users.find((u) => u.id === other.user.id)?.name).toBe("الاسم الأول");
      }
      // A change through the API refreshes the names.
      const renamed = nextEvent(socketA, "presence:update", (snap) =>
        snap.users.some((u) => u.id === other.user.id && u.name === "الاسم الجديد"),
      );
      await other.client.patch("/api/auth/me", { name: "الاسم الجديد" });
      await renamed;
      const listed = await socketA.emitWithAck("presence:list", {});
      expect(listed.ok && listed.data.users.find((u) => u.id === other.user.id)?.name).toBe("الاسم الجديد");
    } finally {
      socketA.disconnect();
      socketB.disconnect();
    }
  });
});
