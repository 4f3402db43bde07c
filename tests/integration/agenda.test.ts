import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda, AgendaItem } from "../../common/agenda.js";
import type { ApplicationDetail } from "../../common/applications.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  activeAssociation,
  adminWithCharter,
  apply,
  newMember,
  publishCharter,
  startAssociationsApp,
} from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("GET /api/me/agenda: what waits for the signed-in person (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  const agendaOf = async (client: ApiClient): Promise<AgendaItem[]> => {
    const answer = await client.get<Agenda>("/api/me/agenda");
    expect(answer.status).toBe(200);
    return answer.body.data!.items;
  };

  it("is refused to a visitor who is not signed in", async () => {
    const answer = await new ApiClient(app.url).get("/api/me/agenda");
    expect(answer.status).toBe(401);
    expect(answer.body.error?.code).toBe("UNAUTHENTICATED");
  });

  it("is empty for a new member", async () => {
    const { client } = await newMember(app);
    expect(await agendaOf(client)).toEqual([]);
  });

  it("shows an admin the applications to review, and the applicant the information asked for", async () => {
    const { client } = await newMember(app);
    const applied = await apply(client);
    expect(applied.status).toBe(201);
    const before = (await agendaOf(admin)).find((item) => item.kind === "applications_to_review");
    expect(before).toMatchObject({ count: expect.any(Number) });

    const asked = await admin.post<ApplicationDetail>(`/api/admin/applications/${applied.body.data!.id}/request-info`, {
      note: "نرجو إرفاق القانون الأساسي",
    });
    expect(asked.status).toBe(200);
    const after = (await agendaOf(admin)).find((item) => item.kind === "applications_to_review");
    expect(after?.kind === "applications_to_review" ? after.count : 0).toBe(
      before?.kind === "applications_to_review" ? before.count - 1 : -1,
    );
    expect(await agendaOf(client)).toEqual([
      {
        kind: "information_requested",
        association: expect.objectContaining({ id: applied.body.data!.association.id }),
        applicationId: applied.body.data!.id,
      },
    ]);
    // Not an admin: no applications to review.
    expect((await agendaOf(client)).some((item) => item.kind === "applications_to_review")).toBe(false);
  });

  it("shows representatives a join request and a new charter version; the invited person the invitation", async () => {
    const rep = await activeAssociation(app, admin);
    const joiner = await newMember(app, { name: "طالب الانضمام" });
    expect((await joiner.client.post(`/api/associations/${rep.association.slug}/join-requests`, {})).status).toBe(201);
    const invited = await newMember(app);
    const invitation = await rep.client.post(`/api/associations/${rep.association.slug}/invitations`, {
      email: invited.email,
    });
    expect(invitation.status).toBe(201);
    const version = await publishCharter(admin, "charter", "الميثاق المعدل");

    const items = await agendaOf(rep.client);
    expect(items).toContainEqual({
      kind: "join_requests",
      association: expect.objectContaining({ slug: rep.association.slug }),
      count: 1,
    });
    expect(items).toContainEqual({
      kind: "charter_to_accept",
      association: expect.objectContaining({ slug: rep.association.slug }),
      versions: [expect.objectContaining({ id: version.id, title: "الميثاق المعدل" })],
    });
    expect(await agendaOf(invited.client)).toContainEqual({
      kind: "invitation",
      association: expect.objectContaining({ slug: rep.association.slug }),
      invitedBy: "ممثل الجمعية",
      expiresAt: expect.any(String),
    });
    // A plain member of nothing sees none of it.
    expect(await agendaOf(joiner.client)).toEqual([]);
  });
});
