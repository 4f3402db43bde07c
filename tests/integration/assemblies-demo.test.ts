import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssemblyDetail, AssemblyList } from "../../common/assemblies.js";
import { seedDemo } from "../../server/demo/seed.js";
import { createLogger } from "../../server/logger.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("the demo's general assemblies", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    expect(await seedDemo(app.db, createLogger({ logLevel: "silent" }))).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("shows a visitor a convened assembly ahead and last year's, closed, which adopted the work programme", async () => {
    const visitor = new ApiClient(app.url);
    const list = (await visitor.get<AssemblyList>("/api/assemblies")).body.data!;
    expect(list.items.map((a) => a.status)).toEqual(["convened", "closed"]);
    expect(list.abilities.create).toBe(false);
    const [next, past] = list.items;
    const held = (await visitor.get<AssemblyDetail>(`/api/assemblies/${past!.id}`)).body.data!;
    expect(held.kind).toBe("ordinary");
    expect(held.items.some((item) => item.type === "programme")).toBe(true);
    expect(held.convocations).toHaveLength(1);
    // It adopted the demo's work programme.
    const programme = await app.db.programme.findFirstOrThrow({ where: { assemblyId: past!.id } });
    expect(programme.status).toBe("adopted");
    const coming = (await visitor.get<AssemblyDetail>(`/api/assemblies/${next!.id}`)).body.data!;
    expect(coming.items[0]!.majority).toBe("two_thirds_cast");
    expect(coming.quorum.met).toBe(false);
    expect(coming.abilities.start).toBe(false);
  });
});
