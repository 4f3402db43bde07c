import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inTransaction, publishAfterCommit } from "../../server/db/transaction.js";
import type { DomainEvent } from "../../server/events/bus.js";
import { registeredClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { openTestEmbedded } from "../helpers/db.js";
import { connected, nextEvent, socketFor } from "../helpers/sockets.js";

describe("publish after commit: the one path from a write to sockets and read models", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(await openTestEmbedded());
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Collects what the app's bus delivers, and whether the row was visible outside at that moment. */
  function listen() {
    const heard: { events: readonly DomainEvent[]; regionVisible: boolean }[] = [];
    const done: Promise<void>[] = [];
    const stop = app.events.subscribe((events) => {
      done.push(
        app.db.region
          .count({ where: { code: "events-test" } })
          .then((count) => void heard.push({ events, regionVisible: count > 0 })),
      );
    });
    return { heard, settle: () => Promise.all(done), stop };
  }

  it("hands the events over only once the transaction has committed", async () => {
    const { heard, settle, stop } = listen();
    let publishedInside = 0;
    const off = app.events.subscribe(() => publishedInside++);
    await inTransaction(app.db, async (tx) => {
      await tx.region.create({
        data: { code: "events-test", nameAr: "جهة للاختبار", nameFr: "Région test", sortOrder: 99 },
      });
      publishAfterCommit(tx, { type: "region:created", stale: ["reference"] });
      publishAfterCommit(tx, { type: "region:renamed", stale: ["reference"] });
      // Nothing is out before the commit.
      expect(publishedInside).toBe(0);
    });
    await settle();
    stop();
    off();
    expect(heard).toHaveLength(1);
    expect(heard[0]?.events.map((event) => event.type)).toEqual(["region:created", "region:renamed"]);
    expect(heard[0]?.regionVisible).toBe(true);
  });

  it("publishes nothing when the transaction rolls back", async () => {
    const { heard, settle, stop } = listen();
    await expect(
      inTransaction(app.db, async (tx) => {
        await tx.region.create({
          data: { code: "events-test-2", nameAr: "جهة ثانية", nameFr: "Deuxième", sortOrder: 98 },
        });
        publishAfterCommit(tx, { type: "region:created" });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await settle();
    stop();
    expect(heard).toEqual([]);
    expect(await app.db.region.count({ where: { code: "events-test-2" } })).toBe(0);
  });

  it("refuses an announcement outside a transaction opened by inTransaction", async () => {
    await expect(app.db.$transaction(async (tx) => publishAfterCommit(tx, { type: "x:y" }))).rejects.toThrow(
      /inTransaction/,
    );
  });

  it("delivers a committed broadcast to the sockets in its rooms", async () => {
    const { client, user } = await registeredClient(app.url);
    const socket = socketFor(app.url, client);
    await connected(socket);
    const snapshot = { users: [], seq: Number.MAX_SAFE_INTEGER };
    const received = nextEvent(socket, "presence:update", (payload) => payload.seq === snapshot.seq);
    await inTransaction(app.db, async (tx) => {
      publishAfterCommit(tx, {
        type: "test:broadcast",
        broadcast: { rooms: [`user:${user.id}`], event: "presence:update", payload: snapshot },
      });
    });
    expect((await received)[0]).toEqual(snapshot);
    socket.disconnect();
  });
});
