import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { ApplicationDetail } from "../../common/applications.js";
import type { AssociationManageView, AssociationPage } from "../../common/associations.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  activeAssociation,
  adminWithCharter,
  apply,
  currentCharterId,
  membershipState,
  newMember,
  profile,
  publishCharter,
  startAssociationsApp,
} from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("membership applications (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("applies with the charter accepted, asks for information, answers, approves: active in the directory", async () => {
    const { client, user, email } = await newMember(app, { name: "خديجة المرابط" });
    const charterId = await currentCharterId(client);
    const input = await profile(client, { nameAr: "جَمعيّة النّور للتنمية", nameFr: "Association Nour Développement" });
    delete input.slug;
    const applied = await client.post<ApplicationDetail>("/api/applications", {
      profile: input,
      charterVersionId: charterId,
      note: "نرجو قبول طلبنا",
    });
    expect(applied.status).toBe(201);
    const application = applied.body.data!;
    expect(application.status).toBe("under_review");
    expect(application.association.status).toBe("pending");
    expect(application.association.slug).toBe("association-nour-developpement");
    expect(application.acceptances).toEqual([
      expect.objectContaining({
        version: expect.objectContaining({ id: charterId }),
        acceptedBy: { id: user.id, name: "خديجة المرابط" },
      }),
    ]);
    expect(application.profile.representatives).toEqual([
      { id: user.id, name: "خديجة المرابط", isPrimaryDelegate: true },
    ]);
    expect(application.profile.descriptionHtml).toContain("<strong>التنمية</strong>");
    const stored = await app.db.charterAcceptance.findFirstOrThrow({
      where: { associationId: application.association.id },
    });
    expect(stored.versionId).toBe(charterId);
    expect(stored.acceptedAt).toBeInstanceOf(Date);

    // Not public while pending.
    expect((await new ApiClient(app.url).get(`/api/associations/${application.association.slug}`)).status).toBe(404);

    const queue = await admin.get<{ counts: Record<string, number>; items: { id: string }[] }>(
      "/api/admin/applications?status=under_review&pageSize=50",
    );
    expect(queue.body.data!.items.map((item) => item.id)).toContain(application.id);
    expect(queue.body.data!.counts.under_review).toBeGreaterThanOrEqual(1);

    const asked = await admin.post<ApplicationDetail>(`/api/admin/applications/${application.id}/request-info`, {
      note: "المرجو إرفاق القانون الأساسي",
    });
    expect(asked.body.data!.status).toBe("info_requested");
    expect(
      (await admin.post(`/api/admin/applications/${application.id}/request-info`, { note: "مرة أخرى" })).body.error!
        .code,
    ).toBe("INVALID_STATE");

    const answered = await client.post<ApplicationDetail>(`/api/applications/${application.id}/response`, {
      note: "تم إرفاق الوثيقة",
    });
    expect(answered.body.data!.status).toBe("under_review");

    const approved = await admin.post<ApplicationDetail>(`/api/admin/applications/${application.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.data!.status).toBe("approved");
    expect(approved.body.data!.association.status).toBe("active");
    expect(approved.body.data!.history.map((step) => step.kind)).toEqual([
      "submitted",
      "info_requested",
      "responded",
      "approved",
    ]);
    expect(approved.body.data!.history[1]).toMatchObject({
      note: "المرجو إرفاق القانون الأساسي",
      actor: { name: "مديرة المنصة" },
    });

    const listed = await new ApiClient(app.url).get<Paginated<{ id: string }>>(
      `/api/associations?q=${encodeURIComponent("جمعيه النور")}`,
    );
    expect(listed.body.data!.items.map((item) => item.id)).toEqual([application.association.id]);
    const page = await new ApiClient(app.url).get<AssociationPage>(`/api/associations/${application.association.slug}`);
    expect(page.status).toBe(200);
    expect(page.body.data!.representatives).toEqual([{ id: user.id, name: "خديجة المرابط", isPrimaryDelegate: true }]);
    expect(JSON.stringify(page.body.data)).not.toContain(email);

    const audit = await app.db.auditEntry.findMany({ where: { targetId: application.id }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual([
      "application.submitted",
      "application.info_requested",
      "application.responded",
      "application.approved",
    ]);
    expect(audit.at(-1)!.actorId).not.toBe(user.id);
  });

  it("rejects with a reason: the association is rejected and stays out of the directory", async () => {
    const { client } = await newMember(app);
    const applied = await apply(client);
    const id = applied.body.data!.id;
    const noReason = await admin.post(`/api/admin/applications/${id}/reject`, {});
    expect(noReason.body.error!.code).toBe("VALIDATION_FAILED");
    const rejected = await admin.post<ApplicationDetail>(`/api/admin/applications/${id}/reject`, {
      reason: "لا تستوفي شروط العضوية",
    });
    expect(rejected.body.data).toMatchObject({ status: "rejected", rejectionReason: "لا تستوفي شروط العضوية" });
    expect(rejected.body.data!.association.status).toBe("rejected");
    const mine = await client.get<ApplicationDetail>(`/api/applications/${id}`);
    expect(mine.body.data!.rejectionReason).toBe("لا تستوفي شروط العضوية");
    expect((await admin.post(`/api/admin/applications/${id}/approve`, {})).body.error!.code).toBe("INVALID_STATE");
    expect((await client.post(`/api/applications/${id}/response`, { note: "x" })).body.error!.code).toBe(
      "INVALID_STATE",
    );
    const listed = await new ApiClient(app.url).get<Paginated<{ id: string }>>("/api/associations?pageSize=50");
    expect(listed.body.data!.items.map((item) => item.id)).not.toContain(applied.body.data!.association.id);
  });

  it("limits applications per account (RATE_LIMITED after ten a day)", async () => {
    const { client } = await newMember(app);
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const answer = await apply(client);
      codes.push(answer.status === 201 ? "created" : answer.body.error!.code);
    }
    expect(codes.slice(0, 10).every((code) => code === "created")).toBe(true);
    expect(codes[10]).toBe("RATE_LIMITED");
  });

  describe("refuses bad input and denied actions with a code, changing nothing", () => {
    async function expectNoChange(
      action: () => Promise<{ status: number; body: { error?: { code: string } } }>,
      code: string,
    ) {
      const before = await membershipState(app.db);
      const answer = await action();
      expect(answer.body.error?.code).toBe(code);
      expect(await membershipState(app.db)).toEqual(before);
      return answer;
    }

    it("CHARTER_NOT_ACCEPTED without the charter, or with a stale version", async () => {
      const { client } = await newMember(app);
      const input = await profile(client);
      await expectNoChange(() => client.post("/api/applications", { profile: input }), "VALIDATION_FAILED");
      const stale = await currentCharterId(client);
      await publishCharter(admin);
      await expectNoChange(
        () => client.post("/api/applications", { profile: input, charterVersionId: stale }),
        "CHARTER_NOT_ACCEPTED",
      );
      await expectNoChange(
        () =>
          client.post("/api/applications", {
            profile: input,
            charterVersionId: "00000000-0000-4000-8000-000000000000",
          }),
        "CHARTER_NOT_ACCEPTED",
      );
    });

    it("SLUG_TAKEN and REGISTRATION_REF_TAKEN", async () => {
      const first = await newMember(app);
      const taken = await apply(first.client, { slug: `taken-${Date.now()}` });
      expect(taken.status).toBe(201);
      const second = await newMember(app);
      const slugAnswer = await expectNoChange(
        () => apply(second.client, { slug: taken.body.data!.association.slug }),
        "SLUG_TAKEN",
      );
      expect(slugAnswer.status).toBe(409);
      const ref = taken.body.data!.profile.registrationRef!;
      await expectNoChange(
        () => apply(second.client, { registrationRef: ` ${ref.toLowerCase()} ` }),
        "REGISTRATION_REF_TAKEN",
      );
      // The representative editing another association's slug onto a taken one.
      const other = await apply(second.client);
      await expectNoChange(
        () =>
          second.client.patch(`/api/associations/${other.body.data!.association.id}`, {
            slug: taken.body.data!.association.slug,
          }),
        "SLUG_TAKEN",
      );
    });

    it("a derived slug that is taken gets a suffix instead", async () => {
      const nameFr = `Maison des Jeunes ${Date.now()}`;
      const a = await apply((await newMember(app)).client, { nameFr });
      const b = await apply((await newMember(app)).client, { nameFr });
      expect(b.body.data!.association.slug).toBe(`${a.body.data!.association.slug}-2`);
    });

    it("VALIDATION_FAILED for an unknown field of action, a future founding year, a non-Arabic name", async () => {
      const { client } = await newMember(app);
      const charterVersionId = await currentCharterId(client);
      const base = await profile(client);
      for (const bad of [
        { fieldIds: ["00000000-0000-4000-8000-000000000000"] },
        { foundedYear: new Date().getFullYear() + 1 },
        { nameAr: "Only Latin" },
        { regionCode: "MA-13" },
        { slug: "Not A Slug" },
        { website: "javascript:alert(1)" },
      ]) {
        await expectNoChange(
          () => client.post("/api/applications", { profile: { ...base, ...bad }, charterVersionId }),
          "VALIDATION_FAILED",
        );
      }
    });

    it("an applicant acting on an association that is not theirs: FORBIDDEN; an unknown one: NOT_FOUND", async () => {
      const owner = await newMember(app);
      const applied = await apply(owner.client);
      const { id, association } = applied.body.data!;
      const stranger = (await newMember(app)).client;
      await expectNoChange(() => stranger.get(`/api/applications/${id}`), "FORBIDDEN");
      await expectNoChange(() => stranger.post(`/api/applications/${id}/response`, { note: "x" }), "FORBIDDEN");
      await expectNoChange(() => stranger.patch(`/api/associations/${association.id}`, { city: "فاس" }), "FORBIDDEN");
      await expectNoChange(
        () => stranger.post(`/api/associations/${association.id}/invitations`, { email: "x@test.example" }),
        "FORBIDDEN",
      );
      await expectNoChange(() => stranger.get(`/api/associations/${association.id}/members`), "FORBIDDEN");
      await expectNoChange(() => stranger.patch("/api/associations/no-such-association", { city: "فاس" }), "NOT_FOUND");
      await expectNoChange(() => stranger.get("/api/applications/not-a-uuid"), "NOT_FOUND");
    });

    it("an applicant cannot review their own application; only admins can", async () => {
      const { client } = await newMember(app);
      const applied = await apply(client);
      await expectNoChange(
        () => client.post(`/api/admin/applications/${applied.body.data!.id}/approve`, {}),
        "FORBIDDEN",
      );
      const moderator = (await newMember(app, { role: "moderator" })).client;
      await expectNoChange(
        () => moderator.post(`/api/admin/applications/${applied.body.data!.id}/approve`, {}),
        "FORBIDDEN",
      );
      await expectNoChange(() => new ApiClient(app.url).post("/api/applications", {}), "UNAUTHENTICATED");
    });

    it("eligibility facts are locked once approved (field-level), the rest stays editable", async () => {
      const { client, association } = await activeAssociation(app, admin);
      await expectNoChange(
        () => client.patch(`/api/associations/${association.id}`, { eligibility: { nonPolitical: false } }),
        "FORBIDDEN",
      );
      const same = await client.patch<AssociationManageView>(`/api/associations/${association.id}`, {
        eligibility: { nonPolitical: true },
        city: "مكناس",
        descriptionMd: "<script>alert(1)</script> **نص**",
      });
      expect(same.status).toBe(200);
      expect(same.body.data!.city).toBe("مكناس");
      expect(same.body.data!.descriptionHtml).not.toContain("<script");
      expect(same.body.data!.eligibilityEditable).toBe(false);
      expect(same.body.data!.status).toBe("active");
      // Status is not a profile field: it is ignored by the schema, never written.
      const sneaky = await client.patch<AssociationManageView>(`/api/associations/${association.id}`, {
        city: "مكناس",
        status: "active",
      } as Record<string, unknown>);
      expect(sneaky.status).toBe(200);
    });

    it("a pending applicant may still correct eligibility facts", async () => {
      const { client } = await newMember(app);
      const applied = await apply(client);
      const edited = await client.patch<AssociationManageView>(
        `/api/associations/${applied.body.data!.association.id}`,
        {
          eligibility: { nationalScope: false },
        },
      );
      expect(edited.body.data!.eligibility.nationalScope).toBe(false);
    });
  });
});
