import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NotificationPage } from "../../common/notifications.js";
import type { ProposalWatchInput } from "../../common/proposals.js";
import type { Ack } from "../../common/realtime.js";
import type { VoteDetail } from "../../common/votes.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { discussedProposal, draftProposal, type ProposalCast, proposalCast } from "../helpers/proposals.js";
import { connected, nextEvent, socketFor, type TestSocket } from "../helpers/sockets.js";

describe("a proposal followed live, and the notices to its associations (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;
  let cast: ProposalCast;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded, { PROPOSAL_MIN_SPONSORS: "2" });
    admin = (await adminWithCharter(app)).client;
    cast = await proposalCast(app, admin);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await app?.close();
  });

  async function watching(client: ApiClient, proposalId: string) {
    const socket = socketFor(app.url, client);
    sockets.push(socket);
    await connected(socket);
    const ack = await new Promise<Ack<ProposalWatchInput>>((resolve) =>
      socket.emit("proposal:watch", { proposalId }, resolve),
    );
    return { socket, ack };
  }

  const notices = async (client: ApiClient) =>
    (await client.get<NotificationPage>("/api/notifications?pageSize=50")).body.data!.items;

  it("tells the room of a proposal after each committed change, and refuses a draft to a stranger", async () => {
    const draft = await draftProposal(cast, "مقترح يتابع مباشرة");
    const stranger = (await newMember(app, { name: "زائرة" })).client;
    const refused = await watching(stranger, draft.id);
    expect(refused.ack).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    const reader = await watching(cast.author.client, draft.id);
    expect(reader.ack).toEqual({ ok: true, data: { proposalId: draft.id } });
    // Another proposal's change is not sent to this room.
    const other = await draftProposal(cast, "مقترح آخر");
    const seen: string[] = [];
    reader.socket.on("proposal:changed", (event) => seen.push(event.proposalId));
    const submitted = nextEvent(reader.socket, "proposal:changed", (event) => event.proposalId === draft.id);
    await cast.author.client.post(`/api/proposals/${other.id}/submit`);
    await cast.author.client.post(`/api/proposals/${draft.id}/submit`);
    await submitted;
    expect(seen).toEqual([draft.id]);
    // A refused step commits nothing and tells nobody.
    const before = seen.length;
    expect((await cast.moderator.client.post(`/api/proposals/${draft.id}/admit`)).status).toBe(409);
    const signed = nextEvent(reader.socket, "proposal:changed", (event) => event.proposalId === draft.id);
    await cast.sponsors[0]!.client.put(`/api/proposals/${draft.id}/sponsors/${cast.sponsors[0]!.association.id}`);
    await signed;
    expect(seen.length).toBe(before + 1);
  });

  it("notifies the author association and the co-signers of the admission, the vote and its outcome, not the actor", async () => {
    const proposal = await discussedProposal(cast);
    const [first, second] = cast.sponsors;
    const admitted = (items: Awaited<ReturnType<typeof notices>>) =>
      items.filter((n) => n.kind === "proposal.transitioned" && n.data.proposal?.id === proposal.id);
    for (const person of [cast.author, first!, second!]) {
      expect(admitted(await notices(person.client)).map((n) => n.data.state)).toEqual(["in_discussion"]);
    }
    expect(admitted(await notices(cast.moderator.client))).toEqual([]);

    const put = await cast.moderator.client.post(`/api/proposals/${proposal.id}/vote`, { secrecy: "open" });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const voteId = (put.body.data as { voteId: string }).voteId;
    for (const person of [cast.author, first!, second!]) {
      await person.client.post(`/api/votes/${voteId}/ballot`, {
        choice: { method: "for_against_abstain", choice: "for" },
      });
    }
    const closed = await cast.moderator.client.post<VoteDetail>(`/api/votes/${voteId}/close`);
    expect(closed.body.data!.result?.outcome).toBe("adopted");
    const states = admitted(await notices(cast.author.client)).map((n) => n.data.state);
    expect(states).toEqual(["adopted", "in_vote", "in_discussion"]);
  });

  it("notifies a declaration of not admissible with its reason", async () => {
    const draft = await draftProposal(cast, "مقترح لا يقبل");
    await cast.author.client.post(`/api/proposals/${draft.id}/submit`);
    const reason = "خارج مجالات عمل المنتدى";
    await cast.moderator.client.post(`/api/proposals/${draft.id}/inadmissible`, { reason });
    const items = (await notices(cast.author.client)).filter((n) => n.data.proposal?.id === draft.id);
    expect(items.map((n) => [n.kind, n.data.state, n.data.reason])).toEqual([
      ["proposal.transitioned", "not_admissible", reason],
    ]);
  });

  it("notifies the author and co-signers of an amendment, naming the association that proposed it", async () => {
    const proposal = await discussedProposal(cast);
    const amender = cast.sponsors[1]!;
    const reader = await watching(cast.author.client, proposal.id);
    const changed = nextEvent(reader.socket, "proposal:changed", (event) => event.proposalId === proposal.id);
    const proposed = await amender.client.post(`/api/proposals/${proposal.id}/amendments`, {
      associationId: amender.association.id,
      kind: "passage",
      passage: "تخصيص ميزانية سنوية.",
      replacement: "تخصيص ميزانية سنوية تُعرض على الجمع العام.",
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    await changed;
    for (const person of [cast.author, cast.sponsors[0]!]) {
      const amended = (await notices(person.client)).filter(
        (n) => n.kind === "proposal.amended" && n.data.proposal?.id === proposal.id,
      );
      expect(amended.map((n) => n.data.association?.id)).toEqual([amender.association.id]);
    }
    expect((await notices(amender.client)).some((n) => n.kind === "proposal.amended")).toBe(false);
  });
});
