import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PresenceSnapshot } from "../../common/realtime.js";
import { ApiClient, registeredClient } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { openTestEmbedded } from "../helpers/db.js";
import { connected, nextPresence, socketFor, type TestSocket } from "../helpers/sockets.js";

describe("real time: authenticated sockets and who is online", () => {
  let app: TestApp;
  const sockets: TestSocket[] = [];
  const track = (socket: TestSocket) => {
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    app = await startTestApp(await openTestEmbedded());
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("refuses an anonymous socket at the handshake", async () => {
    const socket = track(socketFor(app.url));
    await expect(connected(socket)).rejects.toThrow();
    expect(socket.connected).toBe(false);
  });

  it("refuses a socket from another site's page (Origin check)", async () => {
    const { client } = await registeredClient(app.url);
    const socket = track(socketFor(app.url, client, { origin: "https://evil.example" }));
    await expect(connected(socket)).rejects.toThrow();
  });

  it("lists the connected user and shows a second user arriving, live", async () => {
    const first = await registeredClient(app.url, { name: "أمينة" });
    const second = await registeredClient(app.url, { name: "يوسف" });
    const socketA = track(socketFor(app.url, first.client, { origin: app.url }));
    await connected(socketA);
    const snapshot = await socketA.emitWithAck("presence:list", {});
    expect(snapshot.ok).toBe(true);
    const ids = (snapshot as { data: PresenceSnapshot }).data.users.map((user) => user.id);
    expect(ids).toContain(first.user.id);
    expect(JSON.stringify(snapshot)).not.toContain(first.email);

    const arrival = nextPresence(socketA, (snap) => snap.users.some((u) => u.id === second.user.id));
    const socketB = track(socketFor(app.url, second.client));
    await connected(socketB);
    const [update] = await arrival;
    expect(update.users.map((u) => u.name)).toEqual(expect.arrayContaining(["أمينة", "يوسف"]));

    const departure = nextPresence(socketA, (snap) => !snap.users.some((u) => u.id === second.user.id));
    socketB.disconnect();
    const [after] = await departure;
    expect(after.seq).toBeGreaterThan(update.seq);
  });

  it("shows a new display name to others without a reconnection", async () => {
    const watcher = await registeredClient(app.url);
    const renamed = await registeredClient(app.url, { name: "الاسم القديم" });
    const socketA = track(socketFor(app.url, watcher.client));
    const socketB = track(socketFor(app.url, renamed.client));
    await Promise.all([connected(socketA), connected(socketB)]);
    const update = nextPresence(socketA, (snap) => snap.users.some((u) => u.name === "الاسم الجديد"));
    await renamed.client.patch("/api/auth/me", { name: "الاسم الجديد" });
    const [snap] = await update;
    expect(snap.users.find((u) => u.id === renamed.user.id)?.name).toBe("الاسم الجديد");
  });

  it("answers a malformed payload with VALIDATION_FAILED through the acknowledgement", async () => {
    const { client } = await registeredClient(app.url);
    const socket = track(socketFor(app.url, client));
    await connected(socket);
    const answer = await socket.emitWithAck("presence:list", { unexpected: true } as never);
    expect(answer).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED" } });
  });

  it("disconnects a session's sockets when it logs out", async () => {
    const { client } = await registeredClient(app.url);
    const socket = track(socketFor(app.url, client));
    await connected(socket);
    const closed = new Promise<string>((resolve) => socket.once("disconnect", resolve));
    await client.post("/api/auth/logout");
    expect(await closed).toBe("io server disconnect");
  });

  it("disconnects the user's other sessions when the password changes, keeping the current one", async () => {
    const { client, email, password } = await registeredClient(app.url);
    const otherDevice = new ApiClient(app.url);
    await otherDevice.post("/api/auth/login", { email, password });
    const here = track(socketFor(app.url, client));
    const there = track(socketFor(app.url, otherDevice));
    await Promise.all([connected(here), connected(there)]);
    const closed = new Promise<string>((resolve) => there.once("disconnect", resolve));
    const changed = await client.post("/api/auth/password", {
      currentPassword: password,
      newPassword: "brand-new-secret-99",
    });
    expect(changed.status).toBe(200);
    expect(await closed).toBe("io server disconnect");
    expect(here.connected).toBe(true);
    expect((await otherDevice.get<{ user: unknown }>("/api/auth/me")).body.data!.user).toBeNull();
  });

  it("ends a socket whose session was deleted, at its next event", async () => {
    const { client, user } = await registeredClient(app.url);
    const socket = track(socketFor(app.url, client));
    await connected(socket);
    await app.db.session.deleteMany({ where: { userId: user.id } });
    const answer = await socket.emitWithAck("presence:list", {});
    expect(answer).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });
});
