import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AssemblyDetail } from "../../common/assemblies.js";
import { openPostgres } from "../../server/db/adapters.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { convenedAssembly } from "../helpers/assemblies.js";
import { newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";
import { manyDelegates } from "../helpers/votes.js";

/** This run's test database, with enough connections for the requests to really run side by side. */
function openWidePostgres() {
  openTestPostgres().close(); // refuses anything but a test database
  return openPostgres(inject("postgresUrl"), { max: 16 });
}

describe.skipIf(!postgresAvailable())("proxies under concurrency (PostgreSQL)", () => {
  let app: TestApp;
  let moderator: ApiClient;
  let d: Awaited<ReturnType<typeof manyDelegates>>;

  beforeAll(async () => {
    app = await startAssociationsApp(openWidePostgres);
    moderator = (await newMember(app, { role: "moderator", name: "مسيّرة" })).client;
    d = await manyDelegates(app, 9);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  const give = (a: { id: string }, giver: number, holder: number) =>
    d[giver]!.client.post<AssemblyDetail>(`/api/assemblies/${a.id}/proxies`, {
      giverId: d[giver]!.association.id,
      holderId: d[holder]!.association.id,
    });

  it("gives one holder one proxy when eight associations send theirs at the same moment", async () => {
    for (let round = 0; round < 3; round++) {
      const a = await convenedAssembly(moderator);
      const answers = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((giver) => give(a, giver, 0)));
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
      const refused = answers.filter((answer) => answer.status !== 201);
      expect(refused.map((answer) => answer.body.error?.details?.reason)).toEqual(Array(7).fill("holder_limit"));
      expect(await app.db.assemblyProxy.count({ where: { assemblyId: a.id, revokedAt: null } })).toBe(1);
    }
  });

  it("never makes a chain when two proxies meet head-on (A to B and B to C at once)", async () => {
    for (let round = 0; round < 3; round++) {
      const a = await convenedAssembly(moderator);
      const answers = await Promise.all([give(a, 1, 2), give(a, 2, 3), give(a, 4, 1)]);
      const rows = await app.db.assemblyProxy.findMany({ where: { assemblyId: a.id, revokedAt: null } });
      const givers = new Set(rows.map((row) => row.giverId));
      // No holder is also a giver.
      expect(rows.filter((row) => givers.has(row.holderId))).toEqual([]);
      expect(answers.filter((answer) => answer.status === 201).length).toBe(rows.length);
      expect(rows.length).toBeGreaterThanOrEqual(1);
    }
  });
});
