import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { AssociationSummary, MyAssociation } from "../../common/associations.js";
import { demoCharterMarkdown } from "../../server/demo/charter.js";
import { seedDemo } from "../../server/demo/seed.js";
import { demoUsers } from "../../server/demo/users.js";
import { createLogger } from "../../server/logger.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { AddressedClient, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { repoRoot } from "../helpers/paths.js";

describe("demo associations (embedded PGlite)", () => {
  let app: TestApp;
  const log = createLogger({ logLevel: "silent" });

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    expect(await seedDemo(app.db, log)).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
  });

  const login = async (key: string) => {
    const user = demoUsers.find((u) => u.email.startsWith(`${key}@`))!;
    const client = new AddressedClient(app.url);
    expect((await client.post("/api/auth/login", { email: user.email, password: user.password })).status).toBe(200);
    return client;
  };

  it("holds a dozen fictional associations in every status, and is made once", async () => {
    const byStatus = await app.db.association.groupBy({ by: ["status"], _count: { _all: true } });
    const counts = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all]));
    expect(counts).toEqual({ active: 7, pending: 3, suspended: 1, withdrawn: 1, rejected: 1 });
    const applications = await app.db.membershipApplication.groupBy({ by: ["status"], _count: { _all: true } });
    expect(Object.fromEntries(applications.map((row) => [row.status, row._count._all]))).toMatchObject({
      info_requested: 1,
      under_review: 2,
      rejected: 1,
    });
    const regions = await app.db.association.findMany({ distinct: ["regionCode"], select: { regionCode: true } });
    expect(regions.length).toBeGreaterThanOrEqual(10);
    expect(await seedDemo(app.db, log)).toBe(false);
    expect(await app.db.association.count()).toBe(13);
  });

  it("publishes the shared charter text as version 1", async () => {
    const charter = await new ApiClient(app.url).get<{
      charter: { version: number; bodyMd: string; bodyHtml: string };
    }>("/api/charter");
    expect(charter.body.data!.charter.version).toBe(1);
    expect(charter.body.data!.charter.bodyMd).toBe(demoCharterMarkdown);
    const shared = await readFile(
      path.join(repoRoot, "..", "shared", "domain", "charter-national-forum.ar.txt"),
      "utf8",
    ).catch(() => undefined);
    if (shared) {
      const article7 = shared.split("\n").find((line) => line.startsWith("- 7-"))!;
      expect(demoCharterMarkdown).toContain(article7);
    }
    expect(charter.body.data!.charter.bodyHtml).toContain("احترام استقلالية كل إطار");
  });

  it("lists the active ones in the directory and lets amina and karim act as representatives", async () => {
    const directory = await new ApiClient(app.url).get<Paginated<AssociationSummary>>("/api/associations?pageSize=50");
    expect(directory.body.data!.total).toBe(7);
    const amina = await login("amina");
    const mine = (await amina.get<MyAssociation[]>("/api/me/associations")).body.data!;
    expect(mine.map((m) => [m.association.status, m.role]).sort()).toEqual([
      ["active", "member"],
      ["active", "representative"],
      ["pending", "representative"],
    ]);
    const karim = await login("karim");
    const his = (await karim.get<MyAssociation[]>("/api/me/associations")).body.data!;
    expect(his.filter((m) => m.role === "representative")).toHaveLength(2);
    const admin = await login("admin");
    const me = await admin.get<{ user: { role: string } }>("/api/auth/me");
    expect(me.body.data!.user.role).toBe("admin");
    const queue = await admin.get<{ counts: Record<string, number> }>("/api/admin/applications");
    expect(queue.body.data!.counts).toEqual({ under_review: 2, info_requested: 1, approved: 9, rejected: 1 });
  });
});
