import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { ApplicationDetail, ApplicationDocument } from "../../common/applications.js";
import type { AssociationManageView, AssociationSummary, MyAssociation } from "../../common/associations.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  activeAssociation,
  adminWithCharter,
  apply,
  files,
  membershipState,
  newMember,
  profile,
  publishCharter,
  startAssociationsApp,
  unique,
  uploadFile,
} from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("directory, logos, documents and charter changes (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;
  const tag = unique();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
    const specs = [
      {
        key: "amal",
        nameAr: `جَمعيّة الأمـل ${tag}`,
        nameFr: null,
        city: "فاس",
        regionCode: "MA-03",
        fieldCodes: ["youth", "education"],
      },
      {
        key: "bahr",
        nameAr: `جمعية البحر الأزرق ${tag}`,
        nameFr: `Mer Bleue ${tag}`,
        city: "طنجة",
        regionCode: "MA-01",
        fieldCodes: ["environment"],
      },
      {
        key: "ilm",
        nameAr: `رابطة إقرأ ${tag}`,
        nameFr: `Ligue Éducation ${tag}`,
        city: "فاس",
        regionCode: "MA-03",
        fieldCodes: ["education"],
      },
      {
        key: "sahha",
        nameAr: `مؤسسة الصحة للجميع ${tag}`,
        nameFr: null,
        city: "مراكش",
        regionCode: "MA-07",
        fieldCodes: ["health"],
      },
    ] as const;
    for (const { key, ...spec } of specs) {
      ids[key] = (await activeAssociation(app, admin, { ...spec, fieldCodes: [...spec.fieldCodes] })).association.id;
    }
    // A pending one matching everything, never listed.
    const pending = await apply((await newMember(app)).client, {
      nameAr: `جمعية الأمل المعلقة ${tag}`,
      city: "فاس",
      regionCode: "MA-03",
      fieldCodes: ["youth"],
    });
    ids.pending = pending.body.data!.association.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const search = async (query: string) => {
    const answer = await new ApiClient(app.url).get<Paginated<AssociationSummary>>(
      `/api/associations?${query}&pageSize=50`,
    );
    expect(answer.status).toBe(200);
    return answer.body.data!;
  };
  const keysOf = (page: Paginated<AssociationSummary>) =>
    Object.entries(ids)
      .filter(([, id]) => page.items.some((item) => item.id === id))
      .map(([key]) => key)
      .sort();
  const q = (text: string) => `q=${encodeURIComponent(`${text} ${tag}`)}`;

  it("finds names whatever their diacritics, tatweel, hamza, alef, ta marbuta and case", async () => {
    expect(keysOf(await search(q("جمعيه الامل")))).toEqual(["amal"]);
    expect(keysOf(await search(q("الأمل")))).toEqual(["amal"]);
    expect(keysOf(await search(q("رابطه اقرا")))).toEqual(["ilm"]);
    expect(keysOf(await search(q("موسسه الصحه")))).toEqual(["sahha"]);
    expect(keysOf(await search(q("mer bleue")))).toEqual(["bahr"]);
    expect(keysOf(await search(q("ligue education")))).toEqual(["ilm"]);
    expect(keysOf(await search(q("لا توجد")))).toEqual([]);
  });

  it("filters by region, city and field of action, only active associations", async () => {
    expect(keysOf(await search(`region=MA-03&${q("")}`))).toEqual(["amal", "ilm"]);
    expect(keysOf(await search(`city=${encodeURIComponent("فاس")}&${q("")}`))).toEqual(["amal", "ilm"]);
    expect(keysOf(await search(`field=education&${q("")}`))).toEqual(["amal", "ilm"]);
    expect(keysOf(await search(`field=education&region=MA-03&${q("رابطة")}`))).toEqual(["ilm"]);
    expect(keysOf(await search(`region=MA-07&${q("")}`))).toEqual(["sahha"]);
    const bad = await new ApiClient(app.url).get("/api/associations?region=MA-99");
    expect(bad.body.error!.code).toBe("VALIDATION_FAILED");
  });

  it("paginates with at most 50 per page", async () => {
    const first = await search(`${q("")}&page=1`);
    expect(first.total).toBe(4);
    const pageOne = await new ApiClient(app.url).get<Paginated<AssociationSummary>>(
      `/api/associations?${q("")}&pageSize=3&page=1`,
    );
    const pageTwo = await new ApiClient(app.url).get<Paginated<AssociationSummary>>(
      `/api/associations?${q("")}&pageSize=3&page=2`,
    );
    expect(pageOne.body.data!.items).toHaveLength(3);
    expect(pageTwo.body.data!.items).toHaveLength(1);
    expect(pageOne.body.data!.total).toBe(4);
    const all = [...pageOne.body.data!.items, ...pageTwo.body.data!.items].map((item) => item.id);
    expect(new Set(all).size).toBe(4);
    expect((await new ApiClient(app.url).get("/api/associations?pageSize=51")).body.error!.code).toBe(
      "VALIDATION_FAILED",
    );
  });

  it("serves reference data: twelve regions, the fields of action", async () => {
    const regions = await new ApiClient(app.url).get<{ code: string }[]>("/api/reference/regions");
    expect(regions.body.data!.map((r) => r.code)).toEqual(
      Array.from({ length: 12 }, (_, i) => `MA-${String(i + 1).padStart(2, "0")}`),
    );
    const fields = await new ApiClient(app.url).get<{ code: string }[]>("/api/reference/fields");
    expect(fields.body.data!.map((f) => f.code)).toEqual(
      expect.arrayContaining(["social", "womens_rights", "disability"]),
    );
  });

  describe("logos", () => {
    it("accepts PNG, JPEG and WebP by their bytes and serves them with their type and nosniff", async () => {
      const rep = await activeAssociation(app, admin);
      for (const [kind, type] of [
        ["png", "image/png"],
        ["jpeg", "image/jpeg"],
        ["webp", "image/webp"],
      ] as const) {
        // The client's MIME type is ignored: the bytes decide.
        const answer = await uploadFile<{ logoUrl: string }>(
          rep.client,
          "PUT",
          `/api/associations/${rep.association.id}/logo`,
          "logo",
          {
            bytes: files[kind],
            name: "logo.bin",
            type: "application/octet-stream",
          },
        );
        expect(answer.status).toBe(200);
        const served = await fetch(app.url + answer.body.data!.logoUrl);
        expect(served.headers.get("content-type")).toBe(type);
        expect(served.headers.get("x-content-type-options")).toBe("nosniff");
        expect(Buffer.from(await served.arrayBuffer()).equals(files[kind])).toBe(true);
      }
      const page = await new ApiClient(app.url).get<{ logoUrl: string }>(`/api/associations/${rep.association.id}`);
      expect(page.body.data!.logoUrl).toMatch(/^\/api\/logos\/[0-9a-f]{32}\.webp$/);
    });

    it("refuses SVG and other types, oversized files, and strangers, changing nothing", async () => {
      const rep = await activeAssociation(app, admin);
      const path = `/api/associations/${rep.association.id}/logo`;
      const before = await membershipState(app.db);
      const svg = await uploadFile(rep.client, "PUT", path, "logo", {
        bytes: files.svg,
        name: "logo.png",
        type: "image/png",
      });
      expect(svg.status).toBe(415);
      expect(svg.body.error!.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      const pdf = await uploadFile(rep.client, "PUT", path, "logo", {
        bytes: files.pdf,
        name: "logo.pdf",
        type: "image/png",
      });
      expect(pdf.body.error!.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      const big = Buffer.concat([files.png, Buffer.alloc(1024 * 1024)]);
      const oversized = await uploadFile(rep.client, "PUT", path, "logo", {
        bytes: big,
        name: "big.png",
        type: "image/png",
      });
      expect(oversized.status).toBe(413);
      expect(oversized.body.error!.code).toBe("PAYLOAD_TOO_LARGE");
      const stranger = (await newMember(app)).client;
      const forbidden = await uploadFile(stranger, "PUT", path, "logo", {
        bytes: files.png,
        name: "l.png",
        type: "image/png",
      });
      expect(forbidden.body.error!.code).toBe("FORBIDDEN");
      const missing = await rep.client.put(path, {});
      expect(missing.body.error!.code).toBe("VALIDATION_FAILED");
      expect(await membershipState(app.db)).toEqual(before);
      expect((await app.db.association.findUniqueOrThrow({ where: { id: rep.association.id } })).logoFile).toBeNull();
    });
  });

  describe("supporting documents", () => {
    it("are attached by the applicant and downloadable only by its representatives and admins", async () => {
      const applicant = await newMember(app);
      const applied = await apply(applicant.client);
      const application = applied.body.data!;
      const added = await uploadFile<ApplicationDocument>(
        applicant.client,
        "POST",
        `/api/applications/${application.id}/documents`,
        "file",
        { bytes: files.pdf, name: "القانون الأساسي.pdf", type: "application/pdf" },
      );
      expect(added.status).toBe(201);
      expect(added.body.data).toMatchObject({ fileName: "القانون الأساسي.pdf", contentType: "application/pdf" });
      const html = await uploadFile(applicant.client, "POST", `/api/applications/${application.id}/documents`, "file", {
        bytes: Buffer.from("<html><script>alert(1)</script></html>"),
        name: "x.pdf",
        type: "application/pdf",
      });
      expect(html.body.error!.code).toBe("UNSUPPORTED_MEDIA_TYPE");

      const url = added.body.data!.url;
      for (const client of [applicant.client, admin]) {
        const response = await client.raw("GET", url);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("application/pdf");
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
      }
      const stranger = (await newMember(app)).client;
      expect((await stranger.get(url)).body.error!.code).toBe("FORBIDDEN");
      expect((await new ApiClient(app.url).get(url)).body.error!.code).toBe("UNAUTHENTICATED");
      const forbidden = await uploadFile(stranger, "POST", `/api/applications/${application.id}/documents`, "file", {
        bytes: files.pdf,
        name: "x.pdf",
        type: "application/pdf",
      });
      expect(forbidden.body.error!.code).toBe("FORBIDDEN");

      const detail = await admin.get<ApplicationDetail>(`/api/admin/applications/${application.id}`);
      expect(detail.body.data!.documents.map((d) => d.fileName)).toEqual(["القانون الأساسي.pdf"]);
      expect(detail.body.data!.history.map((h) => h.kind)).toEqual(["submitted", "document_added"]);
    });
  });

  describe("charter changes", () => {
    it("asks active associations to accept the new version; a representative accepts it; a stale id is refused", async () => {
      const rep = await activeAssociation(app, admin);
      const before = await rep.client.get<MyAssociation[]>("/api/me/associations");
      expect(before.body.data![0]!.pendingAcceptances).toEqual([]);

      const next = await publishCharter(admin, "charter", "الميثاق المعدل");
      const rules = await publishCharter(admin, "internal_rules", "القانون الداخلي");
      const mine = await rep.client.get<MyAssociation[]>("/api/me/associations");
      expect(mine.body.data![0]!.pendingAcceptances.map((v) => v.id).sort()).toEqual([next.id, rules.id].sort());
      const view = await rep.client.get<AssociationManageView>(`/api/associations/${rep.association.id}/manage`);
      expect(view.body.data!.pendingAcceptances).toHaveLength(2);

      const stale = await rep.client.post(`/api/associations/${rep.association.id}/charter-acceptances`, {
        versionId: rep.application.acceptances[0]!.version.id,
      });
      expect(stale.body.error!.code).toBe("CHARTER_NOT_ACCEPTED");
      const member = await newMember(app);
      expect(
        (
          await member.client.post(`/api/associations/${rep.association.id}/charter-acceptances`, {
            versionId: next.id,
          })
        ).body.error!.code,
      ).toBe("FORBIDDEN");

      const accepted = await rep.client.post<AssociationManageView>(
        `/api/associations/${rep.association.id}/charter-acceptances`,
        {
          versionId: next.id,
        },
      );
      expect(accepted.body.data!.pendingAcceptances.map((v) => v.id)).toEqual([rules.id]);
      const row = await app.db.charterAcceptance.findUniqueOrThrow({
        where: { associationId_versionId: { associationId: rep.association.id, versionId: next.id } },
      });
      expect(row.userId).toBe(rep.user.id);

      // A new applicant must now accept both versions in force.
      const applicant = await newMember(app);
      const onlyCharter = await apply(applicant.client);
      expect(onlyCharter.body.error!.code).toBe("CHARTER_NOT_ACCEPTED");
      const both = await applicant.client.post<ApplicationDetail>("/api/applications", {
        profile: await profile(applicant.client),
        charterVersionId: next.id,
        internalRulesVersionId: rules.id,
      });
      expect(both.status).toBe(201);
      expect(both.body.data!.acceptances.map((a) => a.version.kind).sort()).toEqual(["charter", "internal_rules"]);
    });

    it("publishes versions with rendered, sanitised HTML and increasing numbers; only admins", async () => {
      const published = await admin.post<{ version: number; bodyHtml: string }>("/api/admin/charter/versions", {
        kind: "charter",
        title: "نسخة",
        bodyMd: "## المادة 1\n\n<img src=x onerror=alert(1)> نص",
      });
      expect(published.status).toBe(201);
      expect(published.body.data!.bodyHtml).toMatch(/<h2[ >]/);
      expect(published.body.data!.bodyHtml).not.toMatch(/<img|<[^>]*onerror/);
      const current = await new ApiClient(app.url).get<{ charter: { version: number } }>("/api/charter");
      expect(current.body.data!.charter.version).toBe(published.body.data!.version);
      const member = (await newMember(app)).client;
      const denied = await member.post("/api/admin/charter/versions", { kind: "charter", title: "x", bodyMd: "y" });
      expect(denied.body.error!.code).toBe("FORBIDDEN");
      const audit = await app.db.auditEntry.count({ where: { action: "charter.published" } });
      expect(audit).toBeGreaterThanOrEqual(2);
    });
  });
});
