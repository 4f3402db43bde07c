import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Ack } from "../../common/realtime.js";
import type { BallotCast, VoteDetail } from "../../common/votes.js";
import { openPostgres } from "../../server/db/adapters.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";
import { connected, socketFor, type TestSocket } from "../helpers/sockets.js";
import { manyDelegates, openedVote } from "../helpers/votes.js";

const VOTERS = 200;

describe.skipIf(!postgresAvailable())("ballots over the socket (PostgreSQL)", () => {
  let app: TestApp;
  let moderator: ApiClient;
  let voters: Awaited<ReturnType<typeof manyDelegates>>;
  let sockets: TestSocket[] = [];
  let reader: pg.Pool;

  beforeAll(async () => {
    app = await startAssociationsApp(() => {
      openTestPostgres().close(); // refuses anything but a test database
      return openPostgres(inject("postgresUrl"), { max: 10 });
    });
    reader = new pg.Pool({ connectionString: inject("postgresUrl"), max: 2 });
    moderator = (await newMember(app, { role: "moderator", name: "مشرفة" })).client;
    voters = await manyDelegates(app, VOTERS);
    sockets = voters.map((voter) => socketFor(app.url, voter.client));
    await Promise.all(sockets.map(connected));
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await reader?.end();
    await app?.close();
  });

  it("acknowledges each ballot only once another connection can read it, and counts each voter once", async () => {
    const vote = await openedVote(moderator, { secrecy: "secret" });
    let acknowledged = 0;
    const unseen: number[] = [];
    const answers = await Promise.all(
      sockets.map(
        (socket, i) =>
          new Promise<Ack<BallotCast>>((resolve) =>
            socket.emit(
              "vote:cast",
              { voteId: vote.id, choice: { method: "for_against_abstain", choice: i % 2 ? "for" : "against" } },
              async (answer) => {
                if (answer.ok) {
                  acknowledged++;
                  const known = acknowledged;
                  // Read outside the app's pool: committed rows only.
                  const { rows } = await reader.query<{ n: number }>(
                    "SELECT count(*)::int AS n FROM vote_participation WHERE vote_id = $1",
                    [vote.id],
                  );
                  if (rows[0]!.n < known) unseen.push(known);
                }
                resolve(answer);
              },
            ),
          ),
      ),
    );
    expect(answers.filter((answer) => !answer.ok)).toEqual([]);
    expect(unseen).toEqual([]);
    const closed = await moderator.post<VoteDetail>(`/api/votes/${vote.id}/close`);
    expect(closed.body.data!.result!.cast).toBe(VOTERS);
    expect(await app.db.voteBallot.count({ where: { voteId: vote.id } })).toBe(VOTERS);
  });
});
