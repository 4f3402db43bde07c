import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ack } from "../../common/realtime.js";
import type { VoteWatchSnapshot } from "../../common/votes.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { connected, nextEvent, socketFor, type TestSocket } from "../helpers/sockets.js";
import { openedVote } from "../helpers/votes.js";

describe("a vote watched live (embedded PGlite)", () => {
  let app: TestApp;
  let moderator: ApiClient;
  let delegate: Awaited<ReturnType<typeof activeAssociation>>;
  let watcher: ApiClient;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    const admin = (await adminWithCharter(app)).client;
    moderator = (await newMember(app, { role: "moderator", name: "مشرفة" })).client;
    delegate = await activeAssociation(app, admin);
    watcher = (await newMember(app, { name: "متابع" })).client;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await app?.close();
  });

  async function watching(client: ApiClient, voteId: string) {
    const socket = socketFor(app.url, client);
    sockets.push(socket);
    await connected(socket);
    const ack = await new Promise<Ack<VoteWatchSnapshot>>((resolve) => socket.emit("vote:watch", { voteId }, resolve));
    return { socket, ack };
  }

  it("tells watchers the participation and, shown live, the tally once a ballot commits; the close sends the result", async () => {
    const vote = await openedVote(moderator, { secrecy: "open", results: "live" });
    const { socket, ack } = await watching(watcher, vote.id);
    expect(ack).toMatchObject({ ok: true, data: { voteId: vote.id, cast: 0, status: "open" } });

    const participation = nextEvent(socket, "vote:participation", (update) => update.voteId === vote.id);
    const tally = nextEvent(socket, "vote:tally", (update) => update.voteId === vote.id && !update.closed);
    await delegate.client.post(`/api/votes/${vote.id}/ballot`, {
      choice: { method: "for_against_abstain", choice: "for" },
    });
    expect((await participation)[0]).toMatchObject({ cast: 1, electorateSize: vote.electorateSize });
    expect((await tally)[0].result.figures).toEqual({ for: 1, against: 0, abstain: 0 });

    const final = nextEvent(socket, "vote:tally", (update) => update.voteId === vote.id && update.closed);
    await moderator.post(`/api/votes/${vote.id}/close`);
    expect((await final)[0].result).toMatchObject({ cast: 1, outcome: "adopted" });
  });

  it("sends a secret vote's watchers the count only, never figures before the close", async () => {
    const vote = await openedVote(moderator, { secrecy: "secret" });
    const { socket } = await watching(watcher, vote.id);
    const tallies: unknown[] = [];
    socket.on("vote:tally", (update) => tallies.push(update));
    const participation = nextEvent(socket, "vote:participation", (update) => update.voteId === vote.id);
    await delegate.client.post(`/api/votes/${vote.id}/ballot`, {
      choice: { method: "for_against_abstain", choice: "for" },
    });
    expect((await participation)[0].cast).toBe(1);
    expect(tallies).toEqual([]);
  });

  it("refuses to watch a draft to anyone but moderators", async () => {
    const draft = await openedVote(moderator, {}, { draft: true });
    const { ack } = await watching(watcher, draft.id);
    expect(ack).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await watching(moderator, draft.id)).ack.ok).toBe(true);
  });
});
