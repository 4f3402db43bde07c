import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BallotCast, VoteDetail } from "../../common/votes.js";
import { inTransaction } from "../../server/db/transaction.js";
import { AppError } from "../../server/http/errors.js";
import { createVote, openVote, provideElectorate } from "../../server/modules/votes/index.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

type Delegate = Awaited<ReturnType<typeof activeAssociation>>;

// A body whose electorate is two associations, the second one's vote held by the first's delegate (a
// proxy), and which refuses to open while "closed" is in the set.
const closedBodies = new Set<string>();
let bodyVoters: { holder: Delegate; represented: Delegate } | undefined;
provideElectorate("test_body", async (_tx, scope) => {
  if (closedBodies.has(scope.id)) throw new AppError("QUORUM_NOT_MET");
  const { holder, represented } = bodyVoters!;
  return [holder, represented].map((entry) => ({
    voterKey: entry.association.id,
    associationId: entry.association.id,
    userId: holder.user.id,
    name: entry.association.nameAr,
  }));
});

describe("votes scoped to a body (embedded PGlite)", () => {
  let app: TestApp;
  let moderatorId: string;
  let delegates: Delegate[];

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    const admin = (await adminWithCharter(app)).client;
    moderatorId = (await newMember(app, { role: "moderator" })).user.id;
    delegates = [];
    for (let i = 0; i < 3; i++) delegates.push(await activeAssociation(app, admin));
    bodyVoters = { holder: delegates[0]!, represented: delegates[1]! };
  });
  afterAll(async () => {
    await app?.close();
  });

  const scopedVote = (bodyId: string) =>
    inTransaction(app.db, (tx) =>
      createVote(tx, {
        title: "بند في هيئة",
        method: "for_against_abstain",
        secrecy: "open",
        results: "live",
        createdById: moderatorId,
        scope: { kind: "test_body", id: bodyId },
      }),
    );

  it("takes its voters from the body's module: a holder casts the vote it holds by proxy, outsiders none", async () => {
    const vote = await scopedVote(crypto.randomUUID());
    await inTransaction(app.db, (tx) => openVote(tx, vote.id, { id: moderatorId, role: "moderator" }));
    const [holder, represented, outside] = delegates;
    const seen = (await holder!.client.get<VoteDetail>(`/api/votes/${vote.id}`)).body.data!;
    expect(seen.electorateSize).toBe(2);
    expect(seen.held.map((row) => row.associationId).sort()).toEqual(
      [holder!.association.id, represented!.association.id].sort(),
    );
    const choice = { choice: { method: "for_against_abstain", choice: "for" } };
    const own = await holder!.client.post<BallotCast>(`/api/votes/${vote.id}/ballot`, {
      ...choice,
      associationId: holder!.association.id,
    });
    expect(own.status).toBe(201);
    const byProxy = await holder!.client.post<BallotCast>(`/api/votes/${vote.id}/ballot`, {
      ...choice,
      associationId: represented!.association.id,
    });
    expect(byProxy.body.data).toMatchObject({ cast: 2 });
    // The represented association's own delegate holds nothing here; nor does a third association.
    for (const other of [represented!, outside!]) {
      const refused = await other.client.post(`/api/votes/${vote.id}/ballot`, choice);
      expect(refused.body.error?.code).toBe("NOT_IN_ELECTORATE");
    }
  });

  it("lets the body refuse the opening, and the vote stays a draft", async () => {
    const bodyId = crypto.randomUUID();
    closedBodies.add(bodyId);
    const vote = await scopedVote(bodyId);
    await expect(
      inTransaction(app.db, (tx) => openVote(tx, vote.id, { id: moderatorId, role: "moderator" })),
    ).rejects.toMatchObject({ code: "QUORUM_NOT_MET" });
    const row = await app.db.vote.findUniqueOrThrow({ where: { id: vote.id } });
    expect(row.status).toBe("draft");
    expect(await app.db.voteVoter.count({ where: { voteId: vote.id } })).toBe(0);
  });
});
