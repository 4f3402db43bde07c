import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VoteDetail } from "../../common/votes.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { countStatements, type StatementCounter } from "../helpers/statements.js";
import { openedVote } from "../helpers/votes.js";

describe("reading votes and casting ballots in a bounded number of statements (embedded PGlite)", () => {
  let app: TestApp;
  let counter: StatementCounter;
  let moderator: ApiClient;
  let delegates: Awaited<ReturnType<typeof activeAssociation>>[];

  beforeAll(async () => {
    const database = await openTestEmbedded();
    counter = countStatements(database);
    app = await startAssociationsApp(() => counter.database);
    const admin = (await adminWithCharter(app)).client;
    moderator = (await newMember(app, { role: "moderator", name: "مشرفة" })).client;
    delegates = [await activeAssociation(app, admin), await activeAssociation(app, admin)];
  });
  afterAll(async () => {
    await app?.close();
  });

  it("casts each ballot in the same few statements, the session's included", async () => {
    const vote = await openedVote(moderator, { secrecy: "secret" });
    const costs: number[] = [];
    for (const delegate of delegates) {
      await delegate.client.get("/api/auth/me"); // the session is warm, as in a page already open
      counter.reset();
      const answer = await delegate.client.post(`/api/votes/${vote.id}/ballot`, {
        choice: { method: "for_against_abstain", choice: "for" },
      });
      expect(answer.status).toBe(201);
      costs.push(counter.count());
    }
    expect(costs[1]).toBe(costs[0]);
    // The session's own, then the ballot: the share lock with options and holdings, participation and
    // ballot together, the count (and the transaction's begin and commit).
    expect(costs[0]).toBeLessThanOrEqual(8);
  });

  it("serves a closed vote to a crowd of readers from one load", async () => {
    const vote = await openedVote(moderator, { secrecy: "open", results: "live" });
    await delegates[0]!.client.post(`/api/votes/${vote.id}/ballot`, {
      choice: { method: "for_against_abstain", choice: "against" },
    });
    await moderator.post(`/api/votes/${vote.id}/close`);
    counter.reset();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => new ApiClient(app.url).get<VoteDetail>(`/api/votes/${vote.id}`)),
    );
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(answers[0]!.body.data!.result?.figures).toEqual({ for: 0, against: 1, abstain: 0 });
    expect(counter.count()).toBeLessThanOrEqual(1);
  });
});
