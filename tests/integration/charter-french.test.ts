import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CharterVersion, CurrentCharter } from "../../common/charter.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, membershipState, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("a charter version in Arabic with its French text (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("publishes both texts; everyone reads both, the French one rendered and sanitised", async () => {
    const published = await admin.post<CharterVersion>("/api/admin/charter/versions", {
      kind: "internal_rules",
      title: "القانون الداخلي",
      bodyMd: "# المادة الأولى\n\nنص عربي.",
      titleFr: "Règlement intérieur",
      bodyMdFr: "# Article premier\n\nTexte **français**.<script>alert(1)</script>",
    });
    expect(published.status).toBe(201);
    const read = await new ApiClient(app.url).get<CurrentCharter>("/api/charter");
    const rules = read.body.data!.internalRules!;
    expect(rules.id).toBe(published.body.data!.id);
    expect(rules.title).toBe("القانون الداخلي");
    expect(rules.french).toMatchObject({ title: "Règlement intérieur", bodyMd: expect.stringContaining("Article") });
    expect(rules.french!.bodyHtml).toContain("<strong>français</strong>");
    expect(rules.french!.bodyHtml).not.toContain("<script");
  });

  it("publishes an Arabic-only version with no French text", async () => {
    const published = await admin.post<CharterVersion>("/api/admin/charter/versions", {
      kind: "charter",
      title: "ميثاق المنتدى",
      bodyMd: "نص الميثاق.",
      titleFr: "",
      bodyMdFr: "",
    });
    expect(published.status).toBe(201);
    expect(published.body.data!.french).toBeNull();
  });

  it("refuses a French title without its text (and the reverse), changing nothing", async () => {
    const before = await membershipState(app.db);
    const versions = await app.db.charterVersion.count();
    for (const partial of [{ titleFr: "Charte" }, { bodyMdFr: "Texte seul" }]) {
      const answer = await admin.post("/api/admin/charter/versions", {
        kind: "charter",
        title: "ميثاق المنتدى",
        bodyMd: "نص الميثاق.",
        ...partial,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error?.code).toBe("VALIDATION_FAILED");
    }
    expect(await app.db.charterVersion.count()).toBe(versions);
    expect(await membershipState(app.db)).toEqual(before);
  });
});
