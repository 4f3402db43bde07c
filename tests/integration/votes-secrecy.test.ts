import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BallotCast } from "../../common/votes.js";
import { receiptHash } from "../../server/modules/votes/receipts.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { manyDelegates, openedVote } from "../helpers/votes.js";

// A secret ballot cannot be matched to the person who cast it by anyone reading the database: the
// participation table (who voted) and the ballots table (what was chosen) share no column but the
// vote, carry no timestamp, and neither their ids, nor the order their rows are stored in, nor the
// transaction that wrote them follows who voted when once the vote is closed.

const VOTERS = 9;

describe("secret ballots cannot be joined to voters (embedded PGlite)", () => {
  let app: TestApp;
  let moderator: ApiClient;
  let voteId: string;
  /** Each voter's ballot, in the order they were cast: the receipt's hash names the row. */
  const castOrder: { voterKey: string; hash: string; userId: string }[] = [];

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    moderator = (await newMember(app, { role: "moderator", name: "مشرف" })).client;
    const voters = await manyDelegates(app, VOTERS);
    const vote = await openedVote(moderator, {
      method: "single",
      options: ["الأول", "الثاني", "الثالث"],
      secrecy: "secret",
    });
    voteId = vote.id;
    for (const [i, voter] of voters.entries()) {
      const answer = await voter.client.post<BallotCast>(`/api/votes/${voteId}/ballot`, {
        choice: { method: "single", optionId: vote.options[i % 3]!.id },
      });
      if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
      castOrder.push({
        voterKey: voter.association.id,
        hash: receiptHash(answer.body.data!.receipt),
        userId: voter.user.id,
      });
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  const columns = (table: string) =>
    app.db.$queryRaw<{ name: string; type: string; default: string | null; identity: string }[]>`
      SELECT column_name AS name, data_type AS type, column_default AS default, is_identity AS identity
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} ORDER BY column_name`;

  it("gives the two tables no column in common but the vote, no timestamp and no sequence", async () => {
    const ballots = await columns("vote_ballots");
    const participation = await columns("vote_participation");
    expect(ballots.map((column) => column.name)).toEqual(["choice", "id", "receipt_hash", "vote_id", "voter_key"]);
    expect(participation.map((column) => column.name)).toEqual(["vote_id", "voter_key"]);
    for (const column of [...ballots, ...participation]) {
      expect(column.type, column.name).not.toMatch(/time|date|serial/i);
      expect(column.default, column.name).toBeNull();
      expect(column.identity, column.name).toBe("NO");
    }
    const foreignKeys = await app.db.$queryRaw<{ target: string }[]>`
      SELECT ccu.table_name AS target FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
      WHERE tc.table_name = 'vote_ballots' AND tc.constraint_type = 'FOREIGN KEY'`;
    expect([...new Set(foreignKeys.map((row) => row.target))]).toEqual(["votes"]);
  });

  it("stores a secret ballot with no voter, a random id and only its receipt's hash", async () => {
    const rows = await app.db.voteBallot.findMany({ where: { voteId } });
    expect(rows).toHaveLength(VOTERS);
    for (const row of rows) {
      expect(row.voterKey).toBeNull();
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    // The receipt's hash is not derived from anything the participation or voters tables hold.
    const derived = new Set(
      castOrder.flatMap(({ voterKey, userId }) =>
        [voterKey, userId, `${voteId}|${voterKey}`].map((text) => createHash("sha256").update(text).digest("hex")),
      ),
    );
    expect(rows.filter((row) => derived.has(row.receiptHash))).toEqual([]);
    // Sorting the ballots by id does not give the order they were cast in.
    const byId = [...rows].sort((a, b) => a.id.localeCompare(b.id)).map((row) => row.receiptHash);
    expect(byId).not.toEqual(castOrder.map((ballot) => ballot.hash));
  });

  it("rewrites both tables at the close: row order and writing transaction say nothing of who voted when", async () => {
    const closed = await moderator.post(`/api/votes/${voteId}/close`);
    expect(closed.status).toBe(200);
    const ballots = await app.db.$queryRaw<{ hash: string; xmin: string }[]>`
      SELECT receipt_hash AS hash, xmin::text AS xmin FROM vote_ballots WHERE vote_id = ${voteId}::uuid ORDER BY ctid`;
    const participation = await app.db.$queryRaw<{ key: string; xmin: string }[]>`
      SELECT voter_key::text AS key, xmin::text AS xmin FROM vote_participation
      WHERE vote_id = ${voteId}::uuid ORDER BY ctid`;
    expect(ballots).toHaveLength(VOTERS);
    // Stored order: not the order of casting (nor its reverse); participation in key order, no longer cast order.
    const cast = castOrder.map((ballot) => ballot.hash);
    expect(ballots.map((row) => row.hash)).not.toEqual(cast);
    expect(ballots.map((row) => row.hash)).not.toEqual([...cast].reverse());
    expect(participation.map((row) => row.key)).toEqual(castOrder.map((ballot) => ballot.voterKey).sort());
    // One writing transaction for every row of both tables: the closing one.
    expect(new Set([...ballots, ...participation].map((row) => row.xmin)).size).toBe(1);
    // Every receipt still finds its ballot.
    expect(new Set(ballots.map((row) => row.hash))).toEqual(new Set(cast));
  });
});
